// The team's decisions in .pilens.json map a dataset's columns as they classify fields in
// `pilens scan`: a file (or a dump's table) is the owner of its columns, `*` every owner, and
// the command line's --map still wins over the shared file.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Decision } from '../../../src/core/config/decisionSchema.js';
import { profileColumns } from '../../../src/core/dataset/profile.js';
import { nameDetectorClassifier } from '../../../src/core/dataset/headerClassifier.js';
import { pilens, writeFile } from '../cli/harness.js';

interface Column {
  readonly name: string;
  readonly category: string | null;
  readonly source: string;
  readonly evidence: readonly string[];
}
interface Report {
  readonly pieces: { readonly A: number; readonly B: number; readonly C: number };
  readonly parts: readonly { readonly file: string; readonly columns: readonly Column[] }[];
}

/** 60 rows of a name-or-label column and a mobile number column. */
function rows(header: string, label: (i: number) => string, prefix: string): string {
  const lines = [header];
  for (let i = 10; i < 70; i++) lines.push(`${label(i)},${prefix}${String(i).padStart(8, '0')}`);
  return `${lines.join('\n')}\n`;
}

describe('profiling columns with team decisions', () => {
  const header = ['store_name', 'phone'];
  const sample = [
    ['Shop 1', '13800000011'],
    ['Shop 2', '13800000012'],
  ];
  const profile = (owner: string, decisions: readonly Decision[], overrides?: Record<string, 'contact'>) =>
    profileColumns({
      header,
      rows: sample,
      owner,
      classifyHeader: nameDetectorClassifier(),
      decisions,
      ...(overrides !== undefined ? { overrides } : {}),
    }).find((c) => c.name === 'phone') ?? assert.fail('no phone column');

  it('"none" for this owner wins over phone-shaped values, and says the team decided', () => {
    const phone = profile('stores', [
      { owner: 'stores', field: 'PHONE', category: 'none', reason: 'front desk' },
    ]);
    assert.equal(phone.category, null);
    assert.equal(phone.source, 'override');
    assert.ok(phone.evidence.includes('decided by the team in .pilens.json: none (front desk)'));
  });

  it('a decision for another owner changes nothing (the values still say contact)', () => {
    const phone = profile('customers', [{ owner: 'stores', field: 'phone', category: 'none' }]);
    assert.equal(phone.category, 'contact');
    assert.notEqual(phone.source, 'override');
  });

  it('owner * applies to every file, and --map wins over the team', () => {
    const any: Decision[] = [{ owner: '*', field: 'phone', category: 'none' }];
    assert.equal(profile('customers', any).category, null);
    const mapped = profile('customers', any, { phone: 'contact' });
    assert.equal(mapped.category, 'contact');
    assert.ok(mapped.evidence.includes('mapped by the user to contact'));
  });
});

describe('pilens estimate with team decisions in .pilens.json', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pilens-estimate-decisions-'));
    writeFile(
      root,
      'data/stores.csv',
      rows('store_name,phone', (i) => `Shop ${i}`, '138'),
    );
    writeFile(
      root,
      'data/customers.csv',
      rows('name,phone', (i) => `张三${i}`, '139'),
    );
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function estimate(config: string | undefined): Promise<Report> {
    if (config === undefined) rmSync(join(root, '.pilens.json'), { force: true });
    else writeFile(root, '.pilens.json', config);
    const run = await pilens(root, 'estimate', 'data', '--format', 'json', '--workers', '1');
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as Report;
  }
  const phoneOf = (report: Report, file: string): Column | undefined =>
    report.parts.find((p) => p.file.endsWith(file))?.columns.find((c) => c.name === 'phone');

  it('without a decision both files count their phone column', async () => {
    const report = await estimate(undefined);
    assert.equal(phoneOf(report, 'stores.csv')?.category, 'contact');
    assert.deepEqual(report.pieces, { A: 0, B: 0, C: 120 });
  });

  it("the team's 'not PI' for stores.phone leaves the customers' phones counted", async () => {
    const report = await estimate(
      '{ "decisions": [{ "owner": "stores", "field": "phone", "category": "none", "reason": "the shop front desk" }] }',
    );
    assert.equal(phoneOf(report, 'stores.csv')?.category, null);
    assert.equal(phoneOf(report, 'customers.csv')?.category, 'contact');
    assert.deepEqual(report.pieces, { A: 0, B: 0, C: 60 });
  });

  it('an invalid config is one line naming the file, exit 2', async () => {
    writeFile(
      root,
      '.pilens.json',
      '{ "decisions": [{ "owner": "stores", "field": "phone", "category": "phone" }] }',
    );
    const run = await pilens(root, 'estimate', 'data');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^pilens estimate: invalid config \.pilens\.json:\d+:\d+: .*category/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.equal(run.stdout, '');
  });
});
