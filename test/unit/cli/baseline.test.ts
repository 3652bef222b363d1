import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createBaseline,
  matchBaseline,
  parseBaseline,
  serializeBaseline,
  type Baseline,
} from '../../../src/core/review/baseline.js';

const entry = (file: string, fingerprint: string, extra: Partial<Baseline['entries'][number]> = {}) => ({
  file,
  line: 1,
  category: 'contact',
  field: 'phone',
  fingerprint,
  ...extra,
});

describe('matchBaseline', () => {
  const baseline: Baseline = {
    version: 1,
    entries: [
      entry('a.ts', 'f1:1'),
      entry('a.ts', 'f2:1'),
      entry('old.ts', 'f3:1'),
      entry('elsewhere.ts', 'f9:1'),
      entry('a.ts', 'gone:1'),
    ],
  };
  const inScope = (file: string) => file !== 'elsewhere.ts';

  it('splits findings into fresh and baselined, one entry per finding', () => {
    const findings = [
      { file: 'a.ts', fingerprint: 'f1:1' },
      { file: 'a.ts', fingerprint: 'f1:1' }, // a second identical finding is new
      { file: 'a.ts', fingerprint: 'new:1' },
    ];
    const m = matchBaseline(findings, baseline, inScope);
    assert.deepEqual(m.fresh, [findings[1], findings[2]]);
    assert.deepEqual(
      m.baselined.map((b) => b.entry.fingerprint),
      ['f1:1'],
    );
  });

  it('keeps the identity of a finding in a renamed file', () => {
    const m = matchBaseline([{ file: 'new.ts', fingerprint: 'f3:1' }], baseline, inScope);
    assert.equal(m.fresh.length, 0);
    assert.equal(m.baselined[0]?.entry.file, 'old.ts');
  });

  it('prefers the entry of the same file when fingerprints repeat across files', () => {
    const b: Baseline = { version: 1, entries: [entry('x.ts', 'same:1'), entry('y.ts', 'same:1')] };
    const m = matchBaseline([{ file: 'y.ts', fingerprint: 'same:1' }], b, () => true);
    assert.equal(m.baselined[0]?.entry.file, 'y.ts');
    assert.deepEqual(
      m.stale.map((e) => e.file),
      ['x.ts'],
    );
  });

  it('reports unmatched entries as stale only when in scope', () => {
    const m = matchBaseline(
      [
        { file: 'a.ts', fingerprint: 'f1:1' },
        { file: 'a.ts', fingerprint: 'f2:1' },
      ],
      baseline,
      inScope,
    );
    assert.deepEqual(
      m.stale.map((e) => `${e.file} ${e.fingerprint}`),
      ['a.ts gone:1', 'old.ts f3:1'],
    );
  });
});

describe('createBaseline', () => {
  it('keeps earlier reasons, applies the new reason to the rest, sorts entries', () => {
    const previous: Baseline = { version: 1, entries: [entry('b.ts', 'k:1', { reason: 'legacy table' })] };
    const now = [
      { file: 'b.ts', line: 9, category: 'contact', field: 'phone', fingerprint: 'k:1' },
      { file: 'a.ts', line: 3, category: 'name', field: 'xm', owner: 'T_RY', fingerprint: 'n:1' },
    ];
    const b = createBaseline(now, previous, 'accepted 2026-11-30');
    assert.deepEqual(b.entries, [
      {
        file: 'a.ts',
        line: 3,
        category: 'name',
        field: 'xm',
        owner: 'T_RY',
        fingerprint: 'n:1',
        reason: 'accepted 2026-11-30',
      },
      {
        file: 'b.ts',
        line: 9,
        category: 'contact',
        field: 'phone',
        fingerprint: 'k:1',
        reason: 'legacy table',
      },
    ]);
  });

  it('carries over entries of files outside the run unchanged', () => {
    const previous: Baseline = {
      version: 1,
      entries: [entry('lib/x.ts', 'x:1', { reason: 'kept' }), entry('src/a.ts', 'gone:1')],
    };
    const b = createBaseline(
      [{ file: 'src/a.ts', line: 2, category: 'name', field: 'n', fingerprint: 'n:1' }],
      previous,
      undefined,
      (f) => !f.startsWith('src/'),
    );
    assert.deepEqual(
      b.entries.map((e) => `${e.file} ${e.fingerprint} ${e.reason ?? '-'}`),
      ['lib/x.ts x:1 kept', 'src/a.ts n:1 -'],
    );
  });

  it('omits the reason when none is given', () => {
    const b = createBaseline(
      [{ file: 'a.ts', line: 1, category: 'name', field: 'n', fingerprint: 'x:1' }],
      undefined,
      undefined,
    );
    assert.equal('reason' in (b.entries[0] ?? {}), false);
  });
});

describe('parseBaseline', () => {
  it('round-trips what serializeBaseline writes', () => {
    const b: Baseline = { version: 1, entries: [entry('a.ts', 'x:1', { reason: 'ok' })] };
    assert.deepEqual(parseBaseline(serializeBaseline(b)), { ok: true, baseline: b });
  });

  it('names what is wrong', () => {
    const cases: [string, RegExp][] = [
      ['{', /^not valid JSON/],
      ['{"version":2,"entries":[]}', /^version: /],
      ['{"version":1}', /^entries: /],
      [
        '{"version":1,"entries":[{"file":"a","line":0,"category":"c","field":"f","fingerprint":"x"}]}',
        /^entries\.0\.line: /,
      ],
      ['[]', /^\(root\): /],
    ];
    for (const [text, error] of cases) {
      const r = parseBaseline(text);
      assert.equal(r.ok, false, text);
      assert.match(r.error, error, text);
    }
  });
});
