/** Argument parsing for `pilens estimate`: files and folders, a database, or a DDL file. */
import { isCategoryKey } from '../core/law/categories.js';
import { CONTESTED_READINGS, type CategoryKey, type ContestedReading } from '../core/law/schema.js';
import type { Conduct } from '../core/law/tiers.js';
import { ESTIMATE_FORMATS, findFormat, formatChoices } from '../core/report/formats.js';
import type { EstimateOptions } from '../node/dataset/estimate.js';
import { isConnectionUrl, type DbTarget } from '../node/db/estimateDb.js';
import { parseOptions } from './args.js';
import type { SchemaRequest } from './estimateSchema.js';
import { UsageError } from './io.js';

const CONDUCTS: readonly Conduct[] = ['hold', 'provide', 'obtain', 'business-purchase'];

const OPTIONS = {
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
  // The name `inventory` and `report` use; `--contested` is its older spelling, still accepted.
  'contested-reading': { type: 'string' },
  contested: { type: 'string' },
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
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** A run of `pilens estimate`: where the data is, how to assess it, how to print it. */
export interface EstimateArgs {
  readonly help: false;
  readonly paths: string[];
  readonly format: (typeof ESTIMATE_FORMATS)[number];
  readonly options: EstimateOptions;
  readonly config: string | undefined;
  readonly db: DbTarget | undefined;
  readonly schema: SchemaRequest | undefined;
  readonly engine: 'builtin' | 'duckdb';
}

/** `--help` is answered before any other option is checked. Throws UsageError. */
export function parseEstimateArgs(args: readonly string[]): EstimateArgs | { readonly help: true } {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values.help) return { help: true };
  const emit = values['emit-sql'];
  if (emit !== undefined || values.counts !== undefined) {
    if (emit !== undefined && values.counts !== undefined)
      throw new UsageError('--emit-sql and --counts are two steps: give one');
    if (positionals.length > 1 || positionals.some(isConnectionUrl))
      throw new UsageError(
        '--emit-sql and --counts take one DDL file (or --table with --map), not a connection URL',
      );
  } else if (positionals.length === 0) throw new UsageError('no input: give a file or folder');
  const format = findFormat(ESTIMATE_FORMATS, values.format);
  if (format === undefined)
    throw new UsageError(`--format must be one of ${formatChoices(ESTIMATE_FORMATS, ', ')}`);
  const conduct = CONDUCTS.find((c) => c === values.conduct);
  if (conduct === undefined) throw new UsageError(`--conduct must be one of ${CONDUCTS.join(', ')}`);
  let gainsCny: number | undefined;
  if (values.gains !== undefined) {
    gainsCny = Number(values.gains);
    // An empty value is not 0 CNY (Number('') is 0).
    if (values.gains.trim() === '' || !Number.isFinite(gainsCny) || gainsCny < 0)
      throw new UsageError('--gains must be a non-negative amount in CNY');
  }
  const map: Record<string, CategoryKey | 'none'> = {};
  for (const m of values.map ?? []) {
    const eq = m.lastIndexOf('=');
    const column = m.slice(0, eq);
    const category = m.slice(eq + 1);
    if (eq <= 0 || (category !== 'none' && !isCategoryKey(category)))
      throw new UsageError(`--map ${m}: expected column=category (a category key or none)`);
    map[column] = category;
  }
  const reading = contestedReading(values['contested-reading'], values.contested);
  if (values.delimiter !== undefined && values.delimiter.replace('\\t', '\t').length !== 1)
    throw new UsageError('--delimiter must be one character');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new UsageError('--workers must be a positive integer');
  const maxTempGb = values['max-temp-gb'] === undefined ? undefined : Number(values['max-temp-gb']);
  if (maxTempGb !== undefined && !(Number.isFinite(maxTempGb) && maxTempGb > 0))
    throw new UsageError('--max-temp-gb must be a positive number of GiB');
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
    ...(reading !== undefined ? { reading } : {}),
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
  if (engine !== 'builtin' && engine !== 'duckdb') throw new UsageError('--engine must be builtin or duckdb');
  if (engine === 'duckdb' && (db !== undefined || schema !== undefined))
    throw new UsageError('--engine duckdb reads CSV and Parquet files; a database counts its own tables');
  return { help: false, paths: positionals, format, options, config: values.config, db, schema, engine };
}

/**
 * `--contested-reading`, or `--contested` (its old name); undefined when neither is given (then
 * `.pilens.json`'s `contestedReading`, else strict). A refusal names the spelling given.
 */
function contestedReading(
  current: string | undefined,
  old: string | undefined,
): ContestedReading | undefined {
  if (current !== undefined && old !== undefined)
    throw new UsageError('--contested is the old name of --contested-reading: give one');
  const raw = current ?? old;
  if (raw === undefined) return undefined;
  const reading = CONTESTED_READINGS.find((r) => r === raw);
  if (reading === undefined)
    throw new UsageError(
      `${current !== undefined ? '--contested-reading' : '--contested'} must be strict or lenient`,
    );
  return reading;
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
      throw new UsageError(
        '--table, --query and --timeout need a connection URL (postgresql://…, mysql://…, sqlite:…)',
      );
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('give one connection URL, without files');
  if (tables.length === 0 && query === undefined)
    throw new UsageError('name a table (--table) or a query (--query)');
  if (query !== undefined && !/^\s*(?:select|with)\b/i.test(query))
    throw new UsageError('--query must be a SELECT (or WITH … SELECT)');
  const seconds = timeout === undefined ? undefined : Number(timeout);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0))
    throw new UsageError('--timeout must be a positive number of seconds');
  return {
    url: urls[0] ?? '',
    tables,
    query,
    ...(seconds !== undefined ? { timeoutMs: Math.round(seconds * 1000) } : {}),
  };
}
