// Smoke tests: the packaged extension is installed, activates on a SQL file, and publishes
// diagnostics from source `pilens` for a table with an ID-card column.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor, waitForPilensDiagnostics } from './helpers.js';

suite('smoke', () => {
  test('runs in a real VS Code and the packaged extension is installed', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.equal(extension.packageJSON.publisher, 'pilens');
  });

  test('activates when a SQL file opens', async () => {
    const editor = await openFixture('users.sql');
    assert.equal(editor.document.languageId, 'sql');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await waitFor(`${EXTENSION_ID} to activate`, () => (extension.isActive ? true : undefined));
  });

  test('users.sql gets diagnostics from source pilens', async () => {
    const editor = await openFixture('users.sql');
    const diagnostics = await waitForPilensDiagnostics(editor.document.uri);
    assert.ok(diagnostics.every((d) => d.source === 'pilens'));
    const flagged = diagnostics.map((d) => editor.document.getText(d.range));
    assert.ok(flagged.includes('sfzh'), `sfzh should be flagged; flagged: ${flagged.join(', ')}`);
  });
});
