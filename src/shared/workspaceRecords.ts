/**
 * What a workspace's records say of each other (issue 9), kept up to date for an editor: each
 * file's records (`fileRecords`: names, keys and typed relations, nothing else) by file, re-read
 * one file at a time as files change, and the links made again from all of them. Linking is
 * cheap beside reading, so a save costs one file's read, not the workspace's.
 *
 * The links do not depend on the order files were read in. The context keeps its identity while its links stay the same, so a scan memo made with it
 * stays usable (the memo compares it by identity) and a host scans its open documents again only
 * when `relink` says the links changed.
 */
import {
  fileRecords,
  workspaceContextOf,
  type FileRecords,
  type ScanOptions,
  type WorkspaceContext,
} from '../core/scan/index.js';
import type { SourceInfo } from '../core/scan/extractor.js';

export class WorkspaceRecords {
  /** By the host's key for the file (a URI string); only files with records. */
  readonly #files = new Map<string, FileRecords>();
  #context: WorkspaceContext | undefined;
  #linksKey = '';

  /** The links as last made by `relink`; undefined when no record is linked. */
  get context(): WorkspaceContext | undefined {
    return this.#context;
  }

  /** How many files hold records. */
  get size(): number {
    return this.#files.size;
  }

  /** Reads one file's records from `text`; `undefined` (gone, unreadable, too big) forgets it. */
  read(key: string, text: string | undefined, source: SourceInfo, options: ScanOptions): void {
    const records = text === undefined ? undefined : fileRecords(text, source, options);
    if (records === undefined || records.records.length === 0) this.#files.delete(key);
    else this.#files.set(key, records);
  }

  forget(key: string): void {
    this.#files.delete(key);
  }

  /** Forgets every file not in `keys` (a full read keeps the old records until it replaces them). */
  retainOnly(keys: ReadonlySet<string>): void {
    for (const key of [...this.#files.keys()]) if (!keys.has(key)) this.#files.delete(key);
  }

  /**
   * Links the files' records again under `options`' vocabulary; true when the links differ from
   * the last ones (the context is then a new object, else the same one).
   */
  relink(options: ScanOptions): boolean {
    // In path order, as `pilens scan` lists them: when two files declare a `Patient`, the link
    // names the same one whatever order the files were read in.
    const files = [...this.#files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const context = workspaceContextOf(files, options);
    const key = linksKey(context);
    if (key === this.#linksKey) return false;
    this.#linksKey = key;
    this.#context = context;
    return true;
  }
}

/** A workspace context as one string, to tell whether one build's links differ from another's. */
export function linksKey(workspace: WorkspaceContext | undefined): string {
  if (workspace === undefined) return '';
  return [...workspace.links]
    .map(([owner, l]) => `${owner}\u0000${l.domain}\u0000${l.person}\u0000${l.path}\u0000${l.through ?? ''}`)
    .sort()
    .join('\u0001');
}
