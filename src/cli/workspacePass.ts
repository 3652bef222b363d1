/**
 * The first pass of a workspace scan (issue 9): every walked file's records (names, keys and
 * typed relations; `fileRecords`), linked into one workspace context that the scan then hands
 * to each file's classification, so a record keyed to a `Patient` declared in another file is
 * read as part of the patient's file. A scan of one file has no workspace and reads as before.
 */
import { relative, sep } from 'node:path';
import {
  fileRecords,
  workspaceContextOf,
  type FileRecords,
  type ScanOptions,
  type WorkspaceContext,
} from '../core/scan/index.js';
import { readTextFile } from '../node/readText.js';
import type { PoolFile } from './scanPool.js';

/**
 * The workspace context of `files` (paths given to the core relative to `sourceBase`, as the
 * scan gives them), or `undefined` for fewer than two files or when no record is linked.
 */
export function readWorkspace(
  files: readonly PoolFile[],
  sourceBase: string,
  scanOptions: ScanOptions,
  maxBytes: number,
): WorkspaceContext | undefined {
  if (files.length < 2) return undefined;
  const read: FileRecords[] = [];
  for (const f of files) {
    let text = f.text;
    if (text === undefined) {
      const file = readTextFile(f.absPath, maxBytes);
      if (file.kind !== 'text') continue;
      text = file.text;
    }
    const path = relative(sourceBase, f.absPath).split(sep).join('/');
    const records = fileRecords(text, { path }, scanOptions);
    if (records.records.length > 0) read.push(records);
  }
  return workspaceContextOf(read, scanOptions);
}
