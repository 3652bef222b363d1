// Issue 10 through the estimate: card data counted apart, minors under 18, face filing only
// for face information, routes that need no count, the resident-ID contest and the threshold
// condition in every report format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { runEstimate } from '../../../src/cli/estimate.js';
import { cardRole } from '../../../src/core/dataset/cardData.js';
import { makePlan } from '../../../src/core/dataset/plan.js';
import type { ColumnProfile } from '../../../src/core/dataset/profile.js';
import { renderMarkdown, renderText } from '../../../src/core/dataset/render.js';
import { conditionLine } from '../../../src/core/law/wording.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { buildReportView } from '../../../src/extension/report/reportView.js';
import { PersonGenerator } from './generate.js';
import { tempDir, toCsv } from './fixtures.js';

const opts = { workers: 1, today: new Date('2026-12-01T00:00:00Z') } as const;

const column = (
  name: string,
  category: ColumnProfile['category'],
  valueKind?: 'bank_card',
): ColumnProfile => ({
  index: 0,
  name,
  category,
  source: 'header',
  share: valueKind === undefined ? null : 1,
  legalClass: null,
  ...(valueKind === undefined ? {} : { valueKind }),
  maskedShare: 0,
  minorShare: 0,
  evidence: [],
  examples: [],
  sampled: 0,
});

const ROLES: [string, ColumnProfile['category'], 'bank_card' | undefined, string | undefined][] = [
  ['bank_card_no', 'property', undefined, 'number'],
  ['卡号', 'property', undefined, 'number'],
  ['col3', 'property', 'bank_card', 'number'],
  ['cvv', 'credential', undefined, 'auth'],
  ['card_expiry', 'property', undefined, 'auth'],
  ['有效期', 'property', undefined, 'auth'],
  ['pay_password', 'credential', undefined, 'auth'],
  ['card_last_four', 'property', undefined, undefined],
  ['login_password', 'credential', undefined, undefined],
  ['shipping_fee', 'property', undefined, undefined],
  ['cvv', 'name', undefined, undefined],
];
for (const [name, category, kind, expected] of ROLES) {
  test(`card role of ${name} (${String(category)}) is ${String(expected)}`, () => {
    assert.equal(cardRole(column(name, category, kind)), expected);
  });
}

test('records with a card number and its CVV are counted apart as card information (Art. 177-1(2))', async () => {
  const t = tempDir();
  try {
    const g = new PersonGenerator(3);
    const withCvv = Array.from({ length: 12 }, (_, i) => [g.name(), g.bankCard(), String(100 + i)]);
    const noCvv = Array.from({ length: 12 }, () => [g.name(), g.bankCard()]);
    writeFileSync(t.file('cards.csv'), toCsv(['持卡人', 'bank_card_no', 'cvv'], withCvv));
    writeFileSync(t.file('plain.csv'), toCsv(['持卡人', 'bank_card_no'], noCvv));
    const cards = await estimateDataset([t.file('cards.csv')], opts);
    assert.equal(cards.counts.cardRecords, 12);
    assert.equal(cards.relatedOffences[0]?.id, 'card_information');
    assert.deepEqual(
      cards.relatedOffences.map((r) => r.confidence),
      ['partial'],
    );
    assert.match(renderText(cards), /12 records with card data sufficient to transact.*Art\. 177-1\(2\)/);
    const plain = await estimateDataset([t.file('plain.csv')], opts);
    assert.equal(plain.counts.cardRecords, 0);
    assert.deepEqual(plain.relatedOffences, []);
    assert.doesNotMatch(renderText(plain), /177-1/);
  } finally {
    t.done();
  }
});

