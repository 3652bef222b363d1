/**
 * `pilens baseline [paths…] [--reason TEXT]`: records today's findings in the baseline so
 * later scans report only new ones. Reasons recorded earlier survive for findings still present.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { createBaseline } from '../core/review/baseline.js';
import { baselinePath, readBaselineFile, writeBaselineFile } from './baselineFile.js';
import { collectFindings, hasUnreadable } from './collect.js';
import { BASELINE_HELP } from './help.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { parseBaselineArgs } from './scanArgs.js';

export async function runBaseline(args: readonly string[], io: CliIO): Promise<number> {
  const opts = parseBaselineArgs(args);
  if (opts.help) {
    io.stdout.write(BASELINE_HELP);
    return EXIT.ok;
  }
  const path = baselinePath(io.cwd, opts.baseline);
  // A broken existing baseline is reported rather than silently overwritten.
  const previous = readBaselineFile(io.cwd, path, false);
  const collected = await collectFindings(io, {
    paths: opts.paths,
    config: opts.config,
    maxFileSizeKb: opts.maxFileSizeKb,
  });
  // A baseline recorded without some input would report its findings as new later; refuse.
  if (hasUnreadable(collected)) throw new UsageError(`baseline not written: some input could not be read`);
  const baseDir = dirname(path);
  // `pilens baseline src` re-records src only; entries elsewhere are kept as they are.
  const roots = (opts.paths.length > 0 ? opts.paths : ['.']).map((p) => resolve(io.cwd, p));
  const underRoots = (abs: string): boolean =>
    roots.some((r) => abs === r || abs.startsWith(r.endsWith(sep) ? r : r + sep));
  const toBase = (cwdRel: string): string => relative(baseDir, resolve(io.cwd, cwdRel)).split(sep).join('/');
  const baseline = createBaseline(
    collected.findings.map((f) => ({
      file: toBase(f.file),
      line: f.line,
      category: f.category,
      field: f.field,
      ...(f.owner !== undefined ? { owner: f.owner } : {}),
      fingerprint: f.fingerprint,
    })),
    previous,
    opts.reason,
    (file) => !underRoots(resolve(baseDir, file)),
  );
  const shown = relative(io.cwd, path) || path;
  writeBaselineFile(path, baseline, shown);
  const kept = previous
    ? baseline.entries.filter((e) => previous.entries.some((p) => p.fingerprint === e.fingerprint)).length
    : 0;
  io.stdout.write(
    `Recorded ${baseline.entries.length} finding${baseline.entries.length === 1 ? '' : 's'} in ${shown} (${baseline.entries.length - kept} new, ${kept} kept).\n`,
  );
  return EXIT.ok;
}
