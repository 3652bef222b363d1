import * as vscode from 'vscode';
import type { PilensConfig } from '../core/config/schema.js';
import { readConfigText } from './configText.js';

const CONFIG_NAME = '.pilens.json';

interface LoadedConfig {
  /** The folder the file sits in (URI path); it applies to that folder and below. */
  readonly folderPath: string;
  /** Undefined when the file is invalid: defaults apply and one diagnostic says why. */
  readonly config: PilensConfig | undefined;
}

/**
 * Finds and watches every `.pilens.json` in the workspace. The nearest one above a document
 * applies (monorepo packages can carry their own). An invalid file gets exactly one precise
 * diagnostic and is otherwise ignored, so defaults keep working.
 */
export class ConfigStore implements vscode.Disposable {
  readonly #configs = new Map<string, LoadedConfig>();
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('pilens-config');
  readonly #changed = new vscode.EventEmitter<void>();
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly #log: vscode.LogOutputChannel;
  readonly onDidChange = this.#changed.event;
  /** Settles once the first search for config files has finished (even if it failed). */
  readonly ready: Promise<void>;

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_NAME}`);
    this.#disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.#load(uri)),
      watcher.onDidChange((uri) => void this.#load(uri)),
      watcher.onDidDelete((uri) => {
        this.#forget(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.#validateOpen(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.#validateOpen(d);
      }),
      // Unsaved edits abandoned on close: the file on disk is what counts again.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.path.endsWith(`/${CONFIG_NAME}`) && this.#configs.has(d.uri.toString()))
          void this.#load(d.uri);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.#loadAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.#loadAll()),
      this.#diagnostics,
      this.#changed,
    );
    this.ready = this.#loadAll();
  }

  /** The parsed config that applies to `uri`, or undefined for defaults. */
  configFor(uri: vscode.Uri): PilensConfig | undefined {
    let best: LoadedConfig | undefined;
    for (const loaded of this.#configs.values()) {
      const inside = uri.path.startsWith(`${loaded.folderPath}/`);
      if (inside && (best === undefined || loaded.folderPath.length > best.folderPath.length)) best = loaded;
    }
    return best?.config;
  }

  async #loadAll(): Promise<void> {
    try {
      const found = await vscode.workspace.findFiles(`**/${CONFIG_NAME}`, '**/node_modules/**', 100);
      this.#configs.clear();
      await Promise.all(found.map((uri) => this.#load(uri, false)));
    } catch (error) {
      this.#log.error('Searching for .pilens.json failed', error);
    }
    this.#changed.fire();
  }

  async #load(uri: vscode.Uri, announce = true): Promise<void> {
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      this.#apply(uri, text);
    } catch (error) {
      this.#log.warn(`Could not read ${uri.toString(true)}`, error);
      this.#forget(uri, false);
    }
    if (announce) this.#changed.fire();
  }

  /** Live feedback while the user edits the file; the scan uses it once saved. */
  #validateOpen(document: vscode.TextDocument): void {
    if (!document.uri.path.endsWith(`/${CONFIG_NAME}`)) return;
    this.#report(document.uri, readConfigText(document.getText(), vscode.workspace.isTrusted));
  }

  #apply(uri: vscode.Uri, text: string): void {
    const result = readConfigText(text, vscode.workspace.isTrusted);
    this.#report(uri, result);
    const folderPath = uri.path.slice(0, uri.path.lastIndexOf('/'));
    this.#configs.set(uri.toString(), { folderPath, config: result.config });
    if (result.problem !== undefined)
      this.#log.warn(`${uri.toString(true)} is invalid; defaults apply: ${result.problem.message}`);
  }

  #report(uri: vscode.Uri, result: ReturnType<typeof readConfigText>): void {
    if (result.problem === undefined) {
      this.#diagnostics.delete(uri);
      return;
    }
    const { start, end } = result.problem.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const diagnostic = new vscode.Diagnostic(range, result.problem.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'pilens';
    diagnostic.code = 'config';
    this.#diagnostics.set(uri, [diagnostic]);
  }

  #forget(uri: vscode.Uri, announce = true): void {
    this.#configs.delete(uri.toString());
    this.#diagnostics.delete(uri);
    if (announce) this.#changed.fire();
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
