import * as vscode from 'vscode';
import type { ReportedFlow } from '../../core/report/flows.js';
import { toReportedFindings } from '../../core/report/toReportedFindings.js';
import { scanText, type ScanOptions, type WorkspaceContext } from '../../core/scan/index.js';
import type { Finding } from '../../core/types.js';
import { documentFlows } from '../../shared/shownFlows.js';
import { readTextFile } from '../../node/readText.js';
import type { ConfigStore } from '../config.js';
import type { DocumentScanner } from '../documentScanner.js';
import type { Settings } from '../settings.js';
import type { InventoryFile } from './inventoryModel.js';
import type { WorkspaceLinks } from '../workspaceLinks.js';
import { joinsWorkspaceFiles, languageExtensions, listWorkspaceFiles } from '../workspaceFiles.js';

/** Files scanned between yields to the extension host's event loop. */
const BATCH = 25;
/** Changes arriving within this window are applied together. */
const CHANGE_DELAY_MS = 300;

interface Cached extends InventoryFile {
  /** Disk mtime and size when scanned; an open dirty document uses its version instead. */
  readonly stamp: string;
}

export interface InventoryDeps {
  readonly settings: Settings;
  readonly configs: ConfigStore;
  readonly scanner: DocumentScanner;
  readonly links: WorkspaceLinks;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Every PI declaration in the workspace, and where the PI of each code file goes (its flows,
 * for the data map), cached per file by mtime (or document version for unsaved editors). The first build lists and scans everything; afterwards saves, creations,
 * deletions and renames re-scan only the files concerned.
 */
export class InventoryIndex implements vscode.Disposable {
  readonly #files = new Map<string, Cached>();
  readonly #changed = new vscode.EventEmitter<void>();
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly #pending = new Set<string>();
  readonly #deps: InventoryDeps;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #build: Promise<void> | undefined;
  #generation = 0;
  /**
   * What the workspace's records say of each other (issue 9), as the editor's scans read them:
   * when the links change, everything is scanned again.
   */
  #workspace: WorkspaceContext | undefined;
  /** Fires after the inventory changed. */
  readonly onDidChange = this.#changed.event;

  constructor(deps: InventoryDeps) {
    this.#deps = deps;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.#disposables.push(
      watcher,
      watcher.onDidCreate((uri) => {
        this.#queue(uri);
      }),
      watcher.onDidChange((uri) => {
        this.#queue(uri);
      }),
      watcher.onDidDelete((uri) => {
        this.#queue(uri);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        this.#queue(d.uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) {
          this.#queue(f.oldUri);
          this.#queue(f.newUri);
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.rebuild();
      }),
      deps.settings.onDidChange(() => {
        this.rebuild();
      }),
      deps.configs.onDidChange(() => {
        this.rebuild();
      }),
      deps.links.onDidChange(() => {
        this.rebuild();
      }),
      this.#changed,
    );
  }

  get loaded(): boolean {
    return this.#build !== undefined;
  }

  /** Builds the inventory once (the view asks when first shown); later calls wait for it. */
  async ready(): Promise<void> {
    let build = (this.#build ??= this.#buildAll());
    // A rebuild while waiting (settings or configs loaded at start-up) ends the awaited build
    // early and starts another: wait for the build in force, or a command reads a partial index.
    for (;;) {
      await build;
      const current = this.#current();
      if (current === undefined || current === build) return;
      build = current;
    }
  }

  /** The build in force (a method, so the compiler does not narrow it across an await). */
  #current(): Promise<void> | undefined {
    return this.#build;
  }

