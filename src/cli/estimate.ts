/**
 * `pilens estimate <file|folder…>`: estimate a dataset's risk tier (法释〔2017〕10号 Art. 5, 6, 11).
 * Progress goes to stderr only when it is a terminal.
 *
 * Exit codes: 0 every file read to its end; 2 bad usage, no dataset file, an unknown `--map`
 * or `--key` column, or a file not read (or not to its end). Each problem is one line on
 * stderr naming the file. When some files were read, the report still goes to stdout: it
 * counts what was read, so with exit 2 its counts are a lower bound.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { reportErrors } from '../core/dataset/report.js';
import { isCategoryKey } from '../core/law/categories.js';
import type { CategoryKey } from '../core/law/schema.js';
import type { Conduct } from '../core/law/tiers.js';
import {
  ESTIMATE_FORMATS,
  findFormat,
  formatChoices,
  type EstimateFormatContext,
} from '../core/report/formats.js';
import {
  DatasetReadError,
  estimateDataset,
  NoDatasetFilesError,
  TempSpaceError,
  type EstimateOptions,
} from '../node/dataset/estimate.js';
import {
  CancelledError,
  ConnectionUrlError,
  DbError,
  estimateDatabase,
  isConnectionUrl,
  maskUrl,
  type DbTarget,
} from '../node/db/estimateDb.js';
import { loadConfig } from './loadConfig.js';
import { emitSql, reportFromCounts, type SchemaRequest } from './estimateSchema.js';
import { joinNegativeValues } from './scanArgs.js';
import { messageOf } from '../core/errors.js';
import { PILENS_VERSION } from './version.js';
import { runDuckDb } from './estimateDuckDb.js';
import { inputProblem, oneLine, progressLine, unmatchedRefProblems } from './estimateLines.js';

export interface EstimateIO {
  readonly cwd?: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

const CONDUCTS: readonly Conduct[] = ['hold', 'provide', 'obtain', 'business-purchase'];

export const ESTIMATE_USAGE =
  `usage: pilens estimate <file|folder…> [--format ${formatChoices(ESTIMATE_FORMATS)}] [--insider] [--gains CNY] ` +
  '[--conduct hold|provide|obtain|business-purchase] [--no-dedupe] [--map column=category…] [--encoding E] ' +
  '[--prior-record] [--whereabouts-used-in-crime] [--known-criminal-recipient] [--key column] [--delimiter C] ' +
  '[--contested strict|lenient] [--workers N] [--max-temp-gb N] [--engine builtin|duckdb] [--config F]\n' +
  '       pilens estimate <postgresql://…|mysql://…|sqlite:…> --table NAME… [--query SQL] [--timeout S] [options]\n' +
  '       pilens estimate [schema.sql] --table NAME (--emit-sql DIALECT [--exact] | --counts FILE) [options]';

/** Counting where the data lives (printed by --help; README "Databases and warehouses"). */
export const ESTIMATE_DATABASE =
  'Databases (counted where the data lives; only one row of aggregates leaves the database):\n' +
  '  pilens estimate <url> --table NAME… [--query "SELECT …"] [--timeout SECONDS]\n' +
  '    url: postgresql://user[:password]@host[:port]/db, mysql:// or mariadb://…, sqlite:PATH (SQLite files are\n' +
  '    opened read-only; a local file has no statement timeout). Put the password in PGPASSWORD rather than the URL where you can;\n' +
  '    it is never printed (every message masks it). Columns are mapped from their names, types and catalog\n' +
  '    comments plus an engine-side sample (TABLESAMPLE SYSTEM, ORDER BY RAND() LIMIT); --map overrides.\n' +
  '    One read-only transaction, no temporary tables, a statement timeout (--timeout, default 300 s).\n' +
  '    Exit 2 with one line: unreachable host, wrong password, unknown table, no permission, timeout, unsupported engine.\n' +
  '    Ctrl-C stops the running statement on the server (pg_cancel_backend, KILL QUERY), then exits 130; a SQLite\n' +
  "    statement cannot be stopped midway (SQLite's WebAssembly build has no interrupt): Ctrl-C ends the process.\n" +
  'Engines pilens does not connect to (the columns from a DDL file, or --table NAME with --map):\n' +
  '  pilens estimate [schema.sql] --table NAME --emit-sql DIALECT [--exact]   prints the counting query\n' +
  '    DIALECT: trino, spark (Spark SQL / Hive), clickhouse, maxcompute, bigquery, snowflake, duckdb, postgres,\n' +
  "    mysql, sqlite. Persons use the engine's approximate distinct where it has one, labelled with its error;\n" +
  '    pieces and the tier are always exact; --exact counts persons with COUNT(DISTINCT).\n' +
  '  pilens estimate [schema.sql] --table NAME --counts result.json|csv   reads its one-row result into the report\n' +
  'Big CSV and Parquet files: --engine duckdb hands them to DuckDB (when `@duckdb/node-api` is installed beside\n' +
  '  pilens) with the counting query of --emit-sql duckdb; each file is profiled as the built-in reader profiles it,\n' +
  '  so the report is the same (malformed rows skipped and counted alike). UTF-8 CSV with a header row, and\n' +
  "  Parquet; anything else is one line and exit 2. Quoted globs ('data/*.parquet') work with either engine.";

