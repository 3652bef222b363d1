/**
 * What DuckDB reads for `--engine duckdb`: the files grouped as the built-in reader groups its
 * counters (one group per counting plan, whatever the headers are called or the format), and
 * each group as one SELECT over `read_csv` / `read_parquet`, every value as text, the columns
 * named as in the group's first file.
 *
 * Exact duplicates are judged as the built-in reader judges them: on a record's bytes, a CSV
 * record with its delimiter, a row of another format with its own separator. Within one group,
 * a CSV row and the same row from Parquet (or from a CSV with another delimiter) are therefore
 * two records there, and here too: a `pilens_domain` column keeps them apart when a group mixes them.
 *
 * Malformed CSV rows are skipped (DuckDB's `ignore_errors`), as the built-in reader skips them: a
 * row with too few or too many fields, text after a closing quote, a quote never closed, a
 * record longer than the reader's cap. The rows pass records them (`store_rejects`) to count
 * them; DuckDB's reject tables hold each rejected line in full, so that pass runs where nothing
 * can spill to disk (duckdbEngine.ts), and the counting pass stores none.
 */
import { DEFAULT_LIMITS } from '../../core/dataset/recordBuffer.js';
import { DIALECTS } from '../../core/dataset/sql/dialect.js';
import type { DuckDbFile } from './duckdbProfile.js';

/**
 * DuckDB's CSV buffer: by default 16 times the longest line, 128 MB for the reader's 8 MB cap,
 * held twice while a scan runs, which leaves too little of a tight memory limit for the counting
 * query's hash table to work and spill (it then fails for want of memory: 1 M rows under a 160 MB
 * limit). Two lines' worth reads as fast (1 M rows, two threads: 3.4 s against 3.6 s) and spills
 * under 100 MB (test/bench/duckdbSpill.ts).
 */
const BUFFER_BYTES = 2 * DEFAULT_LIMITS.maxRecordBytes;

const literal = (text: string): string => `'${text.split("'").join("''")}'`;
const ident = (name: string): string => DIALECTS.duckdb.quoteIdent(name);

/**
 * Files the built-in reader would count with one counter (the same plan: columns, categories,
 * person key, dedupe), so duplicates and persons are judged across them. Headers may differ in
 * name (`姓名` in one file, `name` in another): the plan says which column holds what.
 */
