import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PilensConfig } from '../../../src/core/config/schema.js';
import type { Extractor } from '../../../src/core/scan/extractor.js';
import { scanText } from '../../../src/core/scan/index.js';
import { extractors } from '../../../src/core/scan/registry.js';

const src = { path: 'fixture.txt' };
const cats = (text: string, config?: PilensConfig): string[] =>
  scanText(text, src, config === undefined ? {} : { config }).findings.map(
    (f) => `${f.range.start.line}:${f.field}:${f.category}`,
  );

describe('scanText: pipeline', () => {
  it('classifies declarations and usages', () => {
    const r = scanText('user:\n  sfzh: x\nconst a = customer.mobile', src);
    assert.deepEqual(
      r.findings.map((f) => [f.field, f.role, f.category]),
      [
        ['sfzh', 'declaration', 'id_number'],
        ['mobile', 'usage', 'contact'],
      ],
    );
    assert.equal(r.extractor, 'generic');
    assert.equal(r.suppressed, 0);
  });

  it('falls back to the generic scanner when an extractor fails, saying why', () => {
    const failing: Extractor = {
      id: 'test-failing',
      handles: (s) => s.path.endsWith('.pilenstest'),
      extract: () => ({ ok: false, error: 'boom' }),
    };
    const throwing: Extractor = {
      id: 'test-throwing',
      handles: (s) => s.path.endsWith('.pilensthrow'),
      extract: () => {
        throw new Error('bad');
      },
    };
    extractors.unshift(failing, throwing);
    try {
      const r = scanText('idCard: x', { path: 'a.pilenstest' });
      assert.equal(r.extractor, 'generic');
      assert.equal(r.parseError, 'test-failing: boom');
      assert.equal(r.findings[0]?.category, 'id_number');
      assert.equal(scanText('idCard: x', { path: 'a.pilensthrow' }).parseError, 'test-throwing: bad');
    } finally {
      extractors.splice(extractors.indexOf(failing), 1);
      extractors.splice(extractors.indexOf(throwing), 1);
    }
  });

  it('skips binary-looking text', () => {
    const r = scanText('idCard: x\u0000\u0001', src);
    assert.deepEqual([r.findings.length, r.skipped], [0, 'binary']);
  });

  it('applies the contested reading', () => {
    const strict = scanText('bankCardNo: x', src).findings[0];
    const lenient = scanText('bankCardNo: x', src, { contestedReading: 'lenient' }).findings[0];
    assert.deepEqual([strict?.class, lenient?.class], ['A', 'C']);
  });
});

describe('scanText: annotations and directives', () => {
  it('@pi on the line above is authoritative', () => {
    const r = scanText('// @pi health\nblood: A', src);
    assert.deepEqual(
      r.findings.map((f) => [f.field, f.category, f.confidence, f.evidence[0]?.kind]),
      [['blood', 'health', 'high', 'annotation']],
    );
  });
  it('@pi at the end of the line overrides the classifier', () => {
    assert.deepEqual(cats('phone: x # @pi contacts_list'), ['0:phone:contacts_list']);
  });
  it('@pi none silences and counts', () => {
    const r = scanText('idCard: x // @pi none', src);
    assert.deepEqual([r.findings.length, r.suppressed], [0, 1]);
  });
  it('@pi anonymized drops (Art. 3(2)); @pi deidentified keeps with a state', () => {
    const anon = scanText('# @pi anonymized\nidCard: x', src);
    assert.deepEqual([anon.findings.length, anon.suppressed], [0, 1]);
    const deid = scanText('# @pi deidentified\nidCard: x', src);
    assert.equal(deid.findings[0]?.state, 'deidentified');
  });
  it('skips comment and decorator lines to reach the field', () => {
    assert.deepEqual(cats('/**\n * @pi vehicle\n */\n@Column\nprivate String cp;'), ['4:cp:vehicle']);
  });
  it('pilens-disable-next-line, optionally per category', () => {
    assert.deepEqual(cats('// pilens-disable-next-line\nidCard: x\nmobile: y'), ['2:mobile:contact']);
    assert.deepEqual(cats('// pilens-disable-next-line contact\nidCard: x'), ['1:idCard:id_number']);
  });
  it('pilens-disable … pilens-enable regions', () => {
    const r = scanText('# pilens-disable\nidCard: x\nmobile: y\n# pilens-enable\nemail: z', src);
    assert.deepEqual(
      r.findings.map((f) => f.field),
      ['email'],
    );
    assert.equal(r.suppressed, 2);
  });
  it('pilens-disable-file silences everything', () => {
    const r = scanText('idCard: x\n<!-- pilens-disable-file -->\nmobile: y', src);
    assert.deepEqual([r.findings.length, r.suppressed], [0, 2]);
  });
  it('an annotation wins over a disable', () => {
    assert.deepEqual(cats('# pilens-disable\n# @pi name\nxingming_col: x'), ['2:xingming_col:name']);
  });
  it('returns the directives for the editor', () => {
    assert.deepEqual(
      scanText('// @pi health\nx: 1', src).directives?.map((d) => d.kind),
      ['pi'],
    );
  });
});

