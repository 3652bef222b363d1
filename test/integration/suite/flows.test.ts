// Where personal information goes, in a real VS Code: a diagnostic at each sink of
// flows/memberService.ts naming what reaches it (levels: abroad raised, masked lowered), the
// hover at a sink with the path and the legal meaning, the Data map view grouping the
// workspace's flows category → sink → place (each place opens its sink), and
// `pilens.severity.flows` = off removing the sinks while the fields stay.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCategory, hoverText, openFixture, positionOf, waitFor } from './helpers.js';

const FILE = 'flows/memberService.ts';

function sinkDiagnostics(document: vscode.TextDocument, atLeast: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${String(atLeast)} sink diagnostics on ${FILE}`, () => {
    const sinks = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === 'pilens' && diagnosticCategory(d)?.startsWith('flow/') === true);
    return sinks.length >= atLeast ? sinks : undefined;
  });
}

interface Place {
  uri: string;
  flow: { line: number; column: number; deidentified: boolean; sink: { kind: string; callee: string } };
}
interface Sink {
  kind: string;
  recipient: string;
  crossBorder: boolean | null;
  masked: number;
  places: Place[];
}
interface Category {
  category: string;
  sinks: Sink[];
}

suite('flows: sinks in the editor', () => {
  test('one diagnostic per sink, naming what reaches it, at the callee', async () => {
    const { document } = await openFixture(FILE);
    const sinks = (await sinkDiagnostics(document, 3)).sort(
      (a, b) => a.range.start.line - b.range.start.line,
    );
    assert.deepEqual(
      sinks.map((d) => [
        d.range.start.line + 1,
        document.getText(d.range),
        diagnosticCategory(d),
        d.severity,
      ]),
      [
        [16, 'logger.info', 'flow/log', vscode.DiagnosticSeverity.Warning],
        // masked: still PI, one level lower
        [17, 'logger.info', 'flow/log', vscode.DiagnosticSeverity.Information],
        // abroad (api.mixpanel.com): one level higher
        [19, 'axios.post', 'flow/http', vscode.DiagnosticSeverity.Error],
      ],
    );
    assert.match(sinks[0]?.message ?? '', /^contact details .* → log \(logger\.info\)$/);
    assert.match(
      sinks[2]?.message ?? '',
      /identity-document number → HTTP\/RPC client \(axios\.post, api\.mixpanel\.com, abroad\)/,
    );
    // The line logging a non-personal level is no sink of personal information.
    assert.ok(!sinks.some((d) => d.range.start.line + 1 === 20));
  });

  test('the hover at a sink gives the path and the legal meaning', async () => {
    const { document } = await openFixture(FILE);
    await sinkDiagnostics(document, 3);
    const text = await hoverText(document.uri, positionOf(document, 'axios.post').translate(0, 2));
    assert.match(text, /read from `member\.idCard`/);
    assert.match(text, /assigned to `payload`/);
    assert.match(text, /passed to `axios\.post`/);
    assert.match(text, /Legal meaning: PI sent to another system/);
    assert.match(text, /Abroad: PI provided abroad/);
    // each step's line links into the file
    assert.match(text, /\[line 18\]\(file:[^)]*memberService\.ts#L18/);
    const off = await hoverText(document.uri, positionOf(document, 'const payload'));
    assert.doesNotMatch(off, /Legal meaning/);
  });

  test('the Data map: category → sink → place; a place opens its sink; no values', async () => {
    const map = await vscode.commands.executeCommand<Category[]>('pilens.showDataMap');
    const contact = map.find((c) => c.category === 'contact');
    const id = map.find((c) => c.category === 'id_number');
    assert.ok(contact && id, JSON.stringify(map.map((c) => c.category)));
    const http = id.sinks.find((s) => s.kind === 'http');
    assert.equal(http?.recipient, 'api.mixpanel.com');
    assert.equal(http.crossBorder, true);
    assert.equal(id.sinks[0], http, 'abroad first');
    const log = contact.sinks.find((s) => s.kind === 'log' && s.recipient === 'logger.info');
    assert.deepEqual(
      log?.places.map((p) => p.flow.line),
      [16, 17],
    );
    assert.equal(log.masked, 1);
    // The map names callees, hosts and categories only: nothing of the file's literals.
    assert.doesNotMatch(JSON.stringify(map), /welcome|masked'|visit/);
    const place = log.places[0];
    assert.ok(place);
    // Another file in front first, so the sink's editor can only come from the command. (Not
    // closeAllEditors: an earlier suite's unsaved untitled editor would block it on a save prompt.)
    await openFixture('editor/patient.sql');
    const p = place.flow;
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(place.uri), {
      selection: new vscode.Range(p.line - 1, p.column - 1, p.line - 1, p.column - 1),
    });
    const editor = await waitFor('the sink opened', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === place.uri
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.equal(editor.selection.active.line, 15);
  });

  test('pilens.severity.flows off: no sinks, the fields stay', async () => {
    const { document } = await openFixture(FILE);
    await sinkDiagnostics(document, 3);
    const config = vscode.workspace.getConfiguration('pilens');
    await config.update('severity.flows', 'off', vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the sinks gone', () => {
        const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'pilens');
        const sinks = ours.filter((d) => diagnosticCategory(d)?.startsWith('flow/') === true);
        return sinks.length === 0 && ours.length > 0 ? true : undefined;
      });
    } finally {
      await config.update('severity.flows', undefined, vscode.ConfigurationTarget.Global);
    }
    await sinkDiagnostics(document, 3);
  });
});
