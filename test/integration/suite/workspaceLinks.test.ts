// The editor reads what other files' records say of a document's (issue 9), as `pilens scan
// <folder>` does: a record linked to a Patient declared in another file is a clinical record, and
// a link made on disk after the document was scanned reaches its squiggles. Fixtures:
// test/fixtures/workspace/clinic/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCategory, fixtureUri, hoverText, openFixture, positionOf, waitFor } from './helpers.js';

/** Our diagnostic on the text `field` of `document`, once there (or undefined to wait on). */
function diagnosticOn(document: vscode.TextDocument, field: string): vscode.Diagnostic | undefined {
  return vscode.languages
    .getDiagnostics(document.uri)
    .find((d) => d.source === 'pilens' && document.getText(d.range) === field);
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

suite('editor: links between the workspace records', () => {
  test('a record linked to a Patient in another file reads as clinical, and says why', async () => {
    const { document } = await openFixture('clinic/careGoal.ts');
    const description = await waitFor('CareGoal.description flagged', () =>
      diagnosticOn(document, 'description'),
    );
    assert.equal(diagnosticCategory(description), 'health');
    // The hover is Markdown: its escapes are not part of the reason.
    const hover = (await hoverText(document.uri, positionOf(document, 'description'))).replaceAll('\\', '');
    assert.match(hover, /linked to "Patient" \(clinic\/patient\.ts\)/);
  });

  test('a link written on disk later reaches an open document', async () => {
    const { document } = await openFixture('clinic/followUp.ts');
    // Scanned: its phone is flagged; nothing links FollowUp yet, so its description is not.
    await waitFor('FollowUp.contactPhone flagged', () => diagnosticOn(document, 'contactPhone'));
    assert.equal(diagnosticOn(document, 'description'), undefined);

    const patient = fixtureUri('clinic/patient.ts');
    const before = await vscode.workspace.fs.readFile(patient);
    const linked = new TextDecoder()
      .decode(before)
      .replace('careGoals: CareGoal[];', 'careGoals: CareGoal[];\n  followUps: FollowUp[];');
    await vscode.workspace.fs.writeFile(patient, encode(linked));
    try {
      const description = await waitFor('FollowUp.description flagged once linked', () =>
        diagnosticOn(document, 'description'),
      );
      assert.equal(diagnosticCategory(description), 'health');
    } finally {
      await vscode.workspace.fs.writeFile(patient, before);
    }
    await waitFor('FollowUp.description back to unflagged once the link is gone', () =>
      diagnosticOn(document, 'description') === undefined ? true : undefined,
    );
  });
});
