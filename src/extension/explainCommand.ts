import * as vscode from 'vscode';
import type { Finding } from '../core/types.js';
import { COMMANDS } from './commands.js';
import { findingAt, toVscodeRange } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';

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

/**
 * "Why was this flagged?": moves to the finding under the cursor (or one picked from the
 * file) and opens its hover, which carries the legal explanation and the evidence.
 */
export function registerExplainCommand(scanner: DocumentScanner): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.explainFinding, async () => {
    const editor = vscode.window.activeTextEditor;
    const findings = editor === undefined ? undefined : scanner.scan(editor.document)?.findings;
    if (editor === undefined || findings === undefined || findings.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('PI Lens found no personal-information fields here.'),
      );
      return;
    }
    const finding = await chooseFinding(findings, editor.selection.active);
    if (finding === undefined) return;
    const range = toVscodeRange(finding.range);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('editor.action.showHover');
  });
}