/**
 * The legal questions, in the statute's words rather than paraphrases such as "insider"
 * (printed by --help): Art. 5(1)(8) duties or services, Art. 6 lawful-business purchase,
 * Art. 5(1)(1)–(2) use in crime.
 */
export const ESTIMATE_OPTIONS =
  'Assessment options (法释〔2017〕10号):\n' +
  '  --conduct C                   hold (default), provide (sell or provide), obtain (illegally obtain),\n' +
  '                                business-purchase (illegally buy or receive class-C PI for a lawful business, Art. 6)\n' +
  '  --insider                     obtained while performing duties or providing services: half the standards\n' +
  '                                when sold or provided (Art. 5(1)(8)); heavier punishment (Criminal Law Art. 253-1(2))\n' +
  '  --gains CNY                   illegal gains (违法所得, Art. 5(1)(7)), or for business-purchase the profit\n' +
  '                                (获利, Art. 6(1)(1))\n' +
  '  --prior-record                a criminal punishment, or an administrative penalty within two years, for\n' +
  '                                infringing PI (Art. 5(1)(9), 6(1)(2))\n' +
  '  --whereabouts-used-in-crime   whereabouts sold or provided were used by another in a crime (Art. 5(1)(1))\n' +
  '  --known-criminal-recipient    supplied to someone known, or who should have been known, to use PI for\n' +
  '                                crimes (Art. 5(1)(2))\n' +
  '  --contested strict|lenient    the reading of contested classes (default strict: the lower threshold)';

/** Where the team's decisions come from (printed by --help). */
export const ESTIMATE_CONFIG =
  'Columns are mapped by --map first, then by the team decisions of .pilens.json ("decisions": owner = the\n' +
  "file name without extension, or the dump's table, or *), then by their names and values.\n" +
  '  --config FILE                 configuration (default: .pilens.json in the cwd or repository root)';

/** What the exit code and stdout mean (printed by --help; README "Command line"). */
export const ESTIMATE_EXIT =
  'Exit codes: 0 every file read to its end; 2 bad usage, no dataset file, an unknown --map/--key column, or a file\n' +
  'not read (or not to its end: truncated, corrupt, over the decompression caps). Each problem is one line on stderr\n' +
  'naming the file; the report of the files that were read still goes to stdout, its counts then a lower bound.\n' +
  'Only regular files are read (not pipes, FIFOs or devices). Counting distinct records may write encrypted\n' +
  'temporary files (in TMPDIR, removed at the end), at most --max-temp-gb (default 10) in all: past that, or when\n' +
  'the disk is full, the run stops with exit 2 and one line naming the file being counted.';

