import * as vscode from 'vscode';
import { HOVER_COMMANDS } from './commands.js';
import { toVscodeRange } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';
import { isEditable } from './documents.js';
import { findingHoverMarkdown } from './hoverText.js';
import { flowHoverMarkdown } from '../shared/flowText.js';
import { rangeHolds, sinkRange } from '../shared/shownFlows.js';
import type { Settings } from './settings.js';

/**
 * Hover on a flagged field: a few lines from hoverText.ts (headline, contest, evidence,
 * actions), trusted only for the commands in HOVER_COMMANDS. The full explanation is one click
 * away ("Explain"), so the box never scrolls. On a sink that personal information reaches, the
 * flow's hover (flowText.ts): the path and the legal meaning, untrusted (it has no commands).
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
    const sinks = this.#flowHover(document, position);
    const first = findings[0];
    if (first === undefined) return sinks;
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
    return new vscode.Hover([...contents, ...(sinks?.contents ?? [])], toVscodeRange(first.range));
  }

  /** At a sink: what reaches it, the path (each step's line opens it) and the legal meaning. */
  #flowHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const line = document.lineAt(position.line).text;
    const here = this.#scanner
      .flows(document)
      .map((flow) => ({ flow, range: sinkRange(flow, line) }))
      .filter(
        (f) => f.flow.line - 1 === position.line && rangeHolds(f.range, position.line, position.character),
      );
    const first = here[0];
    if (first === undefined) return undefined;
    // A link to a line of a saved file opens it there; other schemes have no such link.
    const stepLink =
      document.uri.scheme === 'file'
        ? (step: { line: number; column: number }): string =>
            document.uri.with({ fragment: `L${String(step.line)},${String(step.column)}` }).toString()
        : undefined;
    const contents = here.map(({ flow }) => {
      const md = new vscode.MarkdownString(
        flowHoverMarkdown(flow, { locale: this.#settings.locale, ...(stepLink ? { stepLink } : {}) }),
        true,
      );
      md.isTrusted = false;
      md.supportHtml = false;
      return md;
    });
    return new vscode.Hover(contents, toVscodeRange(first.range));
  }
}
