// The §5 JSON contract, the renderings, and the rule that no raw value ever appears in output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { runEstimate } from '../../../src/cli/estimate.js';
import { escapeMarkdown } from '../../../src/core/dataset/render.js';
import { people, tempDir, toCsv } from './fixtures.js';

function capture(): {
  io: { cwd: string; stdout: { write(s: string): void }; stderr: { write(s: string): void } };
  out: () => string;
  err: () => string;
} {
  let out = '';
  let err = '';
  return {
    io: { cwd: '/', stdout: { write: (s) => void (out += s) }, stderr: { write: (s) => void (err += s) } },
    out: () => out,
    err: () => err,
  };
}

const CONTRACT = [
  'version',
  'tier',
  'ratio',
  'pieces',
  'byCategory',
  'persons',
  'records',
  'columns',
  'duties',
  'bytes',
];

test('JSON output follows the contract, in order, and carries no raw values in any format', async () => {
  const t = tempDir();
  try {
    const p = people(6000);
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    const raw = p.rows.flatMap((r) => r.slice(0, 4));
    for (const format of ['json', 'markdown', 'text']) {
      const c = capture();
      // Lenient: resident IDs stay class C (resident_id_info); the strict reading is tested below.
      const args = [t.file('p.csv'), '--format', format, '--workers', '1', '--contested', 'lenient'];
      assert.equal(await runEstimate(args, c.io), 0);
      const out = c.out();
      for (const v of raw) assert.ok(!out.includes(v), `${format} output contains a raw value`);
      if (format === 'json') {
        const doc = JSON.parse(out) as Record<string, unknown>;
        assert.deepEqual(Object.keys(doc).slice(0, CONTRACT.length), CONTRACT);
        assert.equal(doc.version, 1);
        assert.equal(doc.tier, 'serious');
        assert.equal(doc.ratio, 1.2);
        assert.deepEqual(doc.pieces, { A: 0, B: 0, C: 6000 });
        assert.equal(doc.persons, 6000);
        assert.deepEqual(Object.keys((doc.columns as object[])[0] ?? {}), [
          'name',
          'category',
          'source',
          'share',
        ]);
        assert.ok(Array.isArray(doc.duties));
      } else {
        // Holding (the default conduct): the standard an act would reach, never a bare "SERIOUS".
        assert.match(
          out,
          /If sold, provided or illegally obtained: Quantity standard for 情节严重 reached \(estimate\)/,
        );
        assert.doesNotMatch(out, /SERIOUS|Tier:/);
        assert.match(out, /R = A\/50 \+ B\/500 \+ C\/5000 = 1\.20 against 1 \(serious\) and 10/);
        assert.match(out, /\d{3}(?:\\?\*){11}[\dX]{4}/, 'a masked resident ID example');
      }
    }
  } finally {
    t.done();
  }
});

test('assessment flags reach the tier arithmetic: insider halves, gains, prior record, no-dedupe, map', async () => {
  const t = tempDir();
  try {
    const p = people(3000, { dups: 1000 });
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    const run = async (...flags: string[]): Promise<Record<string, unknown>> => {
      const c = capture();
      assert.equal(
        await runEstimate(
          [t.file('p.csv'), '--format', 'json', '--workers', '1', '--contested', 'lenient', ...flags],
          c.io,
        ),
        0,
        c.err(),
      );
      return JSON.parse(c.out()) as Record<string, unknown>;
    };
    assert.equal((await run()).tier, 'below');
    // Strict (the default): resident IDs are resident-ID information, class B (Guiding Case 193).
    const strict = await run('--contested', 'strict');
    assert.deepEqual(strict.pieces, { A: 0, B: 3000, C: 0 });
    assert.equal(strict.tier, 'serious');
    assert.equal((await run('--insider', '--conduct', 'provide')).tier, 'serious');
    assert.equal((await run('--gains', '6000', '--conduct', 'provide')).tier, 'serious');
    assert.equal((await run('--prior-record')).tier, 'serious');
    assert.deepEqual((await run('--no-dedupe')).pieces, { A: 0, B: 0, C: 4000 });
    const mapped = await run('--map', '住址=whereabouts');
    assert.deepEqual(mapped.pieces, { A: 3000, B: 0, C: 0 });
    assert.equal(mapped.tier, 'especially_serious');
    const cols = mapped.columns as { name: string; source: string }[];
    assert.equal(cols.find((c) => c.name === '住址')?.source, 'override');
  } finally {
    t.done();
  }
});

test('exit code 2 with a one-line reason for bad usage and unreadable input', async () => {
  const cases: string[][] = [
    [],
    ['x.csv', '--format', 'xml'],
    ['x.csv', '--conduct', 'steal'],
    ['x.csv', '--gains', '-1'],
    ['x.csv', '--map', 'a=nonsense'],
    ['x.csv', '--bogus'],
    ['/nonexistent/x.csv'],
  ];
  for (const args of cases) {
    const c = capture();
    assert.equal(await runEstimate(args, c.io), 2, args.join(' '));
    assert.equal(c.err().trimEnd().split('\n').length, 1, `one line for ${args.join(' ')}`);
    assert.match(c.err(), /^pilens estimate: /);
  }
});

test('--gains: negative or empty values are named as such (not "ambiguous", not 0 CNY)', async () => {
  for (const value of ['-5', '', ' ', 'x']) {
    const c = capture();
    assert.equal(await runEstimate(['x.csv', '--gains', value], c.io), 2, JSON.stringify(value));
    assert.equal(c.err(), 'pilens estimate: --gains must be a non-negative amount in CNY\n');
  }
  const t = tempDir();
  try {
    // Negative: a real amount, and 0, are accepted.
    writeFileSync(t.file('x.csv'), '手机号\n13800138000\n');
    for (const value of ['0', '6000'])
      assert.equal(await runEstimate([t.file('x.csv'), '--gains', value], capture().io), 0);
  } finally {
    t.done();
  }
});

test('Markdown escaping of dataset-derived names', () => {
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>|a'), '\\<img src=x onerror=alert\\(1\\)\\>\\|a');
});
