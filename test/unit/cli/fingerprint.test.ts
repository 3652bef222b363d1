import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toReportedFindings } from '../../../src/core/report/toReportedFindings.js';
import {
  contentHash,
  fingerprintContext,
  fingerprintFile,
  hash64,
  normalizeLine,
  WHOLE_LINE_LIMIT,
  WINDOW_CHARS,
} from '../../../src/core/review/fingerprint.js';
import { scanText } from '../../../src/core/scan/index.js';

const base = { category: 'id_number', owner: 'User', field: 'idCard', lineText: '  idCard: string;' };

describe('fingerprints', () => {
  it('normalises whitespace only', () => {
    const cases: [string, string][] = [
      ['  idCard:   string; ', 'idCard: string;'],
      ['\tid_card\tVARCHAR(18)', 'id_card VARCHAR(18)'],
      ['idCard: string;', 'idCard: string;'],
      ['IdCard: string;', 'IdCard: string;'], // case is content
    ];
    for (const [input, expected] of cases) assert.equal(normalizeLine(input), expected);
  });

  it('hashes to 16 hex digits, deterministically, and differently for different text', () => {
    assert.match(hash64('abc'), /^[0-9a-f]{16}$/);
    assert.equal(hash64('身份证号'), hash64('身份证号'));
    assert.notEqual(hash64('abc'), hash64('abd'));
    assert.notEqual(hash64(''), hash64(' '));
  });

  it('ignores indentation but not what the finding is', () => {
    const same = contentHash(base);
    assert.equal(contentHash({ ...base, lineText: 'idCard:    string;' }), same);
    const different: (typeof base | { category: string; field: string; lineText: string; owner?: string })[] =
      [
        { ...base, category: 'name' },
        { ...base, owner: 'Company' },
        { category: base.category, field: base.field, lineText: base.lineText },
        { ...base, field: 'idCardNo' },
        { ...base, lineText: 'idCard?: string;' },
      ];
    for (const d of different) assert.notEqual(contentHash(d), same, JSON.stringify(d));
  });

  it('numbers identical lines of one file in document order', () => {
    const prints = fingerprintFile([base, { ...base, field: 'phone', category: 'contact' }, base]);
    const hash = contentHash(base);
    assert.deepEqual(prints[0], `${hash}:1`);
    assert.deepEqual(prints[2], `${hash}:2`);
    assert.match(prints[1] ?? '', /:1$/);
  });

  it('keeps the fingerprints of ordinary lines as every earlier release computed them', () => {
    // Recorded before long lines got windows: committed baselines must keep matching.
    assert.equal(contentHash(base), '8286160b95133057');
    const text = 'export interface User {\n  idCard: string;\n  mobile: string;\n}\n';
    const prints = toReportedFindings('u.ts', text, scanText(text, { path: 'u.ts' }).findings).map((f) => [
      f.field,
      f.fingerprint,
    ]);
    assert.deepEqual(prints, [
      ['idCard', '8286160b95133057:1'],
      ['mobile', 'e4cffa52e4a218aa:1'],
    ]);
  });

  it('left empty when not asked for (the text report), every other property the same', () => {
    const text = 'interface User {\n  idCard: string;\n  mobile: string;\n}\n';
    const findings = scanText(text, { path: 'u.ts' }).findings;
    const full = toReportedFindings('u.ts', text, findings);
    const bare = toReportedFindings('u.ts', text, findings, false);
    assert.equal(full.length, 2);
    assert.ok(full.every((f) => /^[0-9a-f]{16}/.test(f.fingerprint)));
    assert.deepEqual(
      bare.map((f) => f.fingerprint),
      ['', ''],
    );
    assert.deepEqual(
      bare,
      full.map((f) => ({ ...f, fingerprint: '' })),
    );
  });

  it('hashes a window around a finding on a long line, the whole of a short one', () => {
    const short = 'x'.repeat(WHOLE_LINE_LIMIT);
    assert.equal(fingerprintContext(short, short.length, 500, 506), short);
    const long = `${'a'.repeat(2000)}idCard${'b'.repeat(2000)}`;
    const window = fingerprintContext(long, long.length, 2000, 2006);
    assert.equal(window, `${'a'.repeat(WINDOW_CHARS)}idCard${'b'.repeat(WINDOW_CHARS)}`);
    // Whitespace does not count towards the limit: re-indenting keeps the whole-line recipe.
    const padded = `${' '.repeat(3000)}idCard: string;`;
    assert.equal(fingerprintContext(padded, normalizeLine(padded).length, 3000, 3006), padded);
  });

  it('on a long line, ignores edits far from the finding but not next to it', () => {
    const json = (before: string, after: string): string => `{${before}"idCard": "x", "pad": "${after}"}\n`;
    const printOf = (text: string): string | undefined =>
      toReportedFindings('w.json', text, scanText(text, { path: 'w.json' }).findings).find(
        (f) => f.field === 'idCard',
      )?.fingerprint;
    const reference = printOf(json('', 'x'.repeat(4100)));
    assert.notEqual(reference, undefined);
    assert.equal(printOf(json('', `${'x'.repeat(4000)}y${'x'.repeat(99)}`)), reference);
    assert.notEqual(printOf(json(' "a": 1,', 'x'.repeat(4100))), reference);
  });
});
