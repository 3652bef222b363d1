// No raw personal value leaves through a name: JSON keys
// that are phones or IDs are masked in estimate reports (text, JSON, Markdown), as scan owners
// in every format, in the baseline; a dataset given as the baseline is not echoed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pilens, writeFile } from './harness.js';

const PHONES = ['13812345678', '13912345670'];
const IDS = ['110101199003071237', '11010119900307125X'];
const RAW = [...PHONES, ...IDS, '1101011'];

function assertNoRaw(text: string, what: string): void {
  for (const v of RAW) assert.ok(!text.includes(v), `${what} leaks ${v}`);
}

test('estimate masks JSON keys that are phones or IDs in text, JSON and Markdown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-names-'));
  try {
    const keyed = Object.fromEntries(
      PHONES.map((p, i) => [
        p,
        { 姓名: i === 0 ? '张三' : '李四', [IDS[i] ?? '']: '北京市朝阳区建国路88号' },
      ]),
    );
    writeFile(dir, 'k.json', JSON.stringify(keyed));
    writeFile(dir, 'k.jsonl', `{"${PHONES[0] ?? ''}": "张三", "idCard": "${IDS[0] ?? ''}"}\n`);
    for (const file of ['k.json', 'k.jsonl'])
      for (const format of ['text', 'json', 'markdown']) {
        const r = await pilens(dir, 'estimate', file, '--format', format);
        assert.equal(r.code, 0, r.stderr);
        assertNoRaw(r.stdout + r.stderr, `${file} ${format}`);
      }
    // The negative: masked forms are there, so the columns were still reported.
    const r = await pilens(dir, 'estimate', 'k.jsonl', '--format', 'json');
    assert.match(r.stdout, /138\*\*\*\*5678/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('scan masks an owner that is a phone in every format and in the baseline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-names-'));
  try {
    writeFile(dir, 'f.json', `{\n "${PHONES[0] ?? ''}": {\n  "idCard": "x"\n }\n}\n`);
    for (const format of ['text', 'json', 'sarif', 'markdown', 'csv']) {
      const r = await pilens(dir, 'scan', '.', '--format', format);
      assertNoRaw(r.stdout + r.stderr, `scan ${format}`);
      assert.match(r.stdout, /idCard/, `${format}: the field is still reported`);
    }
    const b = await pilens(dir, 'baseline', '.');
    assert.equal(b.code, 0, b.stderr);
    const stored = readFileSync(join(dir, '.pilens-baseline.json'), 'utf8');
    assertNoRaw(stored, 'baseline');
    assert.match(stored, /138\*\*\*\*5678/);
    // Fingerprints stay stable: scanning again with the baseline reports nothing new.
    const again = await pilens(dir, 'scan', '.', '--format', 'json');
    assert.equal((JSON.parse(again.stdout) as { findings: unknown[] }).findings.length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a dataset given as the baseline is refused without quoting it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-names-'));
  try {
    writeFile(dir, 'a.ts', 'const idCard = 1;\n');
    writeFile(dir, 'o.csv', `王伟,${IDS[0] ?? ''},${PHONES[0] ?? ''}\n`);
    const r = await pilens(dir, 'scan', '.', '--baseline', 'o.csv');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid baseline .*o\.csv: not valid JSON/);
    assertNoRaw(r.stderr, 'baseline error');
    assert.ok(!r.stderr.includes('王伟'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
