// The editor honours `.pilens-baseline.json` written by the CLI: baselined findings become
// hints (or disappear with pilens.baseline.mode = hide) while a new field keeps its severity.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, waitFor } from './helpers.js';

suite('baseline: .pilens-baseline.json in the editor', () => {
  const folder = fixtureUri('baseline-case');
  const file = fixtureUri('baseline-case/people.sql');
  const baselineFile = fixtureUri('baseline-case/.pilens-baseline.json');

  suiteSetup(() => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // Today's findings, recorded by the packaged CLI exactly as a user would.
    execFileSync(process.execPath, [join(extension.extensionPath, 'dist', 'cli.js'), 'baseline'], {
      cwd: folder.fsPath,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: 'ignore',
    });
    const recorded = JSON.parse(readFileSync(baselineFile.fsPath, 'utf8')) as {
      entries: { field: string }[];
    };
    assert.ok(
      recorded.entries.some((e) => e.field === 'sfzh'),
      'the CLI recorded sfzh',
    );
    // A column added after the baseline (above the others: fingerprints ignore line numbers).
    const text = readFileSync(file.fsPath, 'utf8').replace(
      '  sfzh',
      "  sjhm      VARCHAR(11) COMMENT '手机号码',\n  sfzh",
    );
    writeFileSync(file.fsPath, text);
  });

  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('pilens')
      .update('baseline.mode', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(baselineFile).then(undefined, () => undefined);
  });

  function ours(document: vscode.TextDocument, word: string): vscode.Diagnostic | undefined {
    return vscode.languages
      .getDiagnostics(document.uri)
      .find((d) => d.source === 'pilens' && document.getText(d.range) === word);
  }

  test('baselined findings are hints, a new one keeps its severity', async () => {
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const sfzh = await waitFor('sfzh as a hint', () => {
      const d = ours(document, 'sfzh');
      return d?.severity === vscode.DiagnosticSeverity.Hint ? d : undefined;
    });
    assert.equal(sfzh.severity, vscode.DiagnosticSeverity.Hint);
    const sjhm = await waitFor('sjhm flagged', () => ours(document, 'sjhm'));
    assert.notEqual(sjhm.severity, vscode.DiagnosticSeverity.Hint, 'the new column is not baselined');
  });

  test('pilens.baseline.mode = hide removes baselined findings only', async () => {
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.workspace
      .getConfiguration('pilens')
      .update('baseline.mode', 'hide', vscode.ConfigurationTarget.Workspace);
    await waitFor('sfzh hidden', () =>
      ours(document, 'sfzh') === undefined && ours(document, 'sjhm') !== undefined ? true : undefined,
    );
    assert.equal(ours(document, 'jtzz'), undefined);
  });
});
