// Reviewers read code in diff editors and pull-request views, not only in files on disk; and
// an invalid .pilens.json must be reported once, precisely, while the defaults keep working.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCategory, fixtureUri, hoverText, openFixture, positionOf, waitFor } from './helpers.js';

suite('editor: review schemes', () => {
  test('the PR side of a diff editor (pr: scheme) gets diagnostics and a read-only hover', async () => {
    const base = fixtureUri('editor/patient.sql');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(base));
    // The pull request adds a phone column; the test plays the GitHub Pull Requests extension.
    const changed = original.replace(
      '  created_at',
      "  lxdh          VARCHAR(20) COMMENT '联系电话',\n  created_at",
    );
    const provider = vscode.workspace.registerTextDocumentContentProvider('pr', {
      provideTextDocumentContent: () => changed,
    });
    try {
      const head = vscode.Uri.from({
        scheme: 'pr',
        path: '/editor/patient.sql',
        query: JSON.stringify({ pr: 1, side: 'head' }),
      });
      await vscode.commands.executeCommand('vscode.diff', base, head, 'patient.sql (PR #1)');
      const document = await vscode.workspace.openTextDocument(head);
      assert.equal(document.languageId, 'sql');
      const lxdh = await waitFor('a pilens diagnostic on lxdh in the pr: document', () =>
        vscode.languages
          .getDiagnostics(head)
          .find((d) => d.source === 'pilens' && document.getText(d.range) === 'lxdh'),
      );
      assert.equal(diagnosticCategory(lxdh), 'contact');

      const text = await hoverText(head, positionOf(document, 'lxdh').translate(0, 1));
      assert.ok(text.includes('contact') && text.includes('5,000'), text);
      // The PR view is read-only: no links that would try to edit it.
      assert.ok(!text.includes('command:pilens.annotate'), 'no annotate link on a read-only document');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        head,
        lxdh.range,
      );
      assert.ok(
        !actions.some((a) => /@pi |pilens-disable/.test(a.title)),
        actions.map((a) => a.title).join(' | '),
      );
    } finally {
      provider.dispose();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('a pr: document open only in the background (as Git opens copies for change markers) gets no diagnostics, yet hovers', async () => {
    const content = "CREATE TABLE t (\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n";
    const provider = vscode.workspace.registerTextDocumentContentProvider('pr', {
      provideTextDocumentContent: () => content,
    });
    try {
      const hidden = await vscode.workspace.openTextDocument(
        vscode.Uri.from({ scheme: 'pr', path: '/background/t.sql' }),
      );
      // Scheduled after the hidden one: once its diagnostics are in, the hidden run has happened.
      const shown = await vscode.workspace.openTextDocument({ language: 'sql', content });
      await waitFor('diagnostics on the untitled copy', () =>
        vscode.languages.getDiagnostics(shown.uri).some((d) => d.source === 'pilens') ? true : undefined,
      );
      assert.deepEqual(vscode.languages.getDiagnostics(hidden.uri), []);
      const text = await hoverText(hidden.uri, positionOf(hidden, 'sfzh').translate(0, 1));
      assert.ok(text.includes('id_number'), text);
    } finally {
      provider.dispose();
    }
  });
});

suite('editor: .pilens.json', () => {
  test('an invalid config gets exactly one diagnostic at the offending value', async () => {
    await openFixture('editor/bad-config/contact.sql');
    const configUri = fixtureUri('editor/bad-config/.pilens.json');
    const diagnostics = await waitFor('a diagnostic on the invalid .pilens.json', () => {
      const found = vscode.languages.getDiagnostics(configUri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(diagnostics.length, 1);
    const [problem] = diagnostics;
    assert.ok(problem);
    assert.equal(problem.source, 'pilens');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    const config = await vscode.workspace.openTextDocument(configUri);
    assert.equal(config.getText(problem.range), '"not_a_category"', problem.message);
  });

  test('defaults keep working next to the invalid config', async () => {
    const { document } = await openFixture('editor/bad-config/contact.sql');
    const sfzh = await waitFor('sfzh flagged with the default vocabulary', () =>
      vscode.languages
        .getDiagnostics(document.uri)
        .find((d) => d.source === 'pilens' && document.getText(d.range) === 'sfzh'),
    );
    assert.equal(diagnosticCategory(sfzh), 'id_number');
  });
});
