// Personal data written as literals: found by checksum or tight shape, reported masked.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanLiterals } from '../../../src/core/scan/literals.js';
import { luhnCheckDigit, residentIdCheckChar } from '../../../src/core/values/index.js';

// Built here so no real-looking number is committed: checksums computed, not copied.
const ID = (body17: string): string => `${body17}${residentIdCheckChar(body17) ?? '?'}`;
const CARD = (partial: string): string => partial + luhnCheckDigit(partial);
const id = ID('11010519491231002');
const card = CARD('622202100112345678');

describe('scanLiterals', () => {
  const cases: { name: string; text: string; want: string[] }[] = [
    { name: 'resident ID in a string', text: `const x = "${id}";`, want: ['id_number'] },
    { name: 'resident ID bare in SQL', text: `INSERT INTO t VALUES (${id});`, want: ['id_number'] },
    { name: 'mobile in quotes', text: `phone: '13812345678'`, want: ['contact'] },
    { name: 'bank card in quotes', text: `card = "${card}"`, want: ['property'] },
    // negatives
    { name: 'bad ID checksum', text: `"${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}"`, want: [] },
    { name: 'bare 11-digit constant', text: 'const MAX = 13812345678;', want: [] },
    { name: 'bare card-like constant', text: `const n = ${card};`, want: [] },
    { name: 'snowflake id', text: 'id: "1456789012345678901"', want: [] },
    { name: 'part of a longer number', text: `"9${id}"`, want: [] },
    { name: 'decimal', text: `x = 0.${id}`, want: [] },
    { name: 'ms timestamp', text: `t = "1700000000000"`, want: [] },
    { name: 'placeholder mobile of repeated digits', text: `phone: '15888888888'`, want: [] },
    { name: 'carrier service number as placeholder', text: `phone: '13800138000'`, want: [] },
    { name: 'mobile with a repeated tail but not eight', text: `phone: '15818888888'`, want: ['contact'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(
        scanLiterals(c.text).map((f) => f.category),
        c.want,
      );
    });
  }

  test('reports the masked value, its exact range and why', () => {
    const [finding] = scanLiterals(`a\n  "${id}"`);
    assert.ok(finding);
    assert.equal(finding.field, `${id.slice(0, 3)}***********${id.slice(14)}`);
    assert.deepEqual(finding.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 21 } });
    assert.equal(finding.class, 'C');
    assert.equal(finding.evidence[0]?.kind, 'value');
    assert.ok(!JSON.stringify(finding).includes(id), 'the raw value never appears');
  });

  test('a bare card number follows the contested reading', () => {
    assert.equal(scanLiterals(`"${card}"`, 'strict')[0]?.class, 'A');
    assert.equal(scanLiterals(`"${card}"`, 'lenient')[0]?.class, 'C');
  });
});

describe('literals in the scan pipeline', () => {
  test('a literal resident ID in code is reported, and a directive silences it', async () => {
    const { scanText } = await import('../../../src/core/scan/index.js');
    const code = `const sample = "${id}";\n`;
    const found = scanText(code, { path: 'a.ts' }).findings.filter((f) => f.evidence[0]?.kind === 'value');
    assert.deepEqual(
      found.map((f) => f.category),
      ['id_number'],
    );
    const silenced = scanText(`// pilens-disable-next-line\n${code}`, { path: 'a.ts' });
    assert.equal(silenced.findings.filter((f) => f.evidence[0]?.kind === 'value').length, 0);
    assert.equal(silenced.suppressed, 1);
  });

  test('data files are left to estimate', async () => {
    const { scanText } = await import('../../../src/core/scan/index.js');
    const csv = `name,id\nx,${id}\n`;
    assert.equal(
      scanText(csv, { path: 'people.csv' }).findings.filter((f) => f.evidence[0]?.kind === 'value').length,
      0,
    );
  });
});
