import * as vscode from 'vscode';
import { annotationEdit } from './annotationEdits.js';
import { fileDirectiveLine, type AnnotationRequest } from '../core/edit/annotationText.js';
import { categoryOf, toVscodeRange } from './convert.js';
import { decisionActions } from './decisionActions.js';
import type { DocumentScanner } from './documentScanner.js';
import { isEditable } from './documents.js';

/** The documentation link a pilens diagnostic carries in its code (categories.md at the line). */
function docsOf(diagnostic: vscode.Diagnostic): vscode.Uri | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code.target instanceof vscode.Uri ? code.target : undefined;
}

/**
 * Quick fixes on pilens diagnostics: confirm the category (`@pi <key>`, preferred: it keeps
 * the finding, makes it authoritative and acknowledged), mark not PI, ignore the line or the
 * category in the whole file, record that the field is anonymised or de-identified, record a
 * team decision in `.pilens.json`, and open the category's documentation. Other extensions'
 * diagnostics are left alone.
 */
export class PilensCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  readonly #scanner: DocumentScanner;

  constructor(scanner: DocumentScanner) {
    this.#scanner = scanner;
  }

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    // Two findings on one line (or one category twice in a file) would otherwise offer an action twice.
    const offered = new Set<string>();
    const once = (key: string): boolean => {
      if (offered.has(key)) return false;
      offered.add(key);
      return true;
    };
    const editable = isEditable(document);
    for (const diagnostic of context.diagnostics) {
      const category = categoryOf(diagnostic);
      if (category === undefined) continue;
      const line = diagnostic.range.start.line;
      const offer = (title: string, request: AnnotationRequest, at = line, preferred = false): void => {
        if (!editable || !once(`${at}\u0000${title}`)) return;
        const edit = annotationEdit(document, at, request);
        if (edit === undefined) return;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        // Exactly one preferred fix in the list, whatever the number of diagnostics.
        action.isPreferred = preferred && !actions.some((a) => a.isPreferred === true);
        actions.push(action);
      };
      offer(vscode.l10n.t('Annotate as {0} (@pi {0})', category), { kind: 'category', category }, line, true);
      offer(vscode.l10n.t('Mark as not personal information (@pi none)'), { kind: 'none' });
      offer(vscode.l10n.t('Ignore {0} on this line (pilens-disable-next-line)', category), {
        kind: 'ignore',
        category,
      });
      const top = fileDirectiveLine([
        document.lineAt(0).text,
        document.lineCount > 1 ? document.lineAt(1).text : '',
      ]);
      offer(
        vscode.l10n.t('Ignore {0} in this file (pilens-disable)', category),
        { kind: 'ignoreFile', category },
        top,
      );
      offer(vscode.l10n.t('Mark as anonymised (@pi anonymized)'), { kind: 'anonymized' });
      offer(vscode.l10n.t('Mark as de-identified, still PI (@pi deidentified)'), { kind: 'deidentified' });
      // The cached scan behind the diagnostic (same version), for the owner and field names.
      const finding = this.#scanner
        .scan(document)
        ?.findings.find((f) => f.category === category && toVscodeRange(f.range).isEqual(diagnostic.range));
      if (finding !== undefined && once(`decision\u0000${finding.owner ?? ''}\u0000${finding.field}`))
        actions.push(...decisionActions(document, diagnostic, finding));
      const docs = docsOf(diagnostic);
      if (docs !== undefined && once(`docs\u0000${category}`)) {
        const title = vscode.l10n.t('Show documentation for {0}', category);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'vscode.open', title, arguments: [docs] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}