test('minors under 18 bring the annual audit; adults do not; under-14s bring both', async () => {
  const t = tempDir();
  try {
    const g = new PersonGenerator(5);
    const rows = (year: number): string[][] =>
      Array.from({ length: 20 }, () => [g.name(), g.residentId(year), g.mobile()]);
    const header = ['姓名', '身份证号', '手机号'];
    writeFileSync(t.file('teens.csv'), toCsv(header, rows(2010)));
    writeFileSync(t.file('adults.csv'), toCsv(header, rows(1980)));
    writeFileSync(t.file('kids.csv'), toCsv(header, rows(2016)));
    const ids = async (file: string): Promise<string[]> =>
      (await estimateDataset([t.file(file)], opts)).duties.map((d) => d.id);
    const teens = await estimateDataset([t.file('teens.csv')], opts);
    assert.equal(teens.counts.minorsU18Present, true);
    assert.equal(teens.counts.minorsPresent, false);
    assert.ok((await ids('teens.csv')).includes('minors_annual_audit'));
    assert.ok(!(await ids('teens.csv')).includes('minors_u14'));
    assert.ok(!(await ids('adults.csv')).includes('minors_annual_audit'));
    const kids = await ids('kids.csv');
    assert.ok(kids.includes('minors_u14') && kids.includes('minors_annual_audit'));
  } finally {
    t.done();
  }
});

test('the face filing follows face columns, not fingerprints; resident IDs follow the reading', async () => {
  const t = tempDir();
  try {
    const g = new PersonGenerator(9);
    const rows = Array.from({ length: 30 }, (_, i) => [g.name(), g.residentId(), `tpl-${i}-${g.mobile()}`]);
    writeFileSync(t.file('fp.csv'), toCsv(['姓名', '身份证号', 'fingerprint_template'], rows));
    writeFileSync(t.file('face.csv'), toCsv(['姓名', '身份证号', 'face_template'], rows));
    const fp = await estimateDataset([t.file('fp.csv')], opts);
    const face = await estimateDataset([t.file('face.csv')], opts);
    assert.equal(fp.byCategory.biometric, 30);
    assert.equal(face.byCategory.face, 30);
    // Only a face column sets the face bit that counts persons for the filing.
    const plan = (category: 'face' | 'biometric') =>
      makePlan(1, [{ index: 0, category, legalClass: 'B' }], -1, true, () => true);
    assert.equal(plan('biometric').faceBits, 0);
    assert.notEqual(plan('face').faceBits, 0);
    const lenient = await estimateDataset([t.file('face.csv')], { ...opts, reading: 'lenient' });
    assert.deepEqual(face.pieces, { A: 0, B: 30, C: 0 });
    assert.deepEqual(lenient.pieces, { A: 0, B: 30, C: 0 });
    const idsOnly = Array.from({ length: 10 }, () => [g.name(), g.residentId()]);
    writeFileSync(t.file('ids.csv'), toCsv(['姓名', '身份证号'], idsOnly));
    assert.deepEqual((await estimateDataset([t.file('ids.csv')], opts)).pieces, { A: 0, B: 10, C: 0 });
    const idsLenient = await estimateDataset([t.file('ids.csv')], { ...opts, reading: 'lenient' });
    assert.deepEqual(idsLenient.pieces, { A: 0, B: 0, C: 10 });
    // Lenient: GB/T 45574-2025 no longer lists the ID number alone as sensitive.
    assert.ok(!idsLenient.duties.some((d) => d.id === 'separate_consent'));
    assert.ok(
      (await estimateDataset([t.file('ids.csv')], opts)).duties.some((d) => d.id === 'separate_consent'),
    );
  } finally {
    t.done();
  }
});

function capture(): { io: Parameters<typeof runEstimate>[1]; out: () => string } {
  let out = '';
  return {
    io: { cwd: '/', stdout: { write: (s: string) => void (out += s) }, stderr: { write: () => undefined } },
    out: () => out,
  };
}

