// Pure rules of the review features: which findings a change touches, how a baselined finding
// is shown, and which column mapping is worth a re-count.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ColumnProfile } from '../../../src/core/dataset/profile.js';
import type { Finding } from '../../../src/core/types.js';
import {
  applyMapping,
  effectiveOverrides,
  sameMapping,
  uniqueColumns,
} from '../../../src/extension/report/mapping.js';
import { levelAfterBaseline } from '../../../src/extension/review/baselinePolicy.js';
import {
  findingsOnChangedLines,
  sortTouched,
  type TouchedField,
} from '../../../src/extension/review/touchedFields.js';
import { relativeTo } from '../../../src/shared/paths.js';
import type { SeverityLevel } from '../../../src/shared/settingsSchema.js';

function at(line: number, field: string, state?: 'anonymized' | 'deidentified'): Finding {
  return {
    field,
    range: { start: { line, character: 2 }, end: { line, character: 2 + field.length } },
    role: 'declaration',
    category: 'contact',
    class: 'C',
    confidence: 'high',
    evidence: [],
    ...(state !== undefined ? { state } : {}),
  };
}

describe('findingsOnChangedLines', () => {
  // 0-based lines 0..5; spans are 1-based inclusive, as git reports them.
  const findings = [at(0, 'a'), at(2, 'b'), at(3, 'c'), at(5, 'd'), at(4, 'e', 'anonymized')];
  const cases: [string, Parameters<typeof findingsOnChangedLines>[1], string[]][] = [
    ['a span covering lines 3–4', [{ start: 3, end: 4 }], ['b', 'c']],
    [
      'two spans',
      [
        { start: 1, end: 1 },
        { start: 6, end: 6 },
      ],
      ['a', 'd'],
    ],
    ['no span', [], []],
    ['a span next to the fields only', [{ start: 2, end: 2 }], []],
    ['an untracked file', 'all', ['a', 'b', 'c', 'd']],
    ['anonymised data is not PI even on a changed line', [{ start: 5, end: 5 }], []],
  ];
  for (const [name, spans, expected] of cases) {
    test(name, () => {
      assert.deepEqual(
        findingsOnChangedLines(findings, spans).map((f) => f.field),
        expected,
      );
    });
  }

  test('touched fields sort by file then position', () => {
    const t = (file: string, line: number, character: number): TouchedField => ({
      root: '/repo',
      file,
      field: 'x',
      category: 'contact',
      class: 'C',
      role: 'declaration',
      line,
      character,
      endLine: line,
      endCharacter: character + 1,
    });
    const sorted = sortTouched([t('b.sql', 1, 0), t('a.sql', 9, 0), t('a.sql', 2, 5), t('a.sql', 2, 1)]);
    assert.deepEqual(
      sorted.map((f) => `${f.file}:${f.line}:${f.character}`),
      ['a.sql:2:1', 'a.sql:2:5', 'a.sql:9:0', 'b.sql:1:0'],
    );
  });
});

describe('levelAfterBaseline', () => {
  const levels: SeverityLevel[] = ['error', 'warning', 'information', 'hint', 'off'];
  for (const level of levels) {
    test(`${level}: unchanged when not baselined`, () => {
      assert.equal(levelAfterBaseline(level, false, 'hint'), level);
      assert.equal(levelAfterBaseline(level, false, 'hide'), level);
    });
    test(`${level}: baselined → ${level === 'off' ? 'off' : 'hint'} (hint mode), off (hide mode)`, () => {
      assert.equal(levelAfterBaseline(level, true, 'hint'), level === 'off' ? 'off' : 'hint');
      assert.equal(levelAfterBaseline(level, true, 'hide'), 'off');
    });
  }
});

describe('relativeTo (baseline entries are relative to the baseline folder)', () => {
  const cases: [string, string, string | undefined][] = [
    ['/repo', '/repo/src/a.sql', 'src/a.sql'],
    ['/repo/', '/repo/a.sql', 'a.sql'],
    ['/repo', '/repository/a.sql', undefined],
    ['/repo', '/other/a.sql', undefined],
    ['/repo', '/repo', undefined],
  ];
  for (const [folder, path, expected] of cases)
    test(`${folder} + ${path}`, () => {
      assert.equal(relativeTo(folder, path), expected);
    });
});

function column(
  index: number,
  name: string,
  category: ColumnProfile['category'],
  source: ColumnProfile['source'] = 'both',
): ColumnProfile {
  return {
    index,
    name,
    category,
    source,
    share: 1,
    legalClass: category === null ? null : 'C',
    maskedShare: 0,
    minorShare: 0,
    evidence: [],
    examples: [],
    sampled: 10,
  };
}

describe('column mapping', () => {
  const columns = [
    column(0, 'xm', 'name'),
    column(1, 'city', 'name', 'values'),
    column(2, 'note', null, 'none'),
    column(3, 'tel', 'contact'),
    column(0, 'xm', 'name'),
  ];

  test('one entry per column name', () => {
    assert.deepEqual(
      uniqueColumns(columns).map((c) => c.name),
      ['xm', 'city', 'note', 'tel'],
    );
  });

  test('overrides apply and PI columns come first', () => {
    const effective = applyMapping(uniqueColumns(columns), { city: 'none', note: 'address' });
    assert.deepEqual(
      effective.map((e) => [e.profile.name, e.category, e.overridden]),
      [
        ['xm', 'name', false],
        ['note', 'address', true],
        ['tel', 'contact', false],
        ['city', 'none', true],
      ],
    );
  });

  test('only real changes are worth a re-count', () => {
    assert.deepEqual(effectiveOverrides(columns, {}), {});
    assert.deepEqual(
      effectiveOverrides(columns, { xm: 'name', note: 'none' }),
      {},
      'confirming what the profile said changes nothing',
    );
    assert.deepEqual(effectiveOverrides(columns, { city: 'none', tel: 'contact', ghost: 'name' }), {
      city: 'none',
    });
  });

  test('sameMapping compares keys and values, not order', () => {
    assert.ok(sameMapping({ a: 'name', b: 'none' }, { b: 'none', a: 'name' }));
    assert.ok(!sameMapping({ a: 'name' }, { a: 'contact' }));
    assert.ok(!sameMapping({ a: 'name' }, { a: 'name', b: 'none' }));
    assert.ok(sameMapping({}, {}));
  });
});
