import * as vscode from 'vscode';

interface Loaded<T> {
  /** The file itself. */
  readonly uri: vscode.Uri;
  /** URI path of the folder holding the file: it governs that folder and below. */
  readonly folderPath: string;
  readonly value: T;
}

export interface NearestFilesOptions<T> {
  /** The file name watched anywhere in the workspace (`.pilens.json`). */
  readonly fileName: string;
  readonly log: vscode.LogOutputChannel;
  /**
   * What to keep for a file's text; undefined drops the file, so a file further up applies.
   * An open editor's text is read in preference to the disk, so unsaved edits count.
   */
  readonly parse: (uri: vscode.Uri, text: string) => T | undefined;
  /** Called when a file is dropped (deleted, unreadable or no longer parsed). */
  readonly onDrop?: (uri: vscode.Uri) => void;
}

/**
 * Every copy of one per-folder file in the workspace (`.pilens.json`, `.pilens-baseline.json`),
 * found at start, kept current by a file watcher, and looked up by "nearest above a document",
 * so monorepo packages can carry their own. Config and baseline differ only in how they parse.
 */
export class NearestFiles<T> implements vscode.Disposable {
  readonly #entries = new Map<string, Loaded<T>>();
  readonly #changed = new vscode.EventEmitter<void>();
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly #options: NearestFilesOptions<T>;
  #version = 0;
  /** Fires after a file was loaded, changed or dropped. */
  readonly onDidChange = this.#changed.event;
  /** Settles once the first search has finished (even if it failed). */
  readonly ready: Promise<void>;

  constructor(options: NearestFilesOptions<T>) {
    this.#options = options;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${options.fileName}`);
    this.#disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.reload(uri)),
      watcher.onDidChange((uri) => void this.reload(uri)),
      watcher.onDidDelete((uri) => {
        if (this.#drop(uri)) this.#announce();
      }),
      this.#changed,
    );
    this.ready = this.reloadAll();
  }

  /** Counts the changes announced so far: a cache stamped with it knows when it is stale. */
  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#entries.size;
  }

  has(uri: vscode.Uri): boolean {
    return this.#entries.has(uri.toString());
  }

  /** Whether `uri` is one of the watched files, by name. */
  isWatched(uri: vscode.Uri): boolean {
    return uri.path.endsWith(`/${this.#options.fileName}`);
  }

  /** The nearest file at or above `path` (a URI path), with the folder it governs. */
  nearest(path: string): Loaded<T> | undefined {
    let best: Loaded<T> | undefined;
    for (const loaded of this.#entries.values()) {
      if (!path.startsWith(`${loaded.folderPath}/`)) continue;
      if (best === undefined || loaded.folderPath.length > best.folderPath.length) best = loaded;
    }
    return best;
  }

  /** Searches the workspace again (folders changed, trust granted). */
  async reloadAll(): Promise<void> {
    const hadEntries = this.#entries.size > 0;
    let found: readonly vscode.Uri[] = [];
    try {
      found = await vscode.workspace.findFiles(`**/${this.#options.fileName}`, '**/node_modules/**', 100);
      this.#entries.clear();
      await Promise.all(found.map((uri) => this.#load(uri)));
    } catch (error) {
      this.#options.log.error(`Searching for ${this.#options.fileName} failed`, error);
    }
    // Nothing found where nothing was before: what applies is unchanged, so no one rescans.
    if (hadEntries || found.length > 0) this.#announce();
  }

  /** Reads one file again. */
  async reload(uri: vscode.Uri): Promise<void> {
    await this.#load(uri);
    this.#announce();
  }

  async #load(uri: vscode.Uri): Promise<void> {
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const value = this.#options.parse(uri, text);
      if (value === undefined) {
        this.#drop(uri);
        return;
      }
      const folderPath = uri.path.slice(0, uri.path.lastIndexOf('/'));
      this.#entries.set(uri.toString(), { uri, folderPath, value });
    } catch (error) {
      this.#options.log.warn(`Could not read ${uri.toString(true)}`, error);
      this.#drop(uri);
    }
  }

  #drop(uri: vscode.Uri): boolean {
    this.#options.onDrop?.(uri);
    return this.#entries.delete(uri.toString());
  }

  #announce(): void {
    this.#version++;
    this.#changed.fire();
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
