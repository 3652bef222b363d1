// JSON record splitting: capped, depth-checked, chunking-proof; bad records skipped with a note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { JsonArraySplitter, JsonLinesSplitter } from '../../../src/core/dataset/jsonSplit.js';
import type { RecordLimits } from '../../../src/core/dataset/recordBuffer.js';
import { TableSink } from '../../../src/core/dataset/tableSink.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { readJsonArray, readJsonLines, readJsonObject } from '../../../src/node/dataset/jsonFile.js';
import { tempDir } from './fixtures.js';
import { seeded } from './random.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const tiny: RecordLimits = { maxRecordBytes: 64, maxDepth: 4 };

type Event = [string, string | number];

/** Splits `text` in chunks of 1..most bytes; returns records (text) and skips (reason, index). */
function split(kind: 'array' | 'lines', text: string, limits: RecordLimits, most: number, seed = 1): Event[] {
  const out: Event[] = [];
  const events = {
    record: (b: Uint8Array) => out.push(['record', dec.decode(b)]),
    skipped: (reason: string, at: { index: number }) => out.push([reason, at.index]),
  };
  const s = kind === 'array' ? new JsonArraySplitter(events, limits) : new JsonLinesSplitter(events, limits);
  const bytes = enc.encode(text);
  const rand = seeded(seed);
  let most_held = 0;
  for (let i = 0; i < bytes.length;) {
    const size = 1 + Math.floor(rand() * most);
    s.push(bytes.slice(i, i + size));
    most_held = Math.max(most_held, s.buffered);
    i += size;
  }
  if (s instanceof JsonLinesSplitter) s.end();
  assert.ok(most_held <= limits.maxRecordBytes, `held ${most_held} bytes, cap ${limits.maxRecordBytes}`);
  return out;
}

function splitAll(kind: 'array' | 'lines', text: string, limits: RecordLimits): Event[] {
  const whole = split(kind, text, limits, text.length + 1);
  for (const most of [1, 3, 17])
    assert.deepEqual(split(kind, text, limits, most), whole, `chunks of ≤ ${most}`);
  return whole;
}

const deep = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

test('array elements: too large and too deep are skipped by number, the rest kept, any chunking', () => {
  const big = JSON.stringify({ s: 'x'.repeat(100) });
  const text = `[{"a":"q\\"[{,"}, ${big}, ${deep(5)}, ${deep(4)}, [1,2] ]`;
  assert.deepEqual(splitAll('array', text, tiny), [
    ['record', '{"a":"q\\"[{,"}'],
    ['too-large', 2],
    ['too-deep', 3],
    ['record', deep(4)],
    // Whitespace before the closing bracket stays with the element (JSON.parse ignores it).
    ['record', '[1,2] '],
  ]);
});

test('JSON Lines: a bad line never swallows the next; escapes and brackets in strings are not structure', () => {
  const text = [
    '{"a":"\\\\"}',
    '{"a":"unterminated',
    '',
    '  ',
    deep(6),
    '{"b":"]}\\n"}',
    'x'.repeat(80),
    '{"c":1}',
  ].join('\r\n');
  assert.deepEqual(splitAll('lines', text, tiny), [
    ['record', '{"a":"\\\\"}\r'],
    ['record', '{"a":"unterminated\r'],
    ['too-deep', 3],
    ['record', '{"b":"]}\\n"}\r'],
    ['too-large', 5],
    ['record', '{"c":1}'],
  ]);
});

const people = Array.from({ length: 200 }, (_, i) => ({
  手机号: `138${String(i).padStart(8, '0')}`,
  地址: '北京市海淀区',
}));

test('a record nested 4,000 or 100,000 deep is one malformed record, with a note; the rest are counted', async () => {
  const t = tempDir();
  try {
    for (const depth of [4000, 100_000]) {
      const nested = `{"n":${deep(depth)}}`;
      const arr = `[[${'['.repeat(depth)}${']'.repeat(depth)}]]`;
      const lines = people.map((p) => JSON.stringify(p));
      const files: [string, string, string][] = [
        ['deep.jsonl', [...lines, nested, ...lines].join('\n'), 'line 201'],
        ['deep.json', `[${[...lines, nested].join(',')}]`, 'record 201'],
        ['deep-arr.json', `[${[...lines, arr.slice(1, -1)].join(',')}]`, 'record 201'],
        ['wrapper.json', `{"data":[${[...lines, nested].join(',')}]}`, 'record 201'],
        ['deep.jsonl.gz', [...lines, nested].join('\n'), 'line 201'],
      ];
      for (const [name, text, where] of files) {
        writeFileSync(t.file(name), name.endsWith('.gz') ? gzipSync(text) : text);
        const r = await estimateDataset([t.file(name)], { workers: 1 });
        assert.equal(r.counts.malformed, 1, `${name} ${depth}`);
        assert.equal(r.persons, 200, `${name} ${depth}: persons`);
        const note = r.parts[0]?.notes.find((n) => n.includes('nested deeper than 1,000 levels'));
        assert.ok(note?.includes(where), `${name} ${depth}: ${r.parts[0]?.notes.join(' | ')}`);
      }
    }
    // A wrapper whose only deep part is a scalar property: that property is dropped, not the run.
    writeFileSync(t.file('meta.json'), `{"meta":${deep(100_000)},"手机号":"13800138000"}`);
    const meta = await estimateDataset([t.file('meta.json')], { workers: 1 });
    assert.equal(meta.counts.malformed, 0);
    assert.equal(meta.records, 1);
    // Negative: 1,000 levels is still a record.
    writeFileSync(t.file('ok.jsonl'), [...people.map((p) => JSON.stringify(p)), deep(999)].join('\n'));
    const ok = await estimateDataset([t.file('ok.jsonl')], { workers: 1 });
    assert.equal(ok.counts.malformed, 0);
    assert.equal(ok.records, 201);
  } finally {
    t.done();
  }
});

function* chunks(text: string, size: number): Generator<Uint8Array> {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

const sink = (): TableSink =>
  new TableSink({ dedupe: true, isSensitive: () => false, counterSetup: () => ({ key: [1, 2, 3, 4] }) });

test('readers note skipped and invalid records with the first position; truncation is noted', async () => {
  const lines = ['{"a":1}', 'not json', '{"a":"' + 'x'.repeat(100) + '"}', '{"a":2}', '3'].join('\n');
  const s1 = sink();
  const r1 = await readJsonLines(chunks(lines, 5), s1, { limits: tiny });
  assert.deepEqual(r1.notes, [
    '2 records not valid JSON, counted as malformed; the first at line 2',
    '1 record longer than 64 bytes skipped as malformed; the first at line 3',
  ]);
  assert.equal(s1.finish().counter.malformed, 3);

  const s2 = sink();
  const r2 = await readJsonArray(chunks('[{"a":1},{"a":2', 4), s2, { limits: tiny });
  assert.equal(r2.complete, false);
  assert.ok(r2.notes.some((n) => n.includes('not closed')));
  assert.equal(s2.finish().counter.malformed, 1);

  const r3 = await readJsonObject(chunks(`{"rows":[{"a":1},${deep(9)},{"a":3}]}`, 3), sink, { limits: tiny });
  assert.ok(
    r3.notes.some((n) => n.includes('1 record nested deeper than 4 levels') && n.includes('record 2')),
  );
  assert.equal(r3.sink.finish().counter.malformed, 1);

  // Negative: clean input gives no note.
  const r4 = await readJsonLines(chunks('{"a":1}\n{"a":2}\n', 3), sink(), { limits: tiny });
  assert.deepEqual(r4.notes, []);
});
