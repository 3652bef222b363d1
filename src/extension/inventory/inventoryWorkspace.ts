/**
 * The inventory's first pass (issue 9): every listed file's records (names, keys and typed
 * relations), linked into the workspace context its scans are given, as `pilens scan <folder>`
 * does (`src/cli/workspacePass.ts`), so the inventory and the CLI agree on a record keyed to a
 * patient declared in another file. The editor's squiggles scan one document and read as before.
 */
import type * as vscode from 'vscode';
import {
  fileRecords,
  workspaceContextOf,
  type FileRecords,
  type WorkspaceContext,
} from '../../core/scan/index.js';
import { readTextFile } from '../../node/readText.js';
import type { ConfigStore } from '../config.js';
import type { Settings } from '../settings.js';

/** Files read between yields to the extension host's event loop. */
const BATCH = 50;

/**
 * The workspace context of `uris`, or `undefined` when no record is linked (or `stopped` says
 * the build was superseded). Files are read from disk; an unreadable one is left out.
 */
export async function readWorkspace(
  uris: readonly vscode.Uri[],
  deps: { readonly settings: Settings; readonly configs: ConfigStore },
  stopped: () => boolean,
): Promise<WorkspaceContext | undefined> {
  if (uris.length < 2) return undefined;
  const maxBytes = deps.settings.current.maxFileSizeKb * 1024;
  const files: FileRecords[] = [];
  for (let i = 0; i < uris.length; i++) {
    if (i % BATCH === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      if (stopped()) return undefined;
    }
    const uri = uris[i] as vscode.Uri;
    const read = readTextFile(uri.fsPath, maxBytes);
    if (read.kind !== 'text') continue;
    const options = { config: deps.configs.configFor(uri) };
    const records = fileRecords(read.text, { path: deps.configs.sourcePathFor(uri) }, options);
    if (records.records.length > 0) files.push(records);
  }
  // One vocabulary for the links: the first file's config (a workspace of several configs
  // links its records under the first; each file's own scan still uses its own).
  const first = uris[0];
  return workspaceContextOf(files, first === undefined ? {} : { config: deps.configs.configFor(first) });
}

/** A workspace context as one string, to tell whether a build's links differ from the last. */
export function linksKey(workspace: WorkspaceContext | undefined): string {
  if (workspace === undefined) return '';
  return [...workspace.links]
    .map(([owner, l]) => `${owner}\u0000${l.domain}\u0000${l.person}\u0000${l.path}\u0000${l.through ?? ''}`)
    .sort()
    .join('\u0001');
}
