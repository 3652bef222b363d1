/**
 * `pilens scan --staged`: scans the staged version of each staged file, read from the git
 * index, and says which lines the commit adds, so the scan reports what the commit brings in
 * rather than what the file held before. The working tree is never read for content: a file
 * changed again after `git add` is judged as it will be committed.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { LineSpan } from '../core/review/diff.js';
import { decodeText } from '../node/decode.js';
import { GitError } from '../node/git.js';
import { readBlobs, stagedChanges } from '../node/staged.js';
import { skippedByName } from '../node/walk.js';
import { isOwnFile, summariseOutcomes, type Collected } from './collect.js';
import { UsageError, type CliIO } from './io.js';
import { loadConfig } from './loadConfig.js';
import type { FileOutcome } from './scanFile.js';
import { scanFiles, type PoolFile } from './scanPool.js';

export interface StagedCollected extends Collected {
  /** Lines the commit adds or changes, per absolute path. */
  readonly changed: ReadonlyMap<string, readonly LineSpan[] | 'all'>;
}

export interface StagedOptions {
  readonly paths: readonly string[];
  readonly config?: string | undefined;
  readonly maxFileSizeKb: number;
  readonly flows?: boolean;
  /** Compute the findings' fingerprints (default true; see scanPool.ts). */
  readonly fingerprints?: boolean;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Whether `abs` is one of `roots` or lies below one. */
function under(abs: string, roots: readonly string[]): boolean {
  return roots.some((r) => abs === r || abs.startsWith(r.endsWith(sep) ? r : r + sep));
}

/** Asks the config's `ignores` about the file and every folder above it up to the root. */
function excluded(exclude: (abs: string, isDir: boolean) => boolean, root: string, abs: string): boolean {
  if (exclude(abs, false)) return true;
  for (let dir = resolve(abs, '..'); dir.length > root.length; dir = resolve(dir, '..'))
    if (exclude(dir, true)) return true;
  return false;
}

export async function collectStaged(io: CliIO, options: StagedOptions): Promise<StagedCollected> {
  const config = loadConfig(io.cwd, options.config);
  let staged;
  try {
    staged = await stagedChanges(io.cwd);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`--staged: ${e.message}`);
    throw e;
  }
  const roots = options.paths.map((p) => (isAbsolute(p) ? p : resolve(io.cwd, p)));
  const files = staged.files.filter(
    (f) =>
      (roots.length === 0 || under(f.absPath, roots)) &&
      !skippedByName(f.repoPath) &&
      !isOwnFile(f.absPath) &&
      !excluded(config.exclude, staged.root, f.absPath),
  );
  const maxBytes = options.maxFileSizeKb * 1024;
  let blobs;
  try {
    blobs = await readBlobs(
      staged.root,
      files.map((f) => f.blob),
      maxBytes,
    );
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`--staged: ${e.message}`);
    throw e;
  }
  // Oversized and binary blobs are settled here; the rest go through the scan pool as text.
  const settled: FileOutcome[] = [];
  const toScan: PoolFile[] = [];
  files.forEach((f, i) => {
    const relPath = toPosix(relative(io.cwd, f.absPath));
    const blob = blobs[i];
    if (!blob || !('bytes' in blob)) {
      settled.push({
        file: relPath,
        findings: [],
        suppressed: 0,
        skipped: { file: relPath, reason: 'too-large' },
      });
      return;
    }
    const decoded = decodeText(blob.bytes);
    if (decoded.kind === 'binary')
      settled.push({
        file: relPath,
        findings: [],
        suppressed: 0,
        skipped: { file: relPath, reason: 'binary' },
      });
    else toScan.push({ absPath: f.absPath, relPath, text: decoded.text });
  });
  const scanned = await scanFiles(toScan, {
    scanOptions: config.config === undefined ? {} : { config: config.config },
    maxBytes,
    sourceBase: config.base,
    flows: options.flows === true,
    fingerprints: options.fingerprints !== false,
  });
  const outcomes = [...settled, ...scanned];
  const collected = summariseOutcomes(io, outcomes, [], options.maxFileSizeKb);
  return { ...collected, changed: new Map(files.map((f) => [f.absPath, f.added])) };
}
