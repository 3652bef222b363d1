/**
 * Quick fixes on the server's own diagnostics, as workspace edits (no client command needed):
 * confirm the category (`@pi <key>`, preferred), mark not PI, ignore the line or the category in
 * the file, mark anonymised or de-identified. The inserted lines come from the core, the same
 * text the VS Code extension inserts. Languages without comments (JSON, CSV) get none.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { annotationLine, fileDirectiveLine, type AnnotationRequest } from '../core/edit/annotationText.js';
import type { Locale } from '../core/law/index.js';
import { uiText } from '../shared/uiText.js';
import { isFlowCode } from '../shared/shownFlows.js';
import { DIAGNOSTIC_SOURCE } from './toDiagnostics.js';

/** The text of a 0-based line of a document, without its line break. */
export function lineText(document: TextDocument, line: number): string {
  return document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
}

function eolOf(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** The quick fixes for `diagnostics` (anyone's; only pilens's are answered) in `document`. */
export function codeActionsFor(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): CodeAction[] {
  const l10n = uiText(locale);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  const eol = eolOf(document);
  for (const diagnostic of diagnostics) {
    if (
      diagnostic.source !== DIAGNOSTIC_SOURCE ||
      typeof diagnostic.code !== 'string' ||
      isFlowCode(diagnostic.code)
    )
      continue;
    const category = diagnostic.code;
    const line = diagnostic.range.start.line;
    const offer = (title: string, request: AnnotationRequest, at = line, preferred = false): void => {
      const key = `${at}\u0000${title}`;
      if (at < 0 || at >= document.lineCount || offered.has(key)) return;
      const text = annotationLine(document.languageId, lineText(document, at), request, eol);
      if (text === undefined) return;
      offered.add(key);
      const position = { line: at, character: 0 };
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: preferred && !actions.some((a) => a.isPreferred === true),
        edit: { changes: { [document.uri]: [{ range: { start: position, end: position }, newText: text }] } },
      });
    };
    offer(l10n.t('Annotate as {0} (@pi {0})', category), { kind: 'category', category }, line, true);
    offer(l10n.t('Mark as not personal information (@pi none)'), { kind: 'none' });
    offer(l10n.t('Ignore {0} on this line (pilens-disable-next-line)', category), {
      kind: 'ignore',
      category,
    });
    const top = fileDirectiveLine([
      lineText(document, 0),
      document.lineCount > 1 ? lineText(document, 1) : '',
    ]);
    offer(
      l10n.t('Ignore {0} in this file (pilens-disable)', category),
      { kind: 'ignoreFile', category },
      top,
    );
    offer(l10n.t('Mark as anonymised (@pi anonymized)'), { kind: 'anonymized' });
    offer(l10n.t('Mark as de-identified, still PI (@pi deidentified)'), { kind: 'deidentified' });
  }
  return actions;
}
