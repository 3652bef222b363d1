// Quick fixes in a real VS Code: the actions offered on a pilens diagnostic, their edits in
// the language's comment syntax, and the diagnostic going away once the edit is applied.
// member.ts is edited in memory only and reverted after each test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers.js';

const PILENS_ACTION = /@pi |pilens-disable/;

function diagnosticOn(document: vscode.TextDocument, field: string): vscode.Diagnostic | undefined {
  return vscode.languages
    .getDiagnostics(document.uri)
    .find((d) => d.source === 'pilens' && document.getText(d.range) === field);
}

async function quickFixes(
  document: vscode.TextDocument,
  field: string,
): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const diagnostic = await waitFor(`a pilens diagnostic on ${field}`, () => diagnosticOn(document, field));
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // Results cross the API boundary without their diagnostics; ours are known by what they write.
  const actions = all.filter((a) => PILENS_ACTION.test(a.title));
  return { diagnostic, actions };
}

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

suite('editor: code actions', () => {
  test('six quick fixes on a field, exactly one preferred (annotate as the detected category)', async () => {
    const { document } = await openFixture('editor/member.ts');
    const { diagnostic, actions } = await quickFixes(document, 'idCardNo');
    const category = String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
    assert.equal(actions.length, 6, actions.map((a) => a.title).join(' | '));
    const preferred = actions.filter((a) => a.isPreferred === true);
    assert.equal(preferred.length, 1);
    assert.ok(preferred[0]?.title.includes(`@pi ${category}`), preferred[0]?.title);
    for (const marker of ['@pi none', 'pilens-disable-next-line', '@pi anonymized', '@pi deidentified']) {
      assert.ok(
        actions.some((a) => a.title.includes(marker)),
        marker,
      );
    }
  });

  test('"not personal information" inserts // @pi none above the field and the diagnostic goes', async () => {
    const editor = await openFixture('editor/member.ts');
    const { document } = editor;
    try {
      const { diagnostic, actions } = await quickFixes(document, 'mobilePhone');
      const notPi = actions.find((a) => a.title.includes('@pi none'));
      assert.ok(notPi?.edit, 'the action carries an edit');
      assert.ok(await vscode.workspace.applyEdit(notPi.edit));
      assert.equal(document.lineAt(diagnostic.range.start.line).text, '  // @pi none');
      await waitFor('mobilePhone to be no longer flagged', () =>
        diagnosticOn(document, 'mobilePhone') ? undefined : true,
      );
      assert.ok(diagnosticOn(document, 'idCardNo'), 'the other fields stay flagged');
    } finally {
      await revert(editor);
    }
  });

  test('"ignore" inserts a pilens-disable-next-line directive for that category', async () => {
    const editor = await openFixture('editor/member.ts');
    const { document } = editor;
    try {
      const { diagnostic, actions } = await quickFixes(document, 'homeAddress');
      const ignore = actions.find((a) => a.title.includes('pilens-disable-next-line'));
      assert.ok(ignore?.edit);
      assert.ok(await vscode.workspace.applyEdit(ignore.edit));
      const category = String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
      assert.equal(
        document.lineAt(diagnostic.range.start.line).text,
        `  // pilens-disable-next-line ${category}`,
      );
      await waitFor('homeAddress to be no longer flagged', () =>
        diagnosticOn(document, 'homeAddress') ? undefined : true,
      );
    } finally {
      await revert(editor);
    }
  });

  test('the annotate command with arguments (as a hover link passes them) writes the annotation', async () => {
    const editor = await openFixture('editor/member.ts');
    const { document } = editor;
    try {
      const diagnostic = await waitFor('idCardNo flagged', () => diagnosticOn(document, 'idCardNo'));
      const line = diagnostic.range.start.line;
      await vscode.commands.executeCommand('pilens.annotate', document.uri.toString(), line, 'id_number');
      assert.equal(document.lineAt(line).text, '  // @pi id_number');
      // An unknown category from a link is never written into the file.
      await vscode.commands.executeCommand(
        'pilens.ignoreLine',
        document.uri.toString(),
        line + 1,
        'x\n// injected',
      );
      assert.equal(document.lineAt(line + 1).text, '  // pilens-disable-next-line');
    } finally {
      await revert(editor);
    }
  });
});