export function groupsOf(files: readonly DuckDbFile[]): DuckDbFile[][] {
  const groups = new Map<string, DuckDbFile[]>();
  for (const f of files) {
    const key = JSON.stringify(f.plan);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

/** The extra column that keeps apart records the built-in reader hashes differently. */
export const DOMAIN_COLUMN = 'pilens_domain';

const domainOf = (f: DuckDbFile): string => (f.format === 'csv' ? `csv${f.delimiter ?? ','}` : 'rows');

/** Whether a group mixes records of different byte forms (see DOMAIN_COLUMN). */
const mixed = (group: readonly DuckDbFile[]): boolean => new Set(group.map(domainOf)).size > 1;

/** Every column of a group's source, in order: the first file's, and the domain when mixed. */
export function sourceColumns(group: readonly DuckDbFile[]): string[] {
  const names = [...(group[0]?.names ?? [])];
  return mixed(group) ? [...names, DOMAIN_COLUMN] : names;
}

/** Files one reader call takes: CSV of one dialect (columns are positional), Parquet with one set of names. */
function readersOf(group: readonly DuckDbFile[]): DuckDbFile[][] {
  const readers = new Map<string, DuckDbFile[]>();
  for (const f of group) {
    const key = JSON.stringify(f.format === 'csv' ? [f.format, f.delimiter, f.quote] : [f.format, f.names]);
    readers.set(key, [...(readers.get(key) ?? []), f]);
  }
  return [...readers.values()];
}

/**
 * Which pass reads: the count (values only), or the rows pass (each row's file name, and the
 * rejected CSV rows stored). The count reads CSV in one thread (`serial`) when the rows pass
 * found malformed rows: DuckDB's parallel reader, told to skip bad rows without storing them,
 * also drops good rows after some (text after a closing quote: `"x"y,1` drops the rows that
 * follow; storing them, or reading in one thread, keeps them).
 */
export type SourcePass = 'count' | 'serial' | 'rows';

/** One reader call over files of one reader group; CSV columns take `names` (the header row is skipped). */
function reader(files: readonly DuckDbFile[], names: readonly string[], pass: SourcePass): string {
  const withFilename = pass === 'rows';
  const first = files[0] as DuckDbFile;
  const list = `[${files.map((f) => literal(f.file)).join(', ')}]`;
  const filename = withFilename ? ', filename = true' : '';
  const serial = pass === 'serial' ? ', parallel = false' : '';
  if (first.format === 'parquet') return `read_parquet(${list}${filename})`;
  const columns = names.map((n) => `${literal(n)}: 'VARCHAR'`).join(', ');
  const quote = literal(first.quote ?? '"');
  return (
    `read_csv(${list}, header = true, delim = ${literal(first.delimiter ?? ',')}, quote = ${quote}, ` +
    `escape = ${quote}, columns = {${columns}}, auto_detect = false, ignore_errors = true, ` +
    `store_rejects = ${String(withFilename)}, max_line_size = ${DEFAULT_LIMITS.maxRecordBytes}, ` +
    `buffer_size = ${BUFFER_BYTES}${serial}${filename})`
  );
}

/**
 * The rows of a group of files as one SELECT, with the first file's column names (and a
 * `filename` column in the rows pass). Several reader calls are joined with UNION ALL, each value
 * cast to text, each column renamed by position.
 */
export function duckDbSource(group: readonly DuckDbFile[], pass: SourcePass = 'count'): string {
  const withFilename = pass === 'rows';
  const first = group[0];
  if (first === undefined) throw new Error('an empty group of files');
  const readers = readersOf(group);
  const [only] = readers;
  const domain = mixed(group);
  if (readers.length === 1 && only !== undefined && (first.format === 'csv' || only === group))
    return `SELECT * FROM ${reader(only, first.names, pass)}`;
  return readers
    .map((files) => {
      const head = files[0] as DuckDbFile;
      // read_csv already names its columns as the group's first file does; Parquet keeps its own.
      const own = head.format === 'csv' ? first.names : head.names;
      const columns = first.names.map(
        (name, i) => `${DIALECTS.duckdb.text(ident(own[i] ?? name))} AS ${ident(name)}`,
      );
      if (domain) columns.push(`${literal(domainOf(head))} AS ${ident(DOMAIN_COLUMN)}`);
      if (withFilename) columns.push('filename');
      return `SELECT ${columns.join(', ')} FROM ${reader(files, first.names, pass)}`;
    })
    .join('\nUNION ALL\n');
}

/** Whether the group holds CSV, whose malformed rows DuckDB records in its reject tables. */
export const hasCsv = (group: readonly DuckDbFile[]): boolean => group.some((f) => f.format === 'csv');

const REJECTS = 'FROM reject_errors e JOIN reject_scans s ON e.scan_id = s.scan_id AND e.file_id = s.file_id';

/**
 * Malformed rows per file, from DuckDB's reject tables: one per rejected row (a row can carry
 * several errors; a file read twice records its rows twice, at the same byte offsets).
 */
export const MALFORMED_SQL = `SELECT s.file_path AS f, count(DISTINCT e.line_byte_position) AS n ${REJECTS} GROUP BY s.file_path`;

/**
 * The first line per file that is not valid UTF-8: DuckDB refuses such a row, where the built-in
 * reader counts it (its bytes are a record all the same), so the file is refused instead.
 */
export const INVALID_UTF8_SQL = `SELECT s.file_path AS f, min(e.line) AS n ${REJECTS} WHERE e.error_type = 'INVALID ENCODING' GROUP BY s.file_path`;

/** Empties the reject tables (each rows pass counts its own group's). */
export const DROP_REJECTS_SQL = 'DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans';
