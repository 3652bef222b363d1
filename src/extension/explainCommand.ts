import * as vscode from 'vscode';
import type { Finding } from '../core/types.js';
import { COMMANDS } from './commands.js';
import { findingAt, toVscodeRange } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';
import { explanationMarkdown } from '../shared/explanationText.js';
import type { Settings } from './settings.js';

/** The scheme of the read-only explanation documents. */
const EXPLANATION_SCHEME = 'pilens-explanation';
/** Explanations kept for reopening (a preview re-reads its document); older ones are dropped. */
const MAX_EXPLANATIONS = 16;

/** Holds the explanation texts the Markdown preview reads back by URI. */
class Explanations implements vscode.TextDocumentContentProvider {
  readonly #texts = new Map<string, string>();
  #next = 0;

  add(field: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({
      scheme: EXPLANATION_SCHEME,
      path: `/${field.replace(/[^\p{L}\p{N}_.-]+/gu, '_') || 'field'}.md`,
      query: String(this.#next++),
    });
    this.#texts.set(uri.toString(), text);
    for (const oldest of this.#texts.keys()) {
      if (this.#texts.size <= MAX_EXPLANATIONS) break;
      this.#texts.delete(oldest);
    }
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#texts.get(uri.toString()) ?? '';
  }
}

async function chooseFinding(
  findings: readonly Finding[],
  cursor: vscode.Position,
): Promise<Finding | undefined> {
  const here = findingAt(findings, cursor) ?? findings.find((f) => f.range.start.line === cursor.line);
  if (here !== undefined) return here;
  const items = findings.map((finding) => ({
    label: finding.field,
    description: finding.category,
    detail: vscode.l10n.t('line {0}', finding.range.start.line + 1),
    finding,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Which finding should be explained?'),
  });
  return picked?.finding;
}

/** `(uri, line, character)` from a hover link, or the active editor's cursor from the palette. */
async function target(
  args: readonly unknown[],
): Promise<{ document: vscode.TextDocument; position: vscode.Position } | undefined> {
  const [uri, line, character] = args;
  if (typeof uri === 'string' && typeof line === 'number') {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
    return { document, position: new vscode.Position(line, typeof character === 'number' ? character : 0) };
  }
  const editor = vscode.window.activeTextEditor;
  return editor === undefined ? undefined : { document: editor.document, position: editor.selection.active };
}

/**
 * "Explain": the full explanation of the finding under the cursor (or picked from the file, or
 * named by a hover link) in a Markdown preview beside the editor. Resolves with the Markdown,
 * which tests read.
 */
export function registerExplainCommand(scanner: DocumentScanner, settings: Settings): vscode.Disposable[] {
  const explanations = new Explanations();
  return [
    vscode.workspace.registerTextDocumentContentProvider(EXPLANATION_SCHEME, explanations),
    vscode.commands.registerCommand(COMMANDS.explainFinding, async (...args: unknown[]) => {
      const at = await target(args);
      const findings = at === undefined ? undefined : scanner.scan(at.document)?.findings;
      if (at === undefined || findings === undefined || findings.length === 0) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('PI Lens found no personal-information fields here.'),
        );
        return undefined;
      }
      const finding = await chooseFinding(findings, at.position);
      if (finding === undefined) return undefined;
      const text = explanationMarkdown(finding, {
        locale: settings.locale,
        reading: scanner.readingFor(at.document.uri),
      });
      const uri = explanations.add(finding.field, text);
      try {
        await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      } catch {
        // Without the built-in Markdown extension the source is still readable.
        await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      }
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === at.document);
      if (editor !== undefined) editor.revealRange(toVscodeRange(finding.range));
      return text;
    }),
  ];
}
