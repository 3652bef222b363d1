// Exact duplicates are judged on field values: however a record is quoted, the same values are
// the same record. Generated records, each written several ways, with the truth known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecordCounter } from '../../../src/core/dataset/count.js';
import { CsvScanner } from '../../../src/core/dataset/csvScan.js';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { pick, seeded } from './random.js';

const PIECES = ['a', 'b', '张三', '"', ',', ';', '\t', '\n', '\r\n', ' ', '138', '""', 'x"y'];
const enc = new TextEncoder();

/** One way of writing `value`: quoted when it must be, otherwise quoted or not at random. */
function write(rand: () => number, value: string, d: string): string {
  const must = value.startsWith('"') || /[\r\n]/.test(value) || value.includes(d);
  return must || rand() < 0.5 ? `"${value.replaceAll('"', '""')}"` : value;
}

function countDistinct(text: string, d: string, cols: number, rand: () => number): RecordCounter {
  const counter = new RecordCounter(
    makePlan(cols, [{ index: 0, category: 'name', legalClass: 'C' }], -1, true),
    { key: [5, 6, 7, 8] },
  );
  const scanner = new CsvScanner({ delimiter: d.charCodeAt(0), quote: 0x22 }, (r) => {
    counter.add(r);
  });
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length;) {
    const size = 1 + Math.floor(rand() * 64);
    scanner.push(bytes.slice(i, i + size));
    i += size;
  }
  scanner.end();
  return counter;
}

test('"a",b and a,b are one record: distinct counts follow values, not quoting (300 generated files)', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const rand = seeded(seed);
    const d = pick(rand, [',', ';', '\t', '|']);
    const cols = 1 + Math.floor(rand() * 4);
    const tuples = Array.from({ length: 1 + Math.floor(rand() * 12) }, (_, k) => [
      `p${k}${pick(rand, ['', '"', ',', '张'])}`,
      ...Array.from({ length: cols - 1 }, () =>
        Array.from({ length: Math.floor(rand() * 4) }, () => pick(rand, PIECES)).join(''),
      ),
    ]);
    const used = new Set<number>();
    const lines: string[] = [];
    for (let i = 0; i < 60; i++) {
      const k = Math.floor(rand() * tuples.length);
      used.add(k);
      lines.push((tuples[k] ?? []).map((v) => write(rand, v, d)).join(d));
    }
    const counter = countDistinct(lines.join(rand() < 0.5 ? '\n' : '\r\n') + '\n', d, cols, rand);
    assert.equal(counter.malformed, 0, `seed ${seed}`);
    assert.equal(counter.withPi, 60, `seed ${seed}`);
    assert.equal(counter.distinctRecords, used.size, `seed ${seed}: ${lines.slice(0, 4).join(' | ')}`);
  }
});

test('values that differ only inside quotes stay distinct', () => {
  const rand = seeded(5);
  const table: [string, number][] = [
    ['"a",b\na,b\n"a","b"\n', 1],
    ['"a,b",c\na,"b,c"\n', 2],
    ['"a""b",c\na"b,c\n', 1],
    ['"a""b",c\n"a""""b",c\n', 2],
    ['"""a",b\n"a",b\n', 2],
    ['id,"",x\nid,,x\n', 1],
    ['"a\nb",c\n"a\r\nb",c\n', 2],
  ];
  for (const [text, distinct] of table) {
    const counter = countDistinct(text, ',', text.startsWith('id') ? 3 : 2, rand);
    assert.equal(counter.malformed, 0, JSON.stringify(text));
    assert.equal(counter.distinctRecords, distinct, JSON.stringify(text));
  }
});
