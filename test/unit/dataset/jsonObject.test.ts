// Wrapper-object JSON ({"data": [ … ]}): shape detection, streaming splitting, ground truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { jsonShape, JsonObjectSplitter } from '../../../src/node/dataset/jsonObject.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir } from './fixtures.js';
import { pick, seeded } from './random.js';

const P = people(300, { dups: 20, empty: 10 });
const objects = P.rows.map((r) => Object.fromEntries(P.header.map((h, i) => [h, r[i] ?? ''])));
const enc = new TextEncoder();
const dec = new TextDecoder();

test('jsonShape: array, one object (closed or cut off), or JSON Lines', () => {
  const table: [string, ReturnType<typeof jsonShape>][] = [
    ['[{"a":1}]', 'array'],
    ['  \n[1,2', 'array'],
    ['{"data": [{"a": 1}], "total": 1}\n', 'object'],
    ['\uFEFF{"rows": [', 'object'],
    ['{"a": "}{"}\n  \n', 'object'],
    ['{"a":1}\n{"a":2}\n', 'lines'],
    ['{"a":1} {"a":2}', 'lines'],
    ['name,phone\n', 'lines'],
  ];
  for (const [text, shape] of table) assert.equal(jsonShape(enc.encode(text)), shape, JSON.stringify(text));
});

/** Generated values with every character the splitter must not be fooled by. */
function trickyValue(rand: () => number): unknown {
  const s = () =>
    Array.from({ length: Math.floor(rand() * 6) }, () =>
      pick(rand, ['{', '}', '[', ']', ',', ':', '"', '\\', 'a', '宁', ' ', '\n']),
    ).join('');
  return pick(rand, [
    () => s(),
    () => Math.floor(rand() * 1000),
    () => null,
    () => true,
    () => ({ k: s(), n: [s(), 1] }),
    () => [s(), { x: s() }],
  ])();
}

test('the splitter agrees with JSON.parse on generated wrappers, whatever the chunking', () => {
  const rand = seeded(99);
  for (let n = 0; n < 200; n++) {
    const wrapper: Record<string, unknown> = {};
    const keys = Array.from(
      { length: 1 + Math.floor(rand() * 4) },
      (_, i) => `k${i}${pick(rand, ['', '"q', '}', '宁'])}`,
    );
    for (const k of keys)
      wrapper[k] =
        rand() < 0.6
          ? Array.from({ length: Math.floor(rand() * 5) }, () => trickyValue(rand))
          : trickyValue(rand);
    const bytes = enc.encode(JSON.stringify(wrapper, null, rand() < 0.5 ? 2 : undefined));
    const got: Record<string, unknown> = {};
    const splitter = new JsonObjectSplitter({
      element(key, b) {
        ((got[key] ??= []) as unknown[]).push(JSON.parse(dec.decode(b)));
      },
      property(key, text) {
        got[key] = text === null ? undefined : JSON.parse(dec.decode(text));
      },
      skipped: () => assert.fail('nothing is skipped'),
    });
    for (let i = 0; i < bytes.length;) {
      const size = 1 + Math.floor(rand() * 17);
      splitter.push(bytes.slice(i, i + size));
      i += size;
    }
    // Empty arrays produce no elements: compare with them removed.
    const expected = Object.fromEntries(
      Object.entries(wrapper).filter(([, v]) => !(Array.isArray(v) && v.length === 0)),
    );
    assert.deepEqual(got, expected, dec.decode(bytes));
    assert.equal(splitter.complete, true);
    assert.equal(splitter.invalid, false);
  }
});

test('streaming: only the pending element is held back, never the whole input', () => {
  const record = enc.encode(JSON.stringify(objects[0]));
  let elements = 0;
  const splitter = new JsonObjectSplitter({
    element: () => {
      elements++;
    },
    property: () => undefined,
    skipped: () => assert.fail('nothing is skipped'),
  });
  splitter.push(enc.encode('{"total": 20000, "data": ['));
  let most = 0;
  const chunk = new Uint8Array(4096);
  let fill = 0;
  for (let i = 0; i < 20000; i++) {
    for (const b of [...record, 0x2c]) {
      chunk[fill++] = b;
      if (fill === chunk.length) {
        splitter.push(chunk);
        most = Math.max(most, splitter.buffered);
        fill = 0;
      }
    }
  }
  splitter.push(chunk.subarray(0, fill - 1));
  splitter.push(enc.encode(']}'));
  assert.equal(elements, 20000);
  assert.ok(most <= record.length + 1, `held back at most one record (${most} bytes)`);
  assert.equal(splitter.complete, true);
});

test('wrapper files are read through their records property, with a note', async () => {
  const t = tempDir();
  try {
    const files: [string, Uint8Array, string][] = [
      ['data.json', enc.encode(JSON.stringify({ data: objects })), '"data" (330 elements)'],
      [
        'rows.json',
        enc.encode(JSON.stringify({ rows: objects, total: 330 }, null, 2)),
        '"rows" (330 elements)',
      ],
      [
        'meta-first.json.gz',
        gzipSync(JSON.stringify({ code: 0, msg: '}{', list: objects, errors: [] })),
        '"list"',
      ],
      [
        'largest.json',
        enc.encode(JSON.stringify({ tags: ['a', 'b'], admins: objects.slice(0, 2), users: objects })),
        '"users"',
      ],
      ['export.dat', enc.encode(JSON.stringify({ result: objects })), '"result"'],
    ];
    for (const [name, bytes, note] of files) {
      writeFileSync(t.file(name), bytes);
      const r = await estimateDataset([t.file(name)], { workers: 1, reading: 'lenient' as const });
      assert.equal(r.records, 330, `${name}: records`);
      assert.equal(r.pieces.C, 300, `${name}: pieces`);
      assert.equal(r.persons, 300, `${name}: persons`);
      assert.equal(r.counts.malformed, 0, `${name}: nothing malformed`);
      assert.ok(
        r.parts[0]?.notes.some((n) => n.includes(note)),
        `${name}: ${r.parts[0]?.notes.join(' | ')}`,
      );
    }
    const largest = await estimateDataset([t.file('largest.json')], {
      workers: 1,
      reading: 'lenient' as const,
    });
    assert.ok(
      largest.parts[0]?.notes.some((n) => n.includes('other top-level arrays not read: "admins" (2)')),
    );
    // A wrapper cut off mid-record: what was complete counts, the rest is one malformed record.
    const whole = JSON.stringify({ data: objects });
    writeFileSync(t.file('cut.json'), whole.slice(0, Math.floor(whole.length / 2)));
    const cut = await estimateDataset([t.file('cut.json')], { workers: 1, reading: 'lenient' as const });
    assert.equal(cut.counts.malformed, 1);
    assert.ok(cut.records > 100 && cut.records < 330);
    // JSON Lines in a .json file is still JSON Lines.
    writeFileSync(t.file('lines.json'), objects.map((o) => JSON.stringify(o)).join('\n'));
    const lines = await estimateDataset([t.file('lines.json')], { workers: 1, reading: 'lenient' as const });
    assert.equal(lines.pieces.C, 300);
    assert.equal(lines.counts.malformed, 0);
  } finally {
    t.done();
  }
});
