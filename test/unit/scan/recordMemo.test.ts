/**
 * The verdicts kept across scans (recordMemo.ts) never change an answer: a record that reads
 * the same is taken from the previous scan (the very same verdicts, not classified again), a
 * record that changed in anything classification reads is classified afresh, a change of
 * vocabulary or contested reading discards the memo, and the memo holds the latest scan only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/core/config/parse.js';
import { vocabularyFor } from '../../../src/core/detect/custom.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { classifyCandidates } from '../../../src/core/scan/classifyCandidates.js';
import { scanText, type ScanMemo, type ScanResult } from '../../../src/core/scan/index.js';
import { classifyRecords, RecordMemo, type RecordOptions } from '../../../src/core/scan/recordMemo.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const STRICT: RecordOptions = { vocabulary: defaultVocabulary(), contestedReading: 'strict' };

let line = 0;
/** A declaration on a line of its own (each call one line further down). */
function field(name: string, owner?: string, more: Partial<FieldCandidate> = {}): FieldCandidate {
  const at = line++;
  return {
    name,
    range: { start: { line: at, character: 2 }, end: { line: at, character: 2 + name.length } },
    role: 'declaration',
    ...(owner !== undefined ? { owner } : {}),
    ...more,
  };
}

/** The candidates moved `by` lines down, as an edit above them moves them. */
function moved(candidates: readonly FieldCandidate[], by: number): FieldCandidate[] {
  return candidates.map((c) => ({
    ...c,
    range: {
      start: { ...c.range.start, line: c.range.start.line + by },
      end: { ...c.range.end, line: c.range.end.line + by },
    },
  }));
}

/** Classifies `after` with the memo of `before`, and checks it against a fresh classification. */
function again(before: readonly FieldCandidate[], after: readonly FieldCandidate[], options = STRICT) {
  const first = classifyRecords(before, options, undefined);
  const second = classifyRecords(after, options, first.memo);
  assert.deepEqual(second.classified, classifyCandidates(after, options), 'memoised = fresh');
  return { first, second };
}

// `Record` says nothing of a person: its `password` is a person's only beside `realName`.
const member = (): FieldCandidate[] => [
  field('realName', 'Record', { declaredType: 'string', comment: '真实姓名' }),
  field('password', 'Record', { declaredType: 'string' }),
  field('status', 'Record', { declaredType: 'number' }),
];
const order = (): FieldCandidate[] => [
  field('orderNo', 'Order', { declaredType: 'string' }),
  field('receiverPhone', 'Order', { declaredType: 'string' }),
];

describe('verdicts kept across scans', () => {
  it('an unchanged record is not classified again: its verdicts are the previous ones', () => {
    const before = [...member(), ...order()];
    const { first, second } = again(before, [...before]);
    assert.ok(
      first.classified.some((f) => f !== undefined),
      'the example has findings',
    );
    second.classified.forEach((f, k) => {
      assert.equal(f, first.classified[k]);
    });
  });

  it('a record moved by an edit above it keeps its verdicts at the new ranges', () => {
    const before = [...member(), ...order()];
    const after = moved(before, 3);
    const { first, second } = again(before, after);
    second.classified.forEach((f, k) => {
      if (f === undefined) return;
      assert.notEqual(f, first.classified[k]);
      assert.equal(f.range, after[k]?.range);
    });
  });

  it('a field renamed in one record re-reads that record only', () => {
    const members = member();
    const orders = order();
    const renamed = orders.map((c, k) => (k === 1 ? { ...c, name: 'remark' } : c));
    const { first, second } = again([...members, ...orders], [...members, ...renamed]);
    members.forEach((_, k) => {
      assert.equal(second.classified[k], first.classified[k]);
    });
    assert.notEqual(second.classified[4]?.category, first.classified[4]?.category);
  });

  it('a sibling removed from a record changes the verdicts of the others (read again)', () => {
    const before = member();
    const after = before.filter((c) => c.name !== 'realName');
    const withName = classifyCandidates(before, STRICT)[1];
    const without = classifyCandidates(after, STRICT)[0];
    assert.notDeepEqual(withName?.category, without?.category, 'the example depends on its sibling');
    again(before, after);
  });

  it('a changed comment, type, owner comment or role is read again', () => {
    const base = field('xm', 't_ry', { declaredType: 'varchar(50)', comment: '姓名', ownerComment: '人员' });
    const changes: FieldCandidate[] = [
      { ...base, comment: '项目' },
      { ...base, declaredType: 'boolean' },
      { ...base, ownerComment: '门店' },
      { ...base, role: 'usage' },
      { ...base, siblings: ['hotel', 'room_no'] },
    ];
    for (const changed of changes) {
      const { second } = again([base], [changed]);
      assert.notEqual(second.classified[0], classifyRecords([base], STRICT, undefined).classified[0]);
    }
  });

  it('owner-less candidates are kept one by one, repeated or not', () => {
    const usage = (name: string, comment?: string): FieldCandidate =>
      field(name, undefined, { role: 'usage', ...(comment !== undefined ? { comment } : {}) });
    const before = [usage('idCardNo'), usage('idCardNo'), usage('value', '手机'), usage('status')];
    const after = [usage('idCardNo'), usage('value', '备注'), usage('idCardNo'), usage('idCardNo')];
    const { first, second } = again(before, after);
    assert.deepEqual(second.classified[0], { ...first.classified[0], range: after[0]?.range });
    assert.equal(first.classified[2]?.category, 'contact');
    assert.equal(second.classified[1], undefined, 'the comment changed: read again');
  });
});

