import * as vscode from 'vscode';
import { HOVER_COMMANDS } from './commands.js';
import { toVscodeRange } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';
import { isEditable } from './documents.js';
import { findingHoverMarkdown } from './hoverText.js';
import type { Settings } from './settings.js';

/**
 * Hover on a flagged field: a few lines from hoverText.ts (headline, contest, evidence,
 * actions), trusted only for the commands in HOVER_COMMANDS. The full explanation is one click
 * away ("Explain"), so the box never scrolls.
 */
export class PilensHoverProvider implements vscode.HoverProvider {
  readonly #scanner: DocumentScanner;
  readonly #settings: Settings;

  constructor(scanner: DocumentScanner, settings: Settings) {
    this.#scanner = scanner;
    this.#settings = settings;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.#scanner.scan(document);
    const findings = result?.findings.filter((f) => toVscodeRange(f.range).contains(position)) ?? [];
    const first = findings[0];
    if (first === undefined) return undefined;
    const options = {
      locale: this.#settings.locale,
      reading: this.#scanner.readingFor(document.uri),
      uri: document.uri.toString(),
      editable: isEditable(document),
    };
    const contents = findings.map((finding) => {
      const md = new vscode.MarkdownString(findingHoverMarkdown(finding, options), true);
      md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      md.supportHtml = false;
      return md;
    });
    return new vscode.Hover(contents, toVscodeRange(first.range));
  }
}
