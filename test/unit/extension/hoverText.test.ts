// The hover, the Problems-panel row and the full explanation of one finding: short, led by
// one line with category, class and thresholds with their condition, and right about contests
// under both readings.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { THRESHOLD_CONDITION, type ContestedReading } from '../../../src/core/law/index.js';
import { scanText } from '../../../src/core/scan/index.js';
import type { Finding } from '../../../src/core/types.js';
import { explanationMarkdown } from '../../../src/shared/explanationText.js';
import { diagnosticMessage } from '../../../src/shared/findingText.js';
import { findingHoverMarkdown } from '../../../src/extension/hoverText.js';

const SQL = [
  'CREATE TABLE t_user (',
  '  id BIGINT,',
  "  bank_card_no VARCHAR(19) COMMENT '银行卡号',",
  "  sfzh VARCHAR(18) COMMENT '身份证号码'",
  ');',
  '',
].join('\n');
const TS = 'interface Member {\n  idCardNo: string;\n}\nfunction f(m: Member) {\n  return m.idCardNo;\n}\n';

function findings(
  text: string,
  path: string,
  languageId: string,
  reading: ContestedReading,
): readonly Finding[] {
  return scanText(text, { path, languageId }, { contestedReading: reading }).findings;
}

function field(all: readonly Finding[], name: string, role: Finding['role'] = 'declaration'): Finding {
  const found = all.find((f) => f.field === name && f.role === role);
  assert.ok(found, `${name} (${role}) found`);
  return found;
}

const options = (locale: 'en' | 'zh', reading: ContestedReading) => ({
  locale,
  reading,
  uri: 'file:///w/a.sql',
  editable: true,
});

describe('hover: one headline, then a few lines', () => {
  for (const locale of ['en', 'zh'] as const) {
    test(`${locale}: the first line names category, class, thresholds and their condition`, () => {
      const sfzh = field(findings(SQL, 'a.sql', 'sql', 'strict'), 'sfzh');
      const md = findingHoverMarkdown(sfzh, options(locale, 'strict'));
      const first = md.split('\n')[0] ?? '';
      assert.ok(first.includes('`id_number`'), first);
      // Strict reading of resident-ID information (Guiding Case 193): class B.
      assert.ok(first.includes(locale === 'zh' ? 'B类' : 'class B'), first);
      assert.ok(first.includes('500') && first.includes('5,000'), first);
      // The condition comes from the law model, escaped for Markdown.
      const condition = THRESHOLD_CONDITION[locale].replace(/[-.()]/g, (c) => `\\${c}`);
      assert.ok(first.includes(condition), `${first}\nlacks\n${condition}`);
    });

    test(`${locale}: short, the actions within the first five lines, no legal basis list`, () => {
      const sfzh = field(findings(SQL, 'a.sql', 'sql', 'strict'), 'sfzh');
      const md = findingHoverMarkdown(sfzh, options(locale, 'strict'));
      const lines = md.split('\n');
      assert.ok(lines.length <= 5, md);
      assert.ok(md.length < 1200, `${md.length} characters`);
      assert.ok(
        lines.some((l) => l.includes('command:pilens.explainFinding')),
        md,
      );
      assert.ok(
        lines.some((l) => l.includes('command:pilens.annotate')),
        md,
      );
      assert.ok(!md.includes('PIPL Art. 29') && !md.includes('第二十九条'), 'duties stay behind Explain');
    });
  }

  test('a usage gets one line', () => {
    const all = findings(TS, 'm.ts', 'typescript', 'strict');
    const usage = field(all, 'idCardNo', 'usage');
    const md = findingHoverMarkdown(usage, { ...options('en', 'strict'), uri: 'file:///w/m.ts' });
    assert.equal(md.split('\n').length, 1, md);
    assert.ok(md.includes('usage') && md.includes('`id_number`') && md.includes('pilens.explainFinding'), md);
    // The declaration's hover is longer: the headline plus evidence and actions.
    const declaration = findingHoverMarkdown(field(all, 'idCardNo'), {
      ...options('en', 'strict'),
      uri: 'file:///w/m.ts',
    });
    assert.ok(declaration.split('\n').length > 1);
  });

  test('a read-only document gets no editing links', () => {
    const sfzh = field(findings(SQL, 'a.sql', 'sql', 'strict'), 'sfzh');
    const md = findingHoverMarkdown(sfzh, { ...options('en', 'strict'), editable: false });
    assert.ok(!md.includes('pilens.annotate') && md.includes('pilens.explainFinding'), md);
  });

  test('user text is escaped: a field named like a link stays text', () => {
    const sfzh = field(findings(SQL, 'a.sql', 'sql', 'strict'), 'sfzh');
    const hostile: Finding = {
      ...sfzh,
      evidence: [{ kind: 'token', matched: 'x', detail: '[run](command:evil)' }],
    };
    const md = findingHoverMarkdown(hostile, options('en', 'strict'));
    assert.ok(!md.includes('](command:evil)'), md);
  });
});