test('CLI: gains and Art. 5(1)(1)–(2) flags decide the tier when no PI column is recognised', async () => {
  const t = tempDir();
  try {
    writeFileSync(
      t.file('nopi.csv'),
      toCsv(
        ['sku', 'qty'],
        [
          ['a1', '3'],
          ['b2', '4'],
        ],
      ),
    );
    const run = async (...flags: string[]): Promise<Record<string, unknown>> => {
      const c = capture();
      assert.equal(
        await runEstimate([t.file('nopi.csv'), '--format', 'json', '--workers', '1', ...flags], c.io),
        0,
      );
      return JSON.parse(c.out()) as Record<string, unknown>;
    };
    const rows: [string[], string][] = [
      [[], 'none'],
      [['--gains', '60000', '--conduct', 'provide'], 'especially_serious'],
      [['--prior-record'], 'serious'],
      [['--whereabouts-used-in-crime', '--conduct', 'provide'], 'serious'],
      [['--known-criminal-recipient', '--conduct', 'provide'], 'serious'],
    ];
    for (const [flags, tier] of rows) assert.equal((await run(...flags)).tier, tier, flags.join(' '));
    const caveats = (doc: Record<string, unknown>): string[] =>
      (doc.assessment as { caveats: { id: string }[] }).caveats.map((c) => c.id);
    assert.ok(caveats(await run()).includes('no_count_routes'));
    assert.ok(
      !caveats(await run('--whereabouts-used-in-crime', '--known-criminal-recipient')).includes(
        'no_count_routes',
      ),
    );
  } finally {
    t.done();
  }
});

test('the threshold condition is in the text, Markdown and webview reports, in both languages', async () => {
  const t = tempDir();
  try {
    const g = new PersonGenerator(11);
    writeFileSync(
      t.file('p.csv'),
      toCsv(
        ['姓名', '手机号'],
        Array.from({ length: 5 }, () => [g.name(), g.mobile()]),
      ),
    );
    const r = await estimateDataset([t.file('p.csv')], opts);
    assert.ok(renderText(r).includes(conditionLine('en')));
    assert.ok(renderMarkdown(r).includes(conditionLine('en')));
    for (const locale of ['en', 'zh'] as const) {
      const view = buildReportView(r, { locale, fileLabel: (f) => f });
      assert.ok(
        view.caveats.some((c) => c.text === conditionLine(locale)),
        locale,
      );
    }
  } finally {
    t.done();
  }
});

test('CLI: --help names the statute’s concepts (违法所得 / 获利, item (8) and Art. 253-1(2), Art. 6)', async () => {
  const c = capture();
  assert.equal(await runEstimate(['--help'], c.io), 0);
  const help = c.out();
  assert.match(
    help,
    /--gains CNY +illegal gains \(违法所得, Art\. 5\(1\)\(7\)\), or for business-purchase the profit/,
  );
  assert.match(help, /\(获利, Art\. 6\(1\)\(1\)\)/);
  assert.match(help, /performing duties or providing services: half the standards/);
  assert.match(help, /heavier punishment \(Criminal Law Art\. 253-1\(2\)\)/);
  assert.match(help, /illegally buy or receive class-C PI for a lawful business/);
  assert.doesNotMatch(help, /\binsider:/);
});

test('CLI text and Markdown: the tier line and R undoubled for information obtained in performing duties', async () => {
  const t = tempDir();
  try {
    const g = new PersonGenerator(13);
    // 30 whereabouts records: class A; 30 ≥ 25, the half standard of Art. 5(1)(8).
    const rows = Array.from({ length: 30 }, (_, i) => [g.name(), `${30 + i / 100},${120 + i / 100}`]);
    writeFileSync(t.file('gps.csv'), toCsv(['姓名', 'gps_location'], rows));
    for (const format of ['text', 'markdown']) {
      const run = async (...flags: string[]): Promise<string> => {
        const c = capture();
        await runEstimate([t.file('gps.csv'), '--format', format, '--workers', '1', ...flags], c.io);
        return c.out();
      };
      const insider = await run('--conduct', 'provide', '--insider');
      assert.match(insider, /Quantity standard for 情节严重 reached \(estimate\)/, format);
      assert.match(insider, /R = A\/50 \+ B\/500 \+ C\/5000 = 0\.60 against 0\.5 \(serious\) and 5/, format);
      assert.match(insider, /heavier punishment under Criminal Law Art\. 253-1\(2\)/, format);
      assert.doesNotMatch(insider, /SERIOUS|R = 1\.20|insider: thresholds halved/, format);
      const plain = await run('--conduct', 'provide');
      assert.match(plain, /Below every quantity standard \(estimate\)/, format);
      assert.match(plain, /= 0\.60 against 1 \(serious\) and 10/, format);
    }
  } finally {
    t.done();
  }
});
