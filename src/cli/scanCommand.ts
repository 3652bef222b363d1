/**
 * `pilens scan`: collect (the working tree, or the git index with `--staged`), keep changed
 * lines (`--since`, `--staged`), subtract the baseline, print.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { atOrAbove, type ReportedFinding } from '../core/report/finding.js';
import { findFormat } from '../core/report/formats.js';
import type { ScanReport } from '../core/report/scanReport.js';
import { matchBaseline, type Baseline, type BaselineEntry } from '../core/review/baseline.js';
import { lineInSpans } from '../core/review/diff.js';
import { changedLinesSince, GitError, type ChangedLines } from '../node/git.js';
import { baselinePath, readBaselineFile } from './baselineFile.js';
import { collectFindings, hasUnreadable, type Collected } from './collect.js';
import { collectStaged } from './collectStaged.js';
import { SCAN_HELP } from './help.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { parseScanArgs, type ScanArgs } from './scanArgs.js';
import { SCAN_FORMATS } from './scanFormats.js';
import { PILENS_VERSION } from './version.js';

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

async function changedLines(cwd: string, ref: string): Promise<ChangedLines> {
  try {
    return await changedLinesSince(cwd, ref);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`--since ${ref}: ${e.message}`);
    throw e;
  }
}

function onChangedLine(changed: ChangedLines, cwd: string) {
  return (f: ReportedFinding): boolean => {
    const spans = changed.get(resolve(cwd, f.file));
    return spans === 'all' || (spans !== undefined && lineInSpans(f.line, spans));
  };
}

interface BaselineOutcome {
  readonly fresh: ReportedFinding[];
  readonly baselined: ReportedFinding[];
  readonly stale: BaselineEntry[];
  readonly file?: string;
}

interface LoadedBaseline {
  readonly path: string;
  readonly baseline: Baseline;
}

/** Read before scanning, so a broken or missing baseline fails fast. */
function loadBaseline(io: CliIO, explicit: string | false | undefined): LoadedBaseline | undefined {
  if (explicit === false) return undefined;
  const path = baselinePath(io.cwd, explicit);
  const baseline = readBaselineFile(io.cwd, path, explicit !== undefined);
  return baseline ? { path, baseline } : undefined;
}

function applyBaseline(
  io: CliIO,
  loaded: LoadedBaseline | undefined,
  findings: ReportedFinding[],
  scanned: string[],
  roots: string[],
): BaselineOutcome {
  if (!loaded) return { fresh: findings, baselined: [], stale: [] };
  const { path, baseline } = loaded;
  // Entries are relative to the baseline's directory; findings to the cwd.
  const baseDir = dirname(path);
  const toBase = (cwdRel: string): string => toPosix(relative(baseDir, resolve(io.cwd, cwdRel)));
  const scannedSet = new Set(scanned.map(toBase));
  const underRoots = (abs: string): boolean =>
    roots.some((r) => abs === r || abs.startsWith(r.endsWith(sep) ? r : r + sep));
  const inScope = (file: string): boolean => {
    if (scannedSet.has(file)) return true;
    const abs = resolve(baseDir, file);
    return !existsSync(abs) && underRoots(abs);
  };
  const match = matchBaseline(
    findings.map((f) => ({ finding: f, file: toBase(f.file), fingerprint: f.fingerprint })),
    baseline,
    inScope,
  );
  const stale = match.stale.map((e) => ({ ...e, file: toPosix(relative(io.cwd, resolve(baseDir, e.file))) }));
  return {
    fresh: match.fresh.map((c) => c.finding),
    baselined: match.baselined.map((b) => b.finding.finding),
    stale,
    file: toPosix(relative(io.cwd, path)),
  };
}

async function render(format: string, report: ScanReport, cwd: string, startedAt: Date): Promise<string> {
  const formatter = findFormat(SCAN_FORMATS, format);
  // parseScanArgs accepted only listed ids.
  if (formatter === undefined) throw new UsageError(`unknown format "${format}"`);
  const out = await formatter.render(report, { cwd, version: PILENS_VERSION, startedAt });
  if (typeof out !== 'string') throw new UsageError(`--format ${format} writes a binary file, not text`);
  return out;
}

async function collect(
  io: CliIO,
  opts: ScanArgs,
  fingerprints: boolean,
): Promise<{ collected: Collected; changed: ChangedLines | undefined }> {
  const common = {
    paths: opts.paths,
    config: opts.config,
    maxFileSizeKb: opts.maxFileSizeKb,
    flows: opts.flows,
    fingerprints,
  };
  if (opts.staged) {
    const collected = await collectStaged(io, common);
    return { collected, changed: collected.changed };
  }
  const changed = opts.since === undefined ? undefined : await changedLines(io.cwd, opts.since);
  const collected = await collectFindings(io, {
    ...common,
    ...(changed ? { only: (abs: string) => changed.has(abs) } : {}),
  });
  return { collected, changed };
}

export async function runScan(args: readonly string[], io: CliIO): Promise<number> {
  const startedAt = new Date();
  const opts = parseScanArgs(args);
  if (opts.help) {
    io.stdout.write(SCAN_HELP);
    return EXIT.ok;
  }
  const loaded = loadBaseline(io, opts.baseline);
  // Only a baseline and the machine-read formats use fingerprints; the text report prints none.
  const { collected, changed } = await collect(io, opts, loaded !== undefined || opts.format !== 'text');
  const roots = (opts.paths.length > 0 ? opts.paths : ['.']).map((p) =>
    isAbsolute(p) ? p : resolve(io.cwd, p),
  );
  const base = applyBaseline(io, loaded, collected.findings, collected.scannedFiles, roots);
  const keep = changed ? onChangedLine(changed, io.cwd) : () => true;
  const report: ScanReport = {
    findings: base.fresh.filter(keep),
    baselined: base.baselined.filter(keep),
    stale: base.stale,
    filesScanned: collected.scannedFiles.length,
    skipped: collected.skipped,
    parseErrors: collected.parseErrors,
    suppressed: collected.suppressed,
    ...(base.file !== undefined ? { baselineFile: base.file } : {}),
    ...(opts.since !== undefined ? { since: opts.since } : {}),
    ...(collected.flows !== undefined ? { flows: collected.flows } : {}),
  };
  io.stdout.write(await render(opts.format, report, io.cwd, startedAt));
  // Input that could not be read is a failure of the run, not a pass: 2 even under --fail-on.
  if (hasUnreadable(collected)) return EXIT.usage;
  return report.findings.some((f) => atOrAbove(f.class, opts.failOn)) ? EXIT.findings : EXIT.ok;
}
