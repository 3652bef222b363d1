// `pilens.estimateRiskTier` in the real VS Code, run the way automation runs it: arguments
// instead of prompts, the report model as the result. The fixture is synthetic (see
// test/fixtures/workspace/datasets/README.md): 40 distinct people plus one duplicate record.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, waitFor } from './helpers.js';

const DATASET = 'datasets/customers-export.csv';
const HOLD = { conduct: 'hold', insider: false, priorRecord: false };

interface Report {
  version: number;
  tier: string;
  ratio: number;
  pieces: Record<'A' | 'B' | 'C', number>;
  byCategory: Record<string, number>;
  persons: number;
  records: number;
  columns: { name: string; category: string | null; source: string }[];
  counts: { duplicates: number; distinctRecordsWithPi: number };
  assessment: {
    conduct: string;
    insider: boolean;
    insiderApplied: boolean;
    knownCriminalRecipient?: boolean;
    reasons: { id: string }[];
    caveats: { id: string }[];
  };
  parts: { file: string; columns: { name: string; examples: string[] }[] }[];
}

function estimate(args: Record<string, unknown>): Thenable<Report | undefined> {
  return vscode.commands.executeCommand<Report | undefined>('pilens.estimateRiskTier', args);
}

async function rawValues(): Promise<string[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(DATASET)));
  return text
    .trim()
    .split('\n')
    .slice(1)
    .flatMap((row) => row.split(',').slice(0, 3));
}

suite('estimate: pilens.estimateRiskTier', () => {
  test('counts the fixture dataset without prompts and returns the report model', async () => {
    const report = await estimate({ uri: fixtureUri(DATASET), answers: HOLD, mapping: {}, show: false });
    assert.ok(report, 'the command returned no report');
    assert.equal(report.version, 1);
    assert.equal(report.tier, 'below');
    // Resident-ID records are class B under the default strict reading (Guiding Case 193).
    assert.deepEqual(report.pieces, { A: 0, B: 40, C: 0 });
    assert.equal(report.records, 41);
    assert.equal(report.counts.duplicates, 1);
    assert.equal(report.persons, 40);
    assert.equal(report.byCategory.id_number, 40);
    assert.equal(report.byCategory.contact, 40);
    assert.deepEqual(
      report.parts.map((p) => p.file),
      [DATASET],
      'paths are workspace-relative',
    );
    const mobile = report.columns.find((c) => c.name.startsWith('mobile'));
    assert.equal(mobile?.category, 'contact');
  });

  test('the report model carries masked examples only', async () => {
    const report = await estimate({ uri: fixtureUri(DATASET), answers: HOLD, mapping: {}, show: false });
    const text = JSON.stringify(report);
    for (const value of await rawValues())
      assert.ok(!text.includes(value), 'a raw value from the dataset reached the report');
    const examples = report?.parts.flatMap((p) => p.columns.flatMap((c) => c.examples)) ?? [];
    assert.ok(examples.length > 0 && examples.every((e) => e.includes('*')), examples.join(', '));
  });

  test('a column mapping and the insider answer change the assessment', async () => {
    const report = await estimate({
      uri: fixtureUri(DATASET),
      answers: { conduct: 'provide', insider: true, priorRecord: false },
      mapping: { 身份证号: 'none', 城市: 'none' },
      show: false,
    });
    assert.ok(report);
    assert.equal(report.byCategory.id_number, undefined, 'the ID column was mapped to none');
    assert.equal(report.columns.find((c) => c.name === '身份证号')?.source, 'override');
    assert.equal(report.assessment.conduct, 'provide');
    assert.equal(report.assessment.insiderApplied, true);
  });

  test('the Art. 5(1)(1)–(2) answers reach the assessment and the report', async () => {
    const answers = { conduct: 'provide', insider: false, priorRecord: false, knownCriminalRecipient: true };
    const report = await estimate({ uri: fixtureUri(DATASET), answers, mapping: {}, show: false });
    assert.ok(report);
    assert.equal(report.assessment.knownCriminalRecipient, true);
    assert.equal(
      report.tier,
      'serious',
      'supplying someone known to commit crimes is serious at any quantity',
    );
    assert.ok(report.assessment.reasons.some((r) => r.id === 'known_criminal_recipient'));
    // Not answered: named as not assessed.
    const unasked = await estimate({ uri: fixtureUri(DATASET), answers: HOLD, mapping: {}, show: false });
    assert.ok(unasked?.assessment.caveats.some((c) => c.id === 'no_count_routes'));
  });

  test('an unknown category in the mapping is refused', async () => {
    await assert.rejects(
      Promise.resolve(
        estimate({ uri: fixtureUri(DATASET), answers: HOLD, mapping: { 姓名: 'not_a_category' } }),
      ),
      /not a category key/,
    );
  });

  test('opens the report webview (one panel, reused)', async () => {
    const isReport = (tab: vscode.Tab): boolean =>
      tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('pilens.report');
    const reportTabs = (): vscode.Tab[] =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter(isReport);
    await estimate({ uri: fixtureUri(DATASET), answers: HOLD, mapping: {} });
    await waitFor('the report panel', () => (reportTabs().length > 0 ? true : undefined));
    await estimate({ uri: fixtureUri(DATASET), answers: { ...HOLD, conduct: 'obtain' }, mapping: {} });
    assert.equal(reportTabs().length, 1, 'a second estimate reuses the panel');
    await vscode.window.tabGroups.close(reportTabs());
  });
});
