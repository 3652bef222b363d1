import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJson } from '../../../src/cli/format/json.js';
import { formatSarif, sarifLevel } from '../../../src/cli/format/sarif.js';
import { formatText } from '../../../src/cli/format/text.js';
import { CATEGORY_KEYS } from '../../../src/core/law/index.js';
import { csvCell, formatCsv } from '../../../src/core/report/csv.js';
import { formatMarkdown, mdCell, mdCode } from '../../../src/core/report/markdown.js';
import { FINDINGS, sampleReport } from './sampleReport.js';
import { sarifValidator, type SarifLog } from './sarifSchema.js';

const CONTRACT_KEYS = [
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'field',
  'owner',
  'category',
  'class',
  'confidence',
  'evidence',
];

describe('json', () => {
  it('has exactly the contract keys, in order, with 1-based positions', () => {
    const out = JSON.parse(formatJson(sampleReport())) as {
      version: number;
      findings: Record<string, unknown>[];
      summary: Record<string, unknown>;
    };
    assert.equal(out.version, 1);
    for (const f of out.findings) assert.deepEqual(Object.keys(f), CONTRACT_KEYS);
    assert.deepEqual(out.findings[0], {
      file: 'db/schema.sql',
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 7,
      field: 'sfzh',
      owner: 't_ry',
      category: 'id_number',
      class: 'C',
      confidence: 'high',
      evidence: [
        { kind: 'comment', matched: '身份证号码', detail: 'comment names an identity-document number' },
      ],
    });
    assert.equal(out.findings[2]?.owner, null);
    assert.deepEqual(out.summary.byClass, { A: 1, B: 1, C: 1 });
    assert.equal(out.summary.findings, 3);
    assert.deepEqual(out.summary.skipped, [{ file: 'logo.bin', reason: 'binary' }]);
  });
});

describe('text', () => {
  it('prints file:line:col, class, category names, field and why', () => {
    const out = formatText(sampleReport());
    const first = out.split('\n')[0] ?? '';
    assert.match(
      first,
      /^db\/schema\.sql:4:3 {2}class C {2}身份证件号码 .*\[id_number\] {2}t_ry\.sfzh {2}\(high\) {2}comment names/,
    );
    assert.match(out, /3 findings \(A 1, B 1, C 1\) in 2 of 7 files/);
    assert.match(out, /usage/);
  });

  it('lists stale entries and says when nothing new was found', () => {
    const out = formatText(
      sampleReport({
        findings: [],
        baselineFile: '.pilens-baseline.json',
        stale: [{ file: 'a.ts', line: 3, category: 'name', field: 'xm', fingerprint: 'x:1' }],
      }),
    );
    assert.match(out, /^a\.ts:3 {2}stale baseline entry {2}name {2}xm/m);
    assert.match(out, /No new personal-information fields in 7 files · 1 stale baseline entry/);
  });
});

describe('csv', () => {
  it('writes the inventory with a header, quoting and formula defusing', () => {
    const rows = formatCsv(sampleReport()).trimEnd().split('\r\n');
    assert.equal(rows[0], 'category,category_name,class,file,line,owner,field,confidence,evidence');
    assert.equal(rows.length, 4);
    // class A first
    assert.match(rows[1] ?? '', /^whereabouts,/);
    assert.match(rows[2] ?? '', /^health,.*,'=cmd\|x_y`z,low,/);
    assert.equal(csvCell('a,"b"'), '"a,""b"""');
    assert.equal(csvCell('@SUM(1)'), "'@SUM(1)");
    assert.equal(csvCell(12), '12');
  });
});

describe('markdown', () => {
  const out = formatMarkdown(
    sampleReport({
      baselineFile: '.pilens-baseline.json',
      baselined: [{ ...FINDINGS[0]!, file: 'db/old.sql' }],
    }),
  );

  it('summarises counts by class with the thresholds', () => {
    assert.match(out, /\*\*3 new PI fields\*\* in 2 files/);
    assert.match(out, /\| A \| ≥ 50 \/ ≥ 500 pieces \| 1 \|/);
    assert.match(out, /\| C \| ≥ 5,000 \/ ≥ 50,000 pieces \| 1 \|/);
  });

  it('lists new fields and an inventory that includes baselined ones', () => {
    assert.match(out, /### New fields/);
    assert.match(out, /`User\.lastLocation`/);
    assert.match(out, /<summary>PI inventory: 4 fields in 3 categories/);
    assert.match(out, /db\/old\.sql/);
  });

  it('escapes text from the code', () => {
    assert.match(out, /`=cmd\\\|x_y'z`/);
    assert.doesNotMatch(out, /<b>/);
    assert.equal(mdCell('a|b<c>_'), 'a\\|b&lt;c&gt;\\_');
    assert.equal(mdCode('x`y|z'), "`x'y\\|z`");
  });
});

describe('sarif', () => {
  const validate = sarifValidator();
  const log = JSON.parse(
    formatSarif(sampleReport({ baselineFile: '.pilens-baseline.json' }), '/work/repo', '0.1.0'),
  ) as SarifLog;

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    assert.equal(ok, true, JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('the validator rejects a broken log (the test can fail)', () => {
    const broken = structuredClone(log) as SarifLog & { version?: string };
    broken.runs[0]!.results[0]!.level = 'fatal';
    delete broken.version;
    assert.equal(validate(broken), false);
  });

  it('has one rule per category with legal help, and results pointing at them', () => {
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    for (const key of CATEGORY_KEYS) assert.ok(ids.includes(key), key);
    assert.equal(new Set(ids).size, ids.length);
    const rule = run.tool.driver.rules.find((r) => r.id === 'whereabouts')!;
    assert.match(rule.help.markdown, /法释〔2017〕10号/);
    assert.ok(rule.help.text.length > 50);
    assert.ok(rule.properties.tags.includes('class-A'));
    assert.equal(run.tool.driver.informationUri, undefined);
    for (const r of run.results) assert.equal(ids[r.ruleIndex], r.ruleId);
  });

  it('uses relative %SRCROOT% URIs, 1-based regions and line-independent fingerprints', () => {
    const run = log.runs[0]!;
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
    const loc = run.results[1]!.locations[0]!.physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'src/models/user%20model.ts', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(loc.region, { startLine: 12, startColumn: 5, endLine: 12, endColumn: 17 });
    assert.deepEqual(run.results[1]!.partialFingerprints, { 'pilens/v1': 'fedcba9876543210:1' });
    assert.equal(run.results[1]!.baselineState, 'new');
  });

  it('maps class to level, one lower for usages', () => {
    assert.deepEqual(
      log.runs[0]!.results.map((r) => r.level),
      ['note', 'error', 'note'],
    );
    const cases: [Parameters<typeof sarifLevel>[0], string][] = [
      [{ class: 'A', role: 'declaration' }, 'error'],
      [{ class: 'A', role: 'usage' }, 'warning'],
      [{ class: 'B', role: 'declaration' }, 'warning'],
      [{ class: 'B', role: 'declaration', deidentified: true }, 'note'],
      [{ class: 'C', role: 'declaration' }, 'note'],
      [{ class: 'C', role: 'usage' }, 'note'],
    ];
    for (const [input, level] of cases) assert.equal(sarifLevel(input), level, JSON.stringify(input));
  });
});
