/**
 * A workspace scan (issue 9) reads each file once: the scan's own extraction gives every file's
 * records (names, keys and typed relations) beside its findings; once all are scanned they are
 * linked into one workspace context, and only the files naming a linked record are classified
 * again with it, their outcomes replaced in place. A file naming none reads the same with the
 * context as without (a link is looked up by owner), so its first outcome stands. A scan of one
 * file has no workspace and reads as before.
 */
import { relative, sep } from 'node:path';
import {
  fileRecords,
  holdsLinkedRecord,
  workspaceContextOf,
  type FileRecords,
  type WorkspaceContext,
} from '../core/scan/index.js';
import { readTextFile } from '../node/readText.js';
import type { FileOutcome } from './scanFile.js';
import { scanFiles, type PoolFile, type PoolOptions } from './scanPool.js';

/** How files are scanned (the pool; a test counts the files it is given). */
export type ScanFilesFn = (files: readonly PoolFile[], options: PoolOptions) => Promise<FileOutcome[]>;

/**
 * Scans `files` as part of the workspace `own` (every walked file; `files` is those reported,
 * fewer in changed-lines mode), outcomes in the order of `files`.
 */
export async function scanWorkspace(
  own: readonly PoolFile[],
  files: readonly PoolFile[],
  options: PoolOptions,
  scan: ScanFilesFn = scanFiles,
): Promise<FileOutcome[]> {
  if (own.length < 2) return scan(files, options);
  const outcomes = await scan(files, {
    ...options,
    scanOptions: { ...options.scanOptions, withRecords: true },
  });
  const workspace = contextOf(own, files, outcomes, options);
  if (workspace === undefined) return outcomes;
  const linked: number[] = [];
  outcomes.forEach((o, i) => {
    if (
      o.owners !== undefined &&
      holdsLinkedRecord(
        workspace,
        o.owners,
        o.findings.map((f) => f.field),
      )
    )
      linked.push(i);
  });
  if (linked.length === 0) return outcomes;
  // On this thread: usually a small share of the files (615 of 5,697 in apache/fineract, the
  // most linked repository measured), where a worker's start-up weighs against the work.
  const again = await scan(
    linked.map((i) => files[i] as PoolFile),
    { ...options, scanOptions: { ...options.scanOptions, workspace }, workers: 0 },
  );
  linked.forEach((i, k) => (outcomes[i] = again[k] as FileOutcome));
  return outcomes;
}

/**
 * The workspace context of `own`, its records taken in walk order (the first of two records
 * named alike is the one read): from the scan's outcomes, or read here for a file left out of
 * the scan (changed-lines mode). `undefined` when no record is linked.
 */
function contextOf(
  own: readonly PoolFile[],
  files: readonly PoolFile[],
  outcomes: readonly FileOutcome[],
  options: PoolOptions,
): WorkspaceContext | undefined {
  const scanned = new Map<string, FileOutcome>();
  files.forEach((f, i) => scanned.set(f.absPath, outcomes[i] as FileOutcome));
  const read: FileRecords[] = [];
  for (const f of own) {
    const path = relative(options.sourceBase, f.absPath).split(sep).join('/');
    const outcome = scanned.get(f.absPath);
    const records = outcome !== undefined ? outcome.records : recordsOf(f, path, options);
    if (records !== undefined && records.length > 0) read.push({ path, records });
  }
  return workspaceContextOf(read, options.scanOptions);
}

/** The records of a file the scan did not read (changed-lines mode), or none if unreadable. */
function recordsOf(f: PoolFile, path: string, options: PoolOptions): FileRecords['records'] | undefined {
  let text = f.text;
  if (text === undefined) {
    const file = readTextFile(f.absPath, options.maxBytes);
    if (file.kind !== 'text') return undefined;
    text = file.text;
  }
  return fileRecords(text, { path }, options.scanOptions).records;
}
