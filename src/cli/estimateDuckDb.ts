import type { ESTIMATE_FORMATS, EstimateFormatContext } from '../core/report/formats.js';
import { reportErrors } from '../core/dataset/report.js';
import { messageOf } from '../core/errors.js';
import { CancelledError, type EstimateOptions } from '../node/dataset/estimate.js';
import { inputProblem, oneLine, progressLine, unmatchedRefProblems } from './estimateLines.js';
import { EXIT, type CliIO } from './io.js';

/**
 * `--engine duckdb`: the files counted by DuckDB (loaded only here: a native module the CLI uses
 * when installed), with the file estimate's progress line, problems and exit codes. Ctrl-C
 * interrupts DuckDB's query and exits 130.
 */
export async function runDuckDb(
  paths: readonly string[],
  options: EstimateOptions,
  format: (typeof ESTIMATE_FORMATS)[number],
  ctx: EstimateFormatContext,
  io: CliIO,
): Promise<number> {
  const abort = new AbortController();
  const onInterrupt = (): void => {
    abort.abort();
  };
  process.once('SIGINT', onInterrupt);
  const progress = progressLine(io.stderr);
  try {
    const { estimateWithDuckDb } = await import('../node/dataset/duckdbEngine.js');
    const report = await estimateWithDuckDb(paths, options, {
      signal: abort.signal,
      onProgress: progress.onProgress,
    });
    progress.clear();
    const out = await format.render(report, ctx);
    if (typeof out === 'string') io.stdout.write(out);
    const problems = [
      ...reportErrors(report).map((e) => `${e.file}: ${e.reason}`),
      ...unmatchedRefProblems(report, options, 'files'),
    ];
    for (const p of problems) io.stderr.write(`pilens estimate: ${oneLine(p)}\n`);
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
  } catch (e) {
    progress.clear();
    if (e instanceof CancelledError) {
      io.stderr.write('pilens estimate: cancelled\n');
      return EXIT.interrupted;
    }
    const line = e instanceof Error && 'code' in e ? inputProblem(e) : messageOf(e);
    io.stderr.write(`pilens estimate: ${oneLine(line.split('\n')[0] ?? '')}\n`);
    return EXIT.usage;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
