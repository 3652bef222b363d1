import * as vscode from 'vscode';
import { annotationEdit } from './annotationEdits.js';
import type { AnnotationRequest } from './annotationText.js';
import { categoryOf } from './convert.js';
import { isEditable } from './documents.js';

/**
 * Quick fixes on pilens diagnostics: confirm the category (`@pi <key>`, preferred: it keeps
 * the finding and makes it authoritative), mark not PI, ignore the line, or record that the
 * field is anonymised or de-identified. Other extensions' diagnostics are left alone.
 */
export class PilensCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isEditable(document)) return [];
    const actions: vscode.CodeAction[] = [];
    // Two findings on one line would otherwise offer the same edit twice.
    const offered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const category = categoryOf(diagnostic);
      if (category === undefined) continue;
      const line = diagnostic.range.start.line;
      const offer = (title: string, request: AnnotationRequest, preferred = false): void => {
        const key = `${line}\u0000${title}`;
        if (offered.has(key)) return;
        offered.add(key);
        const edit = annotationEdit(document, line, request);
        if (edit === undefined) return;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        // Exactly one preferred fix in the list, whatever the number of diagnostics.
        action.isPreferred = preferred && !actions.some((a) => a.isPreferred === true);
        actions.push(action);
      };
      offer(vscode.l10n.t('Annotate as {0} (@pi {0})', category), { kind: 'category', category }, true);
      offer(vscode.l10n.t('Mark as not personal information (@pi none)'), { kind: 'none' });
      offer(vscode.l10n.t('Ignore {0} on this line (pilens-disable-next-line)', category), {
        kind: 'ignore',
        category,
      });
      offer(vscode.l10n.t('Mark as anonymised (@pi anonymized)'), { kind: 'anonymized' });
      offer(vscode.l10n.t('Mark as de-identified, still PI (@pi deidentified)'), { kind: 'deidentified' });
    }
    return actions;
  }
}