class Usage extends Error {}
class Help extends Error {}

function parse(args: string[]): {
  paths: string[];
  format: (typeof ESTIMATE_FORMATS)[number];
  options: EstimateOptions;
  config: string | undefined;
  db: DbTarget | undefined;
  schema: SchemaRequest | undefined;
  engine: 'builtin' | 'duckdb';
} {
  const { values, positionals } = parseArgs({
    args: joinNegativeValues(args),
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      insider: { type: 'boolean', default: false },
      gains: { type: 'string' },
      conduct: { type: 'string', default: 'hold' },
      'no-dedupe': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true },
      encoding: { type: 'string' },
      'prior-record': { type: 'boolean', default: false },
      // No default: absent means "not asked", and the report names Art. 5(1)(1)–(2) as not assessed.
      'whereabouts-used-in-crime': { type: 'boolean' },
      'known-criminal-recipient': { type: 'boolean' },
      key: { type: 'string' },
      delimiter: { type: 'string' },
      contested: { type: 'string', default: 'strict' },
      workers: { type: 'string' },
      'max-temp-gb': { type: 'string' },
      config: { type: 'string' },
      table: { type: 'string', multiple: true },
      query: { type: 'string' },
      timeout: { type: 'string' },
      'emit-sql': { type: 'string' },
      counts: { type: 'string' },
      exact: { type: 'boolean', default: false },
      engine: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Help();
  const emit = values['emit-sql'];
  if (emit !== undefined || values.counts !== undefined) {
    if (emit !== undefined && values.counts !== undefined)
      throw new Usage('--emit-sql and --counts are two steps: give one');
    if (positionals.length > 1 || positionals.some(isConnectionUrl))
      throw new Usage(
        '--emit-sql and --counts take one DDL file (or --table with --map), not a connection URL',
      );
  } else if (positionals.length === 0) throw new Usage('no input: give a file or folder');
  const format = findFormat(ESTIMATE_FORMATS, values.format);
  if (format === undefined)
    throw new Usage(`--format must be one of ${formatChoices(ESTIMATE_FORMATS, ', ')}`);
  const conduct = CONDUCTS.find((c) => c === values.conduct);
  if (conduct === undefined) throw new Usage(`--conduct must be one of ${CONDUCTS.join(', ')}`);
  let gainsCny: number | undefined;
  if (values.gains !== undefined) {
    gainsCny = Number(values.gains);
    // An empty value is not 0 CNY (Number('') is 0).
    if (values.gains.trim() === '' || !Number.isFinite(gainsCny) || gainsCny < 0)
      throw new Usage('--gains must be a non-negative amount in CNY');
  }
  const map: Record<string, CategoryKey | 'none'> = {};
  for (const m of values.map ?? []) {
    const eq = m.lastIndexOf('=');
    const column = m.slice(0, eq);
    const category = m.slice(eq + 1);
    if (eq <= 0 || (category !== 'none' && !isCategoryKey(category)))
      throw new Usage(`--map ${m}: expected column=category (a category key or none)`);
    map[column] = category;
  }
  if (values.contested !== 'strict' && values.contested !== 'lenient')
    throw new Usage('--contested must be strict or lenient');
  if (values.delimiter !== undefined && values.delimiter.replace('\\t', '\t').length !== 1)
    throw new Usage('--delimiter must be one character');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new Usage('--workers must be a positive integer');
  const maxTempGb = values['max-temp-gb'] === undefined ? undefined : Number(values['max-temp-gb']);
  if (maxTempGb !== undefined && !(Number.isFinite(maxTempGb) && maxTempGb > 0))
    throw new Usage('--max-temp-gb must be a positive number of GiB');
  const options: EstimateOptions = {
    conduct,
    insider: values.insider,
    gainsCny,
    priorRecord: values['prior-record'],
    whereaboutsUsedInCrime: values['whereabouts-used-in-crime'],
    knownCriminalRecipient: values['known-criminal-recipient'],
    dedupe: !values['no-dedupe'],
    map,
    encoding: values.encoding,
    personKey: values.key,
    delimiter: values.delimiter?.replace('\\t', '\t'),
    reading: values.contested,
    ...(workers !== undefined ? { workers } : {}),
    ...(maxTempGb !== undefined ? { maxTempBytes: Math.floor(maxTempGb * 2 ** 30) } : {}),
  };
  const schema: SchemaRequest | undefined =
    emit !== undefined || values.counts !== undefined
      ? {
          ddl: positionals[0],
          table: values.table?.[0],
          dialect: emit,
          counts: values.counts,
          exact: values.exact,
        }
      : undefined;
  const db =
    schema === undefined
      ? databaseTarget(positionals, values.table ?? [], values.query, values.timeout)
      : undefined;
  const engine = values.engine ?? 'builtin';
  if (engine !== 'builtin' && engine !== 'duckdb') throw new Usage('--engine must be builtin or duckdb');
  if (engine === 'duckdb' && (db !== undefined || schema !== undefined))
    throw new Usage('--engine duckdb reads CSV and Parquet files; a database counts its own tables');
  return { paths: positionals, format, options, config: values.config, db, schema, engine };
}

/** The database to count in, when the input is a connection URL (`--table`, `--query` need one). */
function databaseTarget(
  positionals: readonly string[],
  tables: readonly string[],
  query: string | undefined,
  timeout: string | undefined,
): DbTarget | undefined {
  const urls = positionals.filter(isConnectionUrl);
  if (urls.length === 0) {
    if (tables.length > 0 || query !== undefined || timeout !== undefined)
      throw new Usage(
        '--table, --query and --timeout need a connection URL (postgresql://…, mysql://…, sqlite:…)',
      );
    return undefined;
  }
  if (positionals.length > 1) throw new Usage('give one connection URL, without files');
  if (tables.length === 0 && query === undefined)
    throw new Usage('name a table (--table) or a query (--query)');
  if (query !== undefined && !/^\s*(?:select|with)\b/i.test(query))
    throw new Usage('--query must be a SELECT (or WITH … SELECT)');
  const seconds = timeout === undefined ? undefined : Number(timeout);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0))
    throw new Usage('--timeout must be a positive number of seconds');
  return {
    url: urls[0] ?? '',
    tables,
    query,
    ...(seconds !== undefined ? { timeoutMs: Math.round(seconds * 1000) } : {}),
  };
}

