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
import { reportErrors } from '../core/dataset/report.js';
import { messageOf } from '../core/errors.js';
import type { ESTIMATE_FORMATS, EstimateFormatContext } from '../core/report/formats.js';
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
  maskUrl,
  type DbTarget,
} from '../node/db/estimateDb.js';
import { parseEstimateArgs } from './estimateArgs.js';
import { runDuckDb } from './estimateDuckDb.js';
import { ESTIMATE_HELP } from './estimateHelp.js';
import { inputProblem, oneLine, progressLine, unmatchedRefProblems } from './estimateLines.js';
import { emitSql, reportFromCounts, type SchemaRequest } from './estimateSchema.js';
import { EXIT, runGuarded, type CliIO } from './io.js';
import { loadConfig } from './loadConfig.js';
import { PILENS_VERSION } from './version.js';

/**
 * Runs `pilens estimate`; returns the exit code. Every line it writes on stderr, a usage error's
 * included, starts `pilens estimate:`.
 */
export function runEstimate(args: readonly string[], io: CliIO): Promise<number> {
  return runGuarded(estimate, args, io, 'pilens estimate');
}

async function estimate(args: readonly string[], io: CliIO): Promise<number> {
  const startedAt = new Date();
  const parsed = parseEstimateArgs(args);
  if (parsed.help) {
    io.stdout.write(ESTIMATE_HELP);
    return EXIT.ok;
  }
  const cwd = io.cwd;
  const ctx = { cwd, version: PILENS_VERSION, startedAt };
  // The team's decisions in .pilens.json map columns as they classify fields in `pilens scan`,
  // and its contested reading applies unless --contested-reading is given, as in `pilens scan`.
  let decisions: EstimateOptions['decisions'];
  let reading: EstimateOptions['reading'];
  try {
    const config = loadConfig(cwd, parsed.config).config;
    decisions = config?.decisions;
    reading = parsed.options.reading ?? config?.contestedReading ?? 'strict';
  } catch (e) {
    io.stderr.write(`pilens estimate: ${oneLine(messageOf(e))}\n`);
    return EXIT.usage;
  }
  if (parsed.schema !== undefined)
    return runSchema(parsed.schema, { ...parsed.options, decisions, reading }, parsed.format, ctx, io);
  if (parsed.db !== undefined)
    return runDatabase(parsed.db, { ...parsed.options, decisions, reading }, parsed.format, ctx, io);
  const paths = parsed.paths.map((p) => path.resolve(cwd, p));
  if (parsed.engine === 'duckdb')
    return runDuckDb(paths, { ...parsed.options, decisions, reading }, parsed.format, ctx, io);
  const progress = progressLine(io.stderr);
  try {
    const report = await estimateDataset(
      paths,
      { ...parsed.options, decisions, reading },
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
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
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
    return EXIT.usage;
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
  io: CliIO,
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
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
  } catch (e) {
    if (e instanceof CancelledError) {
      io.stderr.write('pilens estimate: cancelled; the statement was stopped on the server\n');
      return EXIT.interrupted;
    }
    // Driver failures arrive as DbError with the masked URL; anything else is masked here.
    const message = messageOf(e);
    const line =
      e instanceof DbError || e instanceof ConnectionUrlError
        ? message
        : `${maskUrl(target.url)}: ${message}`;
    io.stderr.write(`pilens estimate: ${oneLine(line.split('\n')[0] ?? '')}\n`);
    return EXIT.usage;
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
  io: CliIO,
): Promise<number> {
  const cwd = ctx.cwd;
  try {
    if (req.counts === undefined) {
      io.stdout.write(await emitSql(req, options, cwd));
      return EXIT.ok;
    }
    const out = await format.render(await reportFromCounts(req, options, cwd), ctx);
    if (typeof out === 'string') io.stdout.write(out);
    return EXIT.ok;
  } catch (e) {
    io.stderr.write(`pilens estimate: ${oneLine(messageOf(e).split('\n')[0] ?? '')}\n`);
    return EXIT.usage;
  }
}
