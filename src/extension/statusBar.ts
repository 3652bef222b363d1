import * as vscode from 'vscode';
import type { LegalClass } from '../core/types.js';
import { COMMANDS } from './commands.js';
import type { DocumentScanner } from './documentScanner.js';
import type { Settings } from './settings.js';
import { statusText } from './statusText.js';

/**
 * The count of personal-information fields declared in the active file, by threshold class.
 * Reads the scanner's cache (filled by the diagnostics run) and never scans on its own.
 */
export class PiStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('pilens.fields', vscode.StatusBarAlignment.Right, 100);
  readonly #scanner: DocumentScanner;
  readonly #settings: Settings;
  readonly #subscriptions: vscode.Disposable[];

  constructor(scanner: DocumentScanner, settings: Settings, onDidUpdate: vscode.Event<vscode.Uri>) {
    this.#scanner = scanner;
    this.#settings = settings;
    this.#item.name = vscode.l10n.t('PI Lens fields');
    this.#item.command = COMMANDS.showInventory;
    this.#subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.refresh();
      }),
      onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
      }),
    ];
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document === undefined ? undefined : this.#scanner.peek(document);
    if (result === undefined) {
      this.#item.hide();
      return;
    }
    const counts: Record<LegalClass, number> = { A: 0, B: 0, C: 0 };
    let usages = 0;
    for (const finding of result.findings) {
      if (finding.role === 'usage') usages++;
      else counts[finding.class]++;
    }
    const shown = statusText({ byClass: counts, usages }, this.#settings.locale);
    this.#item.text = shown.text;
    this.#item.tooltip = new vscode.MarkdownString(shown.tooltip);
    this.#item.show();
  }

  dispose(): void {
    for (const s of this.#subscriptions) s.dispose();
    this.#item.dispose();
  }
}