describe('scanText: configuration', () => {
  it('overrides by field and owner pattern', () => {
    const config: PilensConfig = {
      overrides: [
        { field: 'cust_*', owner: 't_customer', category: 'name' },
        { field: 'sfzh', category: 'none' },
      ],
    };
    const text = 'CREATE TABLE t_customer (\n  cust_a VARCHAR(10),\n  sfzh VARCHAR(18)\n);';
    const r = scanText(text, { path: 'a.txt' }, { config });
    assert.deepEqual(
      r.findings.map((f) => [f.field, f.category, f.evidence[0]?.kind]),
      [['cust_a', 'name', 'config']],
    );
    assert.equal(r.suppressed, 1);
  });
  it('adds custom vocabulary and negatives', () => {
    const config: PilensConfig = {
      vocabulary: { property: { en: ['member_card_no'], zh: ['会员卡号'] } },
      negatives: { en: ['legacy_phone'] },
    };
    assert.deepEqual(cats('memberCardNo: x\nlegacyPhone: y\nc1: z # 会员卡号', config), [
      '0:memberCardNo:property',
      '2:c1:property',
    ]);
  });
  it('ignores paths', () => {
    const r = scanText(
      'idCard: x',
      { path: 'src/generated/a.ts' },
      { config: { ignores: ['**/generated/**'] } },
    );
    assert.deepEqual([r.findings.length, r.skipped], [0, 'ignored']);
  });
  it('filters by minimum confidence and usages', () => {
    assert.deepEqual(cats('order_no: x\nidCard: y', { minimumConfidence: 'medium' }), ['1:idCard:id_number']);
    assert.deepEqual(cats('a = user.idCard\nidCard: y', { includeUsages: false }), ['1:idCard:id_number']);
  });
  it('ignores a config object that does not validate', () => {
    assert.equal(scanText('idCard: x', src, { config: { ignores: 'nope' } }).findings.length, 1);
  });
});

describe('scanText: awkward input', () => {
  it('handles CRLF line endings with exact columns', () => {
    const f = scanText('a: 1\r\nidCard: x\r\n', src).findings[0];
    assert.deepEqual(f?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
  });
  it('survives an unterminated block comment and string', () => {
    assert.deepEqual(cats('idCard: x\n/* never closed\nmobile: y'), ['0:idCard:id_number']);
    assert.deepEqual(cats('s = "never closed\nmobile: y'), ['1:mobile:contact']);
  });
  it('returns nothing for empty text', () => {
    assert.deepEqual(scanText('', src).findings, []);
  });
  it('keeps raw values out of findings', () => {
    const r = scanText('user:\n  mobile: 13812345678 # 手机号', src);
    assert.ok(!JSON.stringify(r).includes('13812345678'));
  });
});
