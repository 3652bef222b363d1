import * as vscode from 'vscode';
import type { PilensConfig } from '../core/config/schema.js';
import { readConfigText, type ConfigReadResult } from '../shared/configText.js';
import { NearestFiles } from './nearestFiles.js';
import { scanSourcePath } from '../shared/paths.js';

interface LoadedConfig {
  /** Undefined when the file is invalid: defaults apply and one diagnostic says why. */
  readonly config: PilensConfig | undefined;
}

/**
 * Finds and watches every `.pilens.json` in the workspace. The nearest one above a document
 * applies (monorepo packages can carry their own). An invalid file gets exactly one precise
 * diagnostic and is otherwise ignored, so defaults keep working (it still shadows a file
 * further up: its folder is meant to have its own).
 */
export class ConfigStore implements vscode.Disposable {
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('pilens-config');
  readonly #files: NearestFiles<LoadedConfig>;
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly onDidChange: vscode.Event<void>;
  /** Settles once the first search for config files has finished (even if it failed). */
  readonly ready: Promise<void>;

  constructor(log: vscode.LogOutputChannel) {
    this.#files = new NearestFiles<LoadedConfig>({
      fileName: '.pilens.json',
      log,
      parse: (uri, text) => {
        const result = readConfigText(text, vscode.workspace.isTrusted);
        this.#report(uri, result);
        if (result.problem !== undefined)
          log.warn(`${uri.toString(true)} is invalid; defaults apply: ${result.problem.message}`);
        return { config: result.config };
      },
      onDrop: (uri) => {
        this.#diagnostics.delete(uri);
      },
    });
    this.onDidChange = this.#files.onDidChange;
    this.ready = this.#files.ready;
    this.#disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.#validateOpen(e.document);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.#validateOpen(d);
      }),
      // Unsaved edits abandoned on close: the file on disk is what counts again.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.#files.has(d.uri)) void this.#files.reload(d.uri);
      }),
      // Trust decides whether the workspace's patterns are honoured, so every file is re-read.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.#files.reloadAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.#files.reloadAll()),
      this.#files,
      this.#diagnostics,
    );
  }

  /** The parsed config that applies to `uri`, or undefined for defaults. */
  configFor(uri: vscode.Uri): PilensConfig | undefined {
    return this.#files.nearest(uri.path)?.value.config;
  }

  /**
   * The `.pilens.json` that governs `uri` (valid or not), where a decision about it is recorded;
   * undefined when none does.
   */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    return this.#files.nearest(uri.path)?.uri;
  }

  /** Reads one config file again now (pilens just wrote it), without waiting for the watcher. */
  reload(uri: vscode.Uri): Promise<void> {
    return this.#files.reload(uri);
  }

  /**
   * The path `scanText` is given for `uri`: relative to the applying `.pilens.json`'s folder
   * (else the workspace folder), as the CLI gives it, so the config's `ignores` match alike.
   */
  sourcePathFor(uri: vscode.Uri): string {
    const base =
      this.#files.nearest(uri.path)?.folderPath ?? vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
    return scanSourcePath(uri.path, base);
  }

  /** Live feedback while the user edits the file; the scan uses it once saved. */
  #validateOpen(document: vscode.TextDocument): void {
    if (!this.#files.isWatched(document.uri)) return;
    this.#report(document.uri, readConfigText(document.getText(), vscode.workspace.isTrusted));
  }

  #report(uri: vscode.Uri, result: ConfigReadResult): void {
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

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