  /** Forgets everything and builds again (settings, configs or folders changed). */
  rebuild(): void {
    if (this.#build === undefined) return; // never shown: nothing to refresh
    this.#generation++;
    this.#build = this.#buildAll();
  }

  files(): InventoryFile[] {
    return [...this.#files.values()].filter((f) => f.findings.length > 0);
  }

  /** The files whose personal information reaches a sink. */
  flowFiles(): InventoryFile[] {
    return [...this.#files.values()].filter((f) => (f.flows?.length ?? 0) > 0);
  }

  get fileCount(): number {
    return this.#files.size;
  }

  async #buildAll(): Promise<void> {
    const generation = this.#generation;
    await this.#deps.configs.ready;
    const uris = await listWorkspaceFiles(this.#deps);
    const keep = new Set(uris.map((u) => u.toString()));
    for (const key of [...this.#files.keys()]) if (!keep.has(key)) this.#files.delete(key);
    const workspace = await this.#deps.links.ready();
    if (generation !== this.#generation) return;
    // Other links may change any file's verdicts: scan everything again, whatever its stamp.
    if (workspace !== this.#workspace) this.#files.clear();
    this.#workspace = workspace;
    for (let i = 0; i < uris.length; i += BATCH) {
      if (generation !== this.#generation) return;
      await Promise.all(uris.slice(i, i + BATCH).map((uri) => this.#refresh(uri)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#deps.log.info(
      `PI inventory: ${uris.length} files read, ${this.files().length} with personal-information fields`,
    );
    this.#changed.fire();
  }

  #queue(uri: vscode.Uri): void {
    if (this.#build === undefined || uri.scheme !== 'file') return;
    if (uri.path.endsWith('/.gitignore')) {
      this.rebuild();
      return;
    }
    // Cheap checks first: an `npm install` must not cost one file search per new file.
    if (/\/(node_modules|\.git)\//.test(uri.path) && !this.#files.has(uri.toString())) return;
    const ext = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
    if (
      !this.#files.has(uri.toString()) &&
      !languageExtensions(this.#deps.settings.current.languages).has(ext)
    )
      return;
    this.#pending.add(uri.toString());
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#applyPending(), CHANGE_DELAY_MS);
  }

  async #applyPending(): Promise<void> {
    this.#timer = undefined;
    if (this.#build !== undefined) await this.#build;
    const uris = [...this.#pending].map((s) => vscode.Uri.parse(s));
    this.#pending.clear();
    let changed = false;
    for (const uri of uris) changed = (await this.#update(uri)) || changed;
    if (changed) this.#changed.fire();
  }

  /** Re-reads one changed path; true when the inventory changed. */
  async #update(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    const exists = await vscode.workspace.fs.stat(uri).then(
      (s) => s.type === vscode.FileType.File,
      () => false,
    );
    if (!exists || !(await this.#included(uri))) return this.#files.delete(key);
    const before = this.#files.get(key);
    await this.#refresh(uri);
    return this.#files.get(key) !== before;
  }

  /** Whether a file not yet listed belongs in the inventory (a creation or a rename target). */
  async #included(uri: vscode.Uri): Promise<boolean> {
    return this.#files.has(uri.toString()) || (await joinsWorkspaceFiles(uri, this.#deps));
  }

  /** Scans one file unless its cached entry is current. */
  async #refresh(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (open?.isDirty === true) {
        const stamp = `v${open.version}`;
        if (this.#files.get(key)?.stamp === stamp) return;
        const { scanner } = this.#deps;
        this.#store(uri, stamp, open.getText(), scanner.scan(open)?.findings, scanner.flows(open));
        return;
      }
      const stat = await vscode.workspace.fs.stat(uri);
      const stamp = `${stat.mtime}:${stat.size}`;
      if (this.#files.get(key)?.stamp === stamp) return;
      const read = readTextFile(uri.fsPath, this.#deps.settings.current.maxFileSizeKb * 1024);
      if (read.kind !== 'text') {
        this.#files.set(key, { uri: key, file: this.#relative(uri), findings: [], stamp });
        return;
      }
      const { findings, flows } = this.#scan(uri, read.text);
      this.#store(uri, stamp, read.text, findings, flows);
    } catch (error) {
      this.#deps.log.warn(`PI inventory: could not read ${uri.toString(true)}`, error);
      this.#files.delete(key);
    }
  }

  #scan(uri: vscode.Uri, text: string): { findings: readonly Finding[]; flows: readonly ReportedFlow[] } {
    const options: ScanOptions = {
      config: this.#deps.configs.configFor(uri),
      // The editor's rule (config first, then the setting), so the tree and the squiggles agree.
      contestedReading: this.#deps.scanner.readingFor(uri),
      includeUsages: false,
      ...(this.#workspace !== undefined ? { workspace: this.#workspace } : {}),
    };
    try {
      const path = this.#deps.configs.sourcePathFor(uri);
      const result = scanText(text, { path }, options);
      // The editor's flows for the same file: its setting, the scan's tree walked again.
      return {
        findings: result.findings,
        flows: documentFlows(text, path, result, this.#deps.settings.current),
      };
    } catch (error) {
      this.#deps.log.error(`PI inventory: scanning ${uri.toString(true)} failed`, error);
      return { findings: [], flows: [] };
    }
  }

  #store(
    uri: vscode.Uri,
    stamp: string,
    text: string,
    findings: readonly Finding[] | undefined,
    flows: readonly ReportedFlow[],
  ): void {
    const file = this.#relative(uri);
    // Declarations only: the inventory records where PI is kept, not every place it is read.
    const declared = (findings ?? []).filter((f) => f.role === 'declaration');
    this.#files.set(uri.toString(), {
      uri: uri.toString(),
      file,
      findings: toReportedFindings(file, text, declared),
      // Shown under the workspace-relative path, like the fields.
      flows: flows.map((f) => ({ ...f, file, path: f.path.map((s) => ({ ...s, file })) })),
      stamp,
    });
  }

  #relative(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#generation++;
    for (const d of this.#disposables) d.dispose();
  }
}