describe('the memo is discarded when what classification reads changes', () => {
  it('another vocabulary (a .pilens.json with words of its own)', () => {
    const parsed = parseConfig('{ "vocabulary": { "property": { "en": ["loyalty_tier_code"] } } }');
    if (!parsed.ok) throw new Error('the example config must parse');
    const custom: RecordOptions = { vocabulary: vocabularyFor(parsed.config), contestedReading: 'strict' };
    const candidates = [field('loyalty_tier_code', 'Member'), field('status', 'Member')];
    const first = classifyRecords(candidates, STRICT, undefined);
    assert.equal(first.classified[0], undefined, 'not PI without the custom word');
    const second = classifyRecords(candidates, custom, first.memo);
    assert.deepEqual(second.classified, classifyCandidates(candidates, custom));
    assert.equal(second.classified[0]?.category, 'property');
    // …and back again: the custom scan's memo is not used for the default vocabulary.
    assert.equal(classifyRecords(candidates, STRICT, second.memo).classified[0], undefined);
  });

  it('another contested reading', () => {
    const candidates = [field('bankCardNo', 'Member')];
    const strict = classifyRecords(candidates, STRICT, undefined);
    const lenient = classifyRecords(candidates, { ...STRICT, contestedReading: 'lenient' }, strict.memo);
    assert.deepEqual([strict.classified[0]?.class, lenient.classified[0]?.class], ['A', 'C']);
  });

  it('a memo that did not come from a scan', () => {
    const candidates = member();
    const forged = { vocabulary: defaultVocabulary(), contestedReading: 'strict', owned: 'x', alone: null };
    const result = classifyRecords(candidates, STRICT, forged as unknown as RecordMemo);
    assert.deepEqual(result.classified, classifyCandidates(candidates, STRICT));
  });
});

describe('the memo is bounded', () => {
  it('holds the records of the latest scan only, however many scans came before', () => {
    let memo: RecordMemo | undefined;
    for (let scan = 0; scan < 40; scan++) {
      const candidates = Array.from({ length: 1 + (scan % 7) }, (_, k) => [
        field('realName', `Owner${scan}x${k}`),
        field(`note${scan}`, undefined, { role: 'usage' }),
      ]).flat();
      memo = classifyRecords(candidates, STRICT, memo).memo;
      // One record per owner, and the repeated owner-less usage once.
      assert.equal(memo.size, 1 + (scan % 7) + 1);
    }
  });

  it('keeps a bounded number of readings of one owner-less name', () => {
    const candidates = Array.from({ length: 1000 }, (_, k) =>
      field('value', undefined, { role: 'usage', comment: `说明${k}` }),
    );
    const { memo } = classifyRecords(candidates, STRICT, undefined);
    assert.ok(memo.size <= 8, `${memo.size} readings kept`);
    assert.deepEqual(
      classifyRecords(candidates, STRICT, memo).classified,
      classifyCandidates(candidates, STRICT),
    );
  });
});

describe('scanText with the memo after a config change', () => {
  const path = 'src/member.ts';
  const text = [
    'export interface Member {',
    '  loyalty_tier_code: string;',
    '  bankCardNo: string;',
    '  realName: string;',
    '}',
  ].join('\n');
  const strip = (r: ScanResult): unknown => ({ ...r, memo: undefined });
  const parsed = parseConfig(
    '{ "vocabulary": { "property": { "en": ["loyalty_tier_code"] } }, "contestedReading": "lenient" }',
  );
  if (!parsed.ok) throw new Error('the example config must parse');

  it('finds what a fresh scan with the new config finds, and back', () => {
    const plain = scanText(text, { path });
    const configured = scanText(text, { path }, { config: parsed.config, previous: plain.memo as ScanMemo });
    assert.deepEqual(strip(configured), strip(scanText(text, { path }, { config: parsed.config })));
    assert.notDeepEqual(configured.findings, plain.findings, 'the config changes the findings');
    const back = scanText(text, { path }, { previous: configured.memo as ScanMemo });
    assert.deepEqual(strip(back), strip(plain));
  });
});

describe('scanText with kept verdicts still masks values in names', () => {
  it('an owner holding a phone number is masked in the re-scan as in a fresh scan', () => {
    const path = 'src/u.ts';
    const text = 'export interface U13812345678 {\n  realName: string;\n  idCardNo: string;\n}\n';
    const edited = `// note\n${text}`;
    const first = scanText(text, { path });
    const again = scanText(edited, { path }, { previous: first.memo as ScanMemo });
    const unchanged = scanText(text, { path }, { previous: first.memo as ScanMemo });
    for (const result of [first, again, unchanged]) {
      assert.ok(result.findings.length > 0);
      for (const f of result.findings) assert.equal(f.owner, 'U138****5678');
    }
    assert.deepEqual(again.findings, scanText(edited, { path }).findings);
    assert.deepEqual(unchanged.findings, first.findings);
  });
});
