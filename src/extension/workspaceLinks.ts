/**
 * What the workspace's records say of each other (issue 9), for every scan the extension makes:
 * the squiggles, hovers and the PI inventory read a record keyed to a patient declared in another
 * file as `pilens scan <folder>` does, so the editor, the inventory and CI agree.
 *
 * Nothing is read during activation: the first scan asks for the links, which starts the read in
 * the background (that scan goes without them; `onDidChange` fires when links arrive, and the
 * documents are scanned again). Afterwards a saved, created, changed or deleted file is read again
 * alone, and settings, configs or folders changing read everything again. Only records' names,
 * keys and typed relations are kept (`WorkspaceRecords`); nothing of a file's values.
 */
import * as vscode from 'vscode';
import type { WorkspaceContext } from '../core/scan/index.js';
import { readTextFile } from '../node/readText.js';
import { WorkspaceRecords } from '../shared/workspaceRecords.js';
import type { ConfigStore } from './config.js';
import type { Settings } from './settings.js';
import {
  joinsWorkspaceFiles,
  languageExtensions,
  listWorkspaceFiles,
  type ListingDeps,
} from './workspaceFiles.js';

/** Files read between yields to the extension host's event loop. */
const BATCH = 50;
/** Changes arriving within this window are read together (a branch switch, a formatter run). */
const CHANGE_DELAY_MS = 500;

export class WorkspaceLinks implements vscode.Disposable {
  readonly #records = new WorkspaceRecords();
  /** Every listed file, by URI string, with records or not: a change to one is read again. */
  readonly #listed = new Set<string>();
  readonly #pending = new Set<string>();
  readonly #changed = new vscode.EventEmitter<void>();
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly #deps: ListingDeps;
  #build: Promise<void> | undefined;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listing: string;
  /** Fires when the links differ from the last ones: every scan may read differently. */
  readonly onDidChange = this.#changed.event;

  constructor(settings: Settings, configs: ConfigStore, log: vscode.LogOutputChannel) {
    this.#deps = { settings, configs, log };
    this.#listing = listingKey(settings);
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const queue = (uri: vscode.Uri): void => {
      this.#queue(uri);
    };
    this.#disposables.push(
      watcher,
      watcher.onDidCreate(queue),
      watcher.onDidChange(queue),
      watcher.onDidDelete(queue),
      vscode.workspace.onDidSaveTextDocument((d) => {
        queue(d.uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) {
          queue(f.oldUri);
          queue(f.newUri);
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.#readAgain();
      }),
      settings.onDidChange(() => {
        // Only the settings that choose and bound the files read change the records.
        const listing = listingKey(settings);
        if (listing === this.#listing) return;
        this.#listing = listing;
        this.#readAgain();
      }),
      configs.onDidChange(() => {
        this.#readAgain();
      }),
      this.#changed,
    );
  }

  /** The links as read so far; the first call starts reading the workspace. */
  current(): WorkspaceContext | undefined {
    this.#build ??= this.#readAll();
    return this.#records.context;
  }

  /** The links once the read in force is done (the inventory waits for them before its scans). */
  async ready(): Promise<WorkspaceContext | undefined> {
    let build = (this.#build ??= this.#readAll());
    // A read started again while waiting ends the awaited one early: wait for the one in force.
    for (;;) {
      await build;
      const current = this.#current();
      if (current === undefined || current === build) return this.#records.context;
      build = current;
    }
  }

  /** The read in force (a method, so the compiler does not narrow it across an await). */
  #current(): Promise<void> | undefined {
    return this.#build;
  }

  #readAgain(): void {
    if (this.#build === undefined) return; // never asked for: nothing to refresh
    this.#generation++;
    this.#build = this.#readAll();
  }

  async #readAll(): Promise<void> {
    const generation = this.#generation;
    const started = Date.now();
    await this.#deps.configs.ready;
    const uris = await listWorkspaceFiles(this.#deps);
    if (generation !== this.#generation) return;
    // The records read so far stay until each is read again: a scan meanwhile sees old or new
    // records of a file, never none.
    const listed = new Set(uris.map((u) => u.toString()));
    for (let i = 0; i < uris.length; i++) {
      if (i % BATCH === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (generation !== this.#generation) return;
      }
      this.#read(uris[i] as vscode.Uri);
    }
    this.#records.retainOnly(listed);
    this.#listed.clear();
    for (const key of listed) this.#listed.add(key);
    this.#deps.log.debug(`Workspace links: ${uris.length} files read in ${Date.now() - started} ms`);
    this.#relink();
  }

  /** Reads one file's records from disk (an unreadable or oversized one holds none). */
  #read(uri: vscode.Uri): void {
    const read = readTextFile(uri.fsPath, this.#deps.settings.current.maxFileSizeKb * 1024);
    const { configs } = this.#deps;
    const text = read.kind === 'text' ? read.text : undefined;
    this.#records.read(
      uri.toString(),
      text,
      { path: configs.sourcePathFor(uri) },
      { config: configs.configFor(uri) },
    );
  }

  /**
   * Links the records again, under the first folder's config (a workspace of several configs
   * links under the first; each file's own scan still uses its own), and tells when they changed.
   */
  #relink(): void {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const config =
      folder === undefined
        ? undefined
        : this.#deps.configs.configFor(vscode.Uri.joinPath(folder.uri, '.pilens.json'));
    if (!this.#records.relink({ config })) return;
    const linked = this.#records.context?.links.size ?? 0;
    this.#deps.log.info(`Workspace links: ${linked} records tied to a person record in another file`);
    this.#changed.fire();
  }

  #queue(uri: vscode.Uri): void {
    if (this.#build === undefined || uri.scheme !== 'file') return;
    // Cheap checks first: an `npm install` must not cost one file search per new file.
    const key = uri.toString();
    if (!this.#listed.has(key)) {
      if (/\/(node_modules|\.git)\//.test(uri.path)) return;
      const ext = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
      if (!languageExtensions(this.#deps.settings.current.languages).has(ext)) return;
    }
    this.#pending.add(key);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#readPending(), CHANGE_DELAY_MS);
  }

  async #readPending(): Promise<void> {
    this.#timer = undefined;
    if (this.#build !== undefined) await this.#build;
    const generation = this.#generation;
    const uris = [...this.#pending].map((s) => vscode.Uri.parse(s));
    this.#pending.clear();
    for (const uri of uris) {
      const key = uri.toString();
      const exists = await vscode.workspace.fs.stat(uri).then(
        (s) => s.type === vscode.FileType.File,
        () => false,
      );
      if (generation !== this.#generation) return; // everything is being read again
      if (exists && (this.#listed.has(key) || (await joinsWorkspaceFiles(uri, this.#deps)))) {
        this.#listed.add(key);
        this.#read(uri);
      } else {
        this.#listed.delete(key);
        this.#records.forget(key);
      }
    }
    this.#relink();
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#generation++;
    for (const d of this.#disposables) d.dispose();
  }
}

/** The settings that decide which files are read, and how much of each, as one string. */
function listingKey(settings: Settings): string {
  const { languages, exclude, maxFileSizeKb } = settings.current;
  return JSON.stringify([languages, exclude, maxFileSizeKb]);
}