describe('contested mappings follow the finding and the reading', () => {
  const cases: [ContestedReading, 'A' | 'C'][] = [
    ['strict', 'A'],
    ['lenient', 'C'],
  ];
  for (const [reading, cls] of cases) {
    test(`${reading}: the bank card is class ${cls} in hover, row and explanation`, () => {
      const card = field(findings(SQL, 'a.sql', 'sql', reading), 'bank_card_no');
      assert.equal(card.class, cls, 'the detector agrees');
      const other = cls === 'A' ? 'C' : 'A';
      const hover = findingHoverMarkdown(card, options('en', reading));
      assert.ok(hover.split('\n')[0]?.includes(`class ${cls}`), hover);
      assert.ok(!hover.split('\n')[0]?.includes(`class ${other}`), hover);
      assert.ok(hover.includes(`${reading} reading: class ${cls}`), hover);
      const row = diagnosticMessage(card, 'en', reading);
      assert.ok(row.includes(`class ${cls}`) && row.includes(`contested, ${reading} reading`), row);
      const explained = explanationMarkdown(card, { locale: 'en', reading });
      assert.ok(explained.includes(`reading: ${reading} → Class ${cls}`), explained);
      assert.ok(!explained.includes('does not apply to this field'), 'the contest applies to this field');
      const zh = findingHoverMarkdown(card, options('zh', reading));
      assert.ok(zh.split('\n')[0]?.includes(`${cls}类`), zh);
    });
  }

  test('a field without a contest says nothing about one', () => {
    const sql = "CREATE TABLE t_user (\n  xm VARCHAR(20) COMMENT '姓名'\n);\n";
    const xm = field(findings(sql, 'a.sql', 'sql', 'lenient'), 'xm');
    assert.equal(xm.category, 'name');
    assert.ok(!findingHoverMarkdown(xm, options('en', 'lenient')).includes('Contested'));
    assert.ok(!diagnosticMessage(xm, 'en', 'lenient').includes('contested'));
  });
});

describe('Problems-panel rows are short', () => {
  for (const locale of ['en', 'zh'] as const) {
    test(`${locale}: field, category, class; no threshold sentence`, () => {
      for (const f of findings(SQL, 'a.sql', 'sql', 'strict')) {
        const row = diagnosticMessage(f, locale, 'strict');
        assert.ok(row.startsWith(`${f.field}: `), row);
        assert.ok(row.includes(f.category), row);
        assert.ok(!row.includes('≥') && !row.includes(THRESHOLD_CONDITION[locale]), row);
        assert.ok(row.length < 120, row);
      }
    });
  }
});

describe('hover: face fields say what GC 192 covers', () => {
  const JAVA = 'class GuestEntity {\n  private byte[] facePhoto;\n  private String fingerprintTemplate;\n}\n';
  for (const locale of ['en', 'zh'] as const) {
    test(`${locale}: a face photo is face information processed for recognition; a fingerprint is not told so`, () => {
      const all = findings(JAVA, 'GuestEntity.java', 'java', 'strict');
      const face = findingHoverMarkdown(field(all, 'facePhoto'), options(locale, 'strict'));
      assert.match(
        face,
        locale === 'zh'
          ? /经人脸识别技术处理的照片或特征模板（指导性案例192号）/
          : /processed for face recognition \\\(Guiding Case 192\\\)/,
      );
      const fp = findingHoverMarkdown(field(all, 'fingerprintTemplate'), options(locale, 'strict'));
      assert.doesNotMatch(fp, /192/);
    });
  }
});
