import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentHash, fingerprintFile, hash64, normalizeLine } from '../../../src/core/review/fingerprint.js';

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
});
