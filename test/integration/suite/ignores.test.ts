// `.pilens.json` `ignores` in the editor: patterns are relative to the config's folder, as the
// CLI applies them, so an ignored file gets no diagnostics and no hover while its sibling does,
// and a pattern never matches a folder above the project (see the fixture's comment).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, hoverText, positionOf, waitForPilensDiagnostics } from './helpers.js';

suite('ignores: .pilens.json ignores in the editor', () => {
  const ignored = fixtureUri('ignores-case/generated/people.sql');
  const sibling = fixtureUri('ignores-case/people.sql');

  test('an ignored file gets no diagnostics while its sibling does', async () => {
    const ignoredDocument = await vscode.workspace.openTextDocument(ignored);
    await vscode.window.showTextDocument(ignoredDocument);
    // Opened after the ignored one: once its diagnostics are in, the ignored file's run has happened.
    const siblingDocument = await vscode.workspace.openTextDocument(sibling);
    await vscode.window.showTextDocument(siblingDocument);
    const found = await waitForPilensDiagnostics(sibling);
    assert.ok(
      found.some((d) => siblingDocument.getText(d.range) === 'sfzh'),
      'the sibling is scanned under the same config',
    );
    const ours = vscode.languages.getDiagnostics(ignored).filter((d) => d.source === 'pilens');
    assert.deepEqual(ours, []);
  });

  test('an ignored file gets no hover', async () => {
    const document = await vscode.workspace.openTextDocument(ignored);
    const text = await hoverText(ignored, positionOf(document, 'sfzh').translate(0, 1));
    assert.ok(!text.includes('id_number'), text);
    const siblingDocument = await vscode.workspace.openTextDocument(sibling);
    const siblingText = await hoverText(sibling, positionOf(siblingDocument, 'sfzh').translate(0, 1));
    assert.ok(siblingText.includes('id_number'), siblingText);
  });

  test('the inventory lists the sibling only', async () => {
    const categories =
      await vscode.commands.executeCommand<{ files: { file: string; fields: { field: string }[] }[] }[]>(
        'pilens.showInventory',
      );
    const files = categories.flatMap((c) => c.files.map((f) => f.file));
    assert.ok(files.includes('ignores-case/people.sql'), files.join(', '));
    assert.ok(!files.some((f) => f.startsWith('ignores-case/generated/')), files.join(', '));
  });
});
