import * as vscode from 'vscode';
import { decisionTarget } from '../core/scan/decisions.js';
import type { Finding } from '../core/types.js';
import { COMMANDS } from './commands.js';

/**
 * The quick fixes that record a team decision about the finding in `.pilens.json` (not PI, or
 * a category picked from a list), so the CLI and CI apply it too. None when the field's names
 * were masked (they hold a personal value and never go into the shared file). They write
 * another file, so a read-only view (a diff, a pull request) offers them as well.
 */
export function decisionActions(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  finding: Finding,
): vscode.CodeAction[] {
  const target = decisionTarget(finding);
  if (target === undefined) return [];
  const name = target.owner === '*' ? target.field : `${target.owner}.${target.field}`;
  const at = [document.uri.toString(), finding.range.start.line, finding.range.start.character];
  const action = (title: string, category?: string): vscode.CodeAction => {
    const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    fix.command = {
      command: COMMANDS.recordDecision,
      title,
      arguments: category === undefined ? at : [...at, category],
    };
    fix.diagnostics = [diagnostic];
    return fix;
  };
  return [
    action(
      vscode.l10n.t('Record for the team in .pilens.json: {0} is not personal information', name),
      'none',
    ),
    action(vscode.l10n.t('Record for the team in .pilens.json: {0} is a category…', name)),
  ];
}
