// The editor in a real VS Code: diagnostics on fixture files (ranges, severities by class,
// codes linked to docs), hovers with the legal explanation, settings re-read live, and the
// file-size cap. Fixtures: test/fixtures/workspace/editor/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCategory, hoverText, openFixture, positionOf, waitFor } from './helpers.js';

/** Our diagnostics on `uri`, keyed by the text they cover, once `expected` fields are all there. */
function flaggedFields(
  document: vscode.TextDocument,
  expected: readonly string[],
): Promise<Map<string, vscode.Diagnostic>> {
  return waitFor(`pilens diagnostics on ${expected.join(', ')}`, () => {
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'pilens');
    const byField = new Map(ours.map((d) => [document.getText(d.range), d]));
    return expected.every((field) => byField.has(field)) ? byField : undefined;
  });
}

async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('pilens');
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

suite('editor: diagnostics', () => {
  test('patient.sql: one diagnostic per PI column, exact ranges, severity by class', async () => {
    const { document } = await openFixture('editor/patient.sql');
    const byField = await flaggedFields(document, ['sfzh', 'credit_report', 'diagnosis']);
    const expectations: [string, string, vscode.DiagnosticSeverity][] = [
      // Resident-ID information is class B under the strict reading (Guiding Case 193).
      ['sfzh', 'id_number', vscode.DiagnosticSeverity.Warning],
      ['credit_report', 'credit', vscode.DiagnosticSeverity.Warning],
      ['diagnosis', 'health', vscode.DiagnosticSeverity.Warning],
    ];
    for (const [field, category, severity] of expectations) {
      const diagnostic = byField.get(field);
      assert.ok(diagnostic, field);
      assert.equal(diagnosticCategory(diagnostic), category, field);
      assert.equal(diagnostic.severity, severity, field);
      assert.ok(
        diagnostic.range.start.isEqual(positionOf(document, `  ${field}`).translate(0, 2)),
        `${field} range`,
      );
      assert.ok(
        diagnostic.message.includes(field) && diagnostic.message.includes(category),
        diagnostic.message,
      );
    }
    // Not personal information: the key, the timestamp, the table itself.
    for (const field of ['id', 'created_at', 'patient'])
      assert.ok(!byField.has(field), `${field} must not be flagged`);
  });

  test('the code is the category key, linked to its documentation', async () => {
    const { document } = await openFixture('editor/patient.sql');
    const sfzh = (await flaggedFields(document, ['sfzh'])).get('sfzh');
    const code = sfzh?.code;
    assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri);
    assert.equal(code.value, 'id_number');
    // The reference ships inside the extension and opens offline at the category's heading.
    assert.ok(code.target.path.endsWith('/docs/categories.md'), code.target.toString());
    assert.match(code.target.fragment, /^L\d+$/);
  });

  test('a setting change is applied without reloading: class B as error', async () => {
    const { document } = await openFixture('editor/patient.sql');
    await withSetting('severity.classB', 'error', () =>
      waitFor('sfzh shown as an error', () =>
        vscode.languages
          .getDiagnostics(document.uri)
          .find(
            (d) =>
              d.source === 'pilens' &&
              document.getText(d.range) === 'sfzh' &&
              d.severity === vscode.DiagnosticSeverity.Error,
          ),
      ),
    );
    await waitFor('sfzh back to a warning', () =>
      vscode.languages
        .getDiagnostics(document.uri)
        .find(
          (d) =>
            d.source === 'pilens' &&
            document.getText(d.range) === 'sfzh' &&
            d.severity === vscode.DiagnosticSeverity.Warning,
        ),
    );
  });
});

suite('editor: hovers', () => {
  test('hover on a flagged column: category, class thresholds, evidence, safe command links', async () => {
    const { document } = await openFixture('editor/patient.sql');
    await flaggedFields(document, ['sfzh']);
    const text = await hoverText(document.uri, positionOf(document, 'sfzh').translate(0, 2));
    for (const expected of ['id_number', '身份证', '500', '5,000', 'confidence', 'command:pilens.annotate']) {
      assert.ok(text.includes(expected), `hover lacks "${expected}":\n${text}`);
    }
  });

  test('class A hover names the class A thresholds', async () => {
    const { document } = await openFixture('editor/patient.sql');
    await flaggedFields(document, ['credit_report']);
    const text = await hoverText(document.uri, positionOf(document, 'credit_report').translate(0, 3));
    assert.ok(text.includes('credit') && text.includes('≥ 50 ') && text.includes('≥ 500 '), text);
  });

  test('no pilens hover on a column that is not personal information', async () => {
    const { document } = await openFixture('editor/patient.sql');
    await flaggedFields(document, ['sfzh']);
    const text = await hoverText(document.uri, positionOf(document, 'created_at').translate(0, 2));
    assert.ok(!text.includes('PI Lens'), text);
  });

  test('pilens.display.language = zh-cn puts Chinese first', async () => {
    const { document } = await openFixture('editor/patient.sql');
    await flaggedFields(document, ['sfzh']);
    const position = positionOf(document, 'sfzh').translate(0, 1);
    await withSetting('display.language', 'zh-cn', () =>
      waitFor('a Chinese-first hover', async () => {
        const text = await hoverText(document.uri, position);
        return text.includes('情节严重') ? text : undefined;
      }),
    );
  });

  test('files over pilens.maxFileSizeKb are skipped; small ones are not', async () => {
    const line = "  sfzh VARCHAR(18) COMMENT '身份证号码',\n";
    const small = await vscode.workspace.openTextDocument({
      language: 'sql',
      content: `CREATE TABLE t (\n${line});\n`,
    });
    const large = await vscode.workspace.openTextDocument({
      language: 'sql',
      content: `CREATE TABLE t (\n${line}${'-- padding\n'.repeat(300)});\n`,
    });
    const at = (document: vscode.TextDocument) => positionOf(document, 'sfzh').translate(0, 1);
    await withSetting('maxFileSizeKb', 1, async () => {
      await waitFor('the large file to be skipped', async () =>
        (await hoverText(large.uri, at(large))).includes('id_number') ? undefined : true,
      );
      assert.ok((await hoverText(small.uri, at(small))).includes('id_number'));
    });
    await waitFor('the large file to be read again', async () =>
      (await hoverText(large.uri, at(large))).includes('id_number') ? true : undefined,
    );
  });
});
