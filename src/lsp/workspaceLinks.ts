/**
 * What the workspace's records say of each other (issue 9), for the language server's scans, as
 * the VS Code extension and `pilens scan <folder>` read them: a record linked to a `Patient`
 * declared in another file is a clinical record in Neovim and Emacs too. The files under the root
 * that the CLI would walk (its `.gitignore`s and the `.pilens.json` ignores, minus
 * `pilens.exclude`, in the enabled languages) are read in the background when the first document
 * is scanned; a saved file, or one the client's watcher reports created, changed or deleted
 * outside the editor, is read again alone; a config change reads everything again.
 * `onChange` is called when the links differ. Only records' names, keys and relations are kept.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { matchGlob } from '../core/config/glob.js';
import type { WorkspaceContext } from '../core/scan/index.js';
import { alwaysReadExtensions, extensionsOfLanguages } from '../core/scan/languages.js';
import { ignoresExcluder } from '../node/ignores.js';
import { readTextFile } from '../node/readText.js';
import { walkFiles } from '../node/walk.js';
import type { PilensSettings } from '../shared/settingsSchema.js';
import { WorkspaceRecords } from '../shared/workspaceRecords.js';
import type { AppliedConfig } from './configFiles.js';

/** Files read between yields to the server's event loop. */
const BATCH = 50;

/** What the links need of the server: where a file's config and scan path come from. */
export interface LinkSources {
  configFor(path: string): AppliedConfig;
  sourcePathOf(path: string): string;
}

export class LspWorkspaceLinks {
  readonly #records = new WorkspaceRecords();
  readonly #sources: LinkSources;
  readonly #onChange: () => void;
  #settings: PilensSettings | undefined;
  /** The file extensions read (`.ts`): the enabled languages' and the always-read ones. */
  #extensions: ReadonlySet<string> = new Set();
  #root: string | undefined;
  #generation = 0;
  /**
   * Each file's size and modification time when last read: a save reaches the server twice (the
   * editor's `didSave` and the client's file watcher), and the second is not read again.
   */
  readonly #stamps = new Map<string, string>();

  constructor(sources: LinkSources, onChange: () => void) {
    this.#sources = sources;
    this.#onChange = onChange;
  }

  /** The links as read so far; the first call with a root starts reading the workspace. */
  current(root: string | undefined, settings: PilensSettings): WorkspaceContext | undefined {
    if (this.#settings === undefined && root !== undefined) {
      this.#settings = settings;
      this.#extensions = new Set([...extensionsOfLanguages(settings.languages), ...alwaysReadExtensions()]);
      this.#root = root;
      void this.#readAll();
    }
    return this.#records.context;
  }

  /** Reads every file again (a `.pilens.json` changed), if the workspace was read at all. */
  readAgain(): void {
    if (this.#root === undefined) return;
    this.#generation++;
    void this.#readAll();
  }

  /** Reads files again (saved, or created, changed or deleted on disk); a gone file is forgotten. */
  readFiles(paths: readonly string[]): void {
    const settings = this.#settings;
    if (settings === undefined) return;
    const changed = paths.filter(
      (path) => this.#wanted(path, settings) && stampOf(path) !== this.#stamps.get(path),
    );
    if (changed.length === 0) return;
    for (const path of changed) this.#read(path, settings);
    this.#relink();
  }

  async #readAll(): Promise<void> {
    const root = this.#root;
    const settings = this.#settings;
    if (root === undefined || settings === undefined) return;
    const generation = this.#generation;
    const ignores = this.#sources.configFor(`${root}/.pilens.json`).config?.ignores ?? [];
    const walked = await walkFiles([root], { cwd: root, exclude: ignoresExcluder(root, ignores) });
    if (generation !== this.#generation) return;
    const listed = new Set<string>();
    let read = 0;
    for (const { absPath } of walked.files) {
      if (!this.#wanted(absPath, settings)) continue;
      if (read++ % BATCH === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (generation !== this.#generation) return;
      }
      listed.add(absPath);
      this.#read(absPath, settings);
    }
    this.#records.retainOnly(listed);
    for (const path of [...this.#stamps.keys()]) if (!listed.has(path)) this.#stamps.delete(path);
    this.#relink();
  }

  #wanted(path: string, settings: PilensSettings): boolean {
    if (!this.#extensions.has(extname(path).toLowerCase())) return false;
    const source = this.#sources.sourcePathOf(path);
    return !settings.exclude.some((glob) => matchGlob(glob, source));
  }

  #read(path: string, settings: PilensSettings): void {
    this.#stamps.set(path, stampOf(path));
    const read = readTextFile(path, settings.maxFileSizeKb * 1024);
    const text = read.kind === 'text' ? read.text : undefined;
    const { config } = this.#sources.configFor(path);
    this.#records.read(path, text, { path: this.#sources.sourcePathOf(path) }, { config });
  }

  #relink(): void {
    const root = this.#root;
    const config = root === undefined ? undefined : this.#sources.configFor(`${root}/.pilens.json`).config;
    if (this.#records.relink({ config })) this.#onChange();
  }
}

/** A file's size and modification time (nanoseconds); `gone` when it cannot be stat'ed. */
function stampOf(path: string): string {
  try {
    const info = statSync(path, { bigint: true, throwIfNoEntry: false });
    return info === undefined ? 'gone' : `${String(info.size)}:${String(info.mtimeNs)}`;
  } catch {
    return 'gone';
  }
}