/** Runs `pilens estimate`; returns the exit code. */
export async function runEstimate(args: string[], io: EstimateIO): Promise<number> {
  const startedAt = new Date();
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (e) {
    if (e instanceof Help) {
      io.stdout.write(
        `${ESTIMATE_USAGE}\n\n${ESTIMATE_DATABASE}\n\n${ESTIMATE_OPTIONS}\n\n${ESTIMATE_CONFIG}\n\n${ESTIMATE_EXIT}\n`,
      );
      return 0;
    }
    io.stderr.write(`pilens estimate: ${messageOf(e).split('\n')[0] ?? ''}\n`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const ctx = { cwd, version: PILENS_VERSION, startedAt };
  // The team's decisions in .pilens.json map columns as they classify fields in `pilens scan`.
  let decisions: EstimateOptions['decisions'];
  try {
    decisions = loadConfig(cwd, parsed.config).config?.decisions;
  } catch (e) {
    io.stderr.write(`pilens estimate: ${oneLine(messageOf(e))}\n`);
    return 2;
  }
  if (parsed.schema !== undefined)
    return runSchema(parsed.schema, { ...parsed.options, decisions }, parsed.format, ctx, io);
  if (parsed.db !== undefined)
    return runDatabase(parsed.db, { ...parsed.options, decisions }, parsed.format, ctx, io);
  const paths = parsed.paths.map((p) => path.resolve(cwd, p));
  if (parsed.engine === 'duckdb')
    return runDuckDb(paths, { ...parsed.options, decisions }, parsed.format, ctx, io);
  const progress = progressLine(io.stderr);
  try {
    const report = await estimateDataset(
      paths,
      { ...parsed.options, decisions },
      { onProgress: progress.onProgress },
    );
    progress.clear();
    const out = await parsed.format.render(report, ctx);
    if (typeof out === 'string') io.stdout.write(out);
    const problems = [
      ...reportErrors(report).map((e) => `${e.file}: ${e.reason}`),
      ...unmatchedRefProblems(report, parsed.options, 'files'),
    ];
    for (const p of problems) io.stderr.write(`pilens estimate: ${oneLine(p)}\n`);
    return problems.length > 0 ? 2 : 0;
  } catch (e) {
    progress.clear();
    const lines =
      e instanceof DatasetReadError
        ? e.failures.map((f) => `${f.file}: ${f.reason}`)
        : e instanceof TempSpaceError
          ? [`${e.file ?? 'estimate'}: ${e.message}`]
          : e instanceof NoDatasetFilesError
            ? [e.message]
            : [inputProblem(e)];
    for (const line of lines) io.stderr.write(`pilens estimate: ${oneLine(line)}\n`);
    return 2;
  }
}

/**
 * The estimate of tables in a database: the same report; failures are one line and exit 2.
 * Ctrl-C (SIGINT) stops the running statement on the server before the run ends with exit 130;
 * a second Ctrl-C ends the process at once.
 */
async function runDatabase(
  target: DbTarget,
  options: EstimateOptions,
  format: (typeof ESTIMATE_FORMATS)[number],
  ctx: EstimateFormatContext,
  io: EstimateIO,
): Promise<number> {
  const abort = new AbortController();
  const onInterrupt = (): void => {
    io.stderr.write(
      'pilens estimate: interrupted; stopping the statement on the server (Ctrl-C again to quit now)\n',
    );
    abort.abort();
  };
  // A SQLite statement runs synchronously on this thread (no handler could run): Ctrl-C keeps
  // its default there, ending the process at once, which leaves nothing behind on a read-only file.
  const server = !target.url.startsWith('sqlite:');
  if (server) process.once('SIGINT', onInterrupt);
  try {
    const report = await estimateDatabase(target, options, { signal: abort.signal });
    const out = await format.render(report, ctx);
    if (typeof out === 'string') io.stdout.write(out);
    const problems = unmatchedRefProblems(report, options, 'tables');
    for (const p of problems) io.stderr.write(`pilens estimate: ${oneLine(p)}\n`);
    return problems.length > 0 ? 2 : 0;
  } catch (e) {
    if (e instanceof CancelledError) {
      io.stderr.write('pilens estimate: cancelled; the statement was stopped on the server\n');
      return 130;
    }
    // Driver failures arrive as DbError with the masked URL; anything else is masked here.
    const message = messageOf(e);
    const line =
      e instanceof DbError || e instanceof ConnectionUrlError
        ? message
        : `${maskUrl(target.url)}: ${message}`;
    io.stderr.write(`pilens estimate: ${oneLine(line.split('\n')[0] ?? '')}\n`);
    return 2;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

/** `--emit-sql` prints the counting query; `--counts` reads its result into the report. */
async function runSchema(
  req: SchemaRequest,
  options: EstimateOptions,
  format: (typeof ESTIMATE_FORMATS)[number],
  ctx: EstimateFormatContext & { readonly cwd: string },
  io: EstimateIO,
): Promise<number> {
  const cwd = ctx.cwd;
  try {
    if (req.counts === undefined) {
      io.stdout.write(await emitSql(req, options, cwd));
      return 0;
    }
    const out = await format.render(await reportFromCounts(req, options, cwd), ctx);
    if (typeof out === 'string') io.stdout.write(out);
    return 0;
  } catch (e) {
    io.stderr.write(`pilens estimate: ${oneLine(messageOf(e).split('\n')[0] ?? '')}\n`);
    return 2;
  }
}
