// The report's view model from a real estimate of the fixture dataset: thresholds, categories,
// columns with evidence, and, above all, no raw personal data anywhere in what the webview gets.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { EstimateReport } from '../../../src/core/dataset/report.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { buildReportView } from '../../../src/extension/report/reportView.js';
import { relativizeReport } from '../../../src/extension/report/reportFiles.js';

const fixture = join(__dirname, '../../fixtures/workspace/datasets/customers-export.csv');
const label = (file: string): string => file.replace(/^.*\/workspace\//, '');
const XSS = '<img src=x onerror=alert(1)>';

/** Every cell value of the fixture that is personal information (names, mobiles, IDs). */
function rawValues(): string[] {
  const rows = readFileSync(fixture, 'utf8').trim().split('\n').slice(1);
  return rows.flatMap((r) => r.split(',').slice(0, 3));
}

describe('buildReportView', () => {
  let holding: EstimateReport;
  let insiderSale: EstimateReport;
  before(async () => {
    holding = await estimateDataset([fixture], { workers: 1 });
    insiderSale = await estimateDataset([fixture], { workers: 1, conduct: 'provide', insider: true });
  });

  test('tier, ratio and the three class bars with their thresholds', () => {
    const model = buildReportView(holding, { locale: 'en', fileLabel: label });
    assert.equal(model.tier, 'below');
    assert.equal(model.title, 'PI risk estimate: datasets/customers-export.csv');
    assert.deepEqual(
      model.classes.map((c) => [c.cls, c.pieces, c.serious, c.especiallySerious]),
      [
        ['A', 0, 50, 500],
        // Resident IDs are resident-ID information, class B, under the strict reading (GC 193).
        ['B', 40, 500, 5000],
        ['C', 0, 5000, 50000],
      ],
    );
    assert.equal(model.classes[1]?.distance, '460 more to serious');
    // R as defined (A/50 + B/500 + C/5000), against the standards it is compared with.
    assert.equal(
      model.ratio,
      'R = A/50 + B/500 + C/5000 = 0.08 against 1 (serious) and 10 (especially serious)',
    );
  });

  test('an insider selling halves the thresholds and says so', () => {
    const model = buildReportView(insiderSale, { locale: 'en', fileLabel: label });
    assert.deepEqual(
      model.classes.map((c) => c.serious),
      [25, 250, 2500],
    );
    // R is not doubled: the standard it is compared with is halved.
    assert.match(
      model.ratio,
      /^R = A\/50 \+ B\/500 \+ C\/5000 = 0\.08 against 0\.5 \(serious\) and 5 \(especially serious\)/,
    );
    assert.match(
      model.ratio,
      /halved for information obtained in performing duties or providing services \(Art\. 5\(1\)\(8\)\)$/,
    );
    assert.ok(
      model.caveats.some((c) => /heavier punishment under Criminal Law Art\. 253-1\(2\)/.test(c.text)),
    );
    const zh = buildReportView(insiderSale, { locale: 'zh', fileLabel: label });
    assert.equal(
      zh.ratio,
      'R = A/50 + B/500 + C/5000 = 0.08；情节严重标准为0.5，情节特别严重标准为5（在履行职责或者提供服务过程中获得的，依第五条第一款第八项减半）',
    );
    assert.ok(zh.caveats.some((c) => /依《刑法》第二百五十三条之一第二款从重处罚/.test(c.text)));
    assert.ok(model.answers.some((a) => a.value === 'providing or selling it'));
  });

  test('categories and columns carry names, classes, evidence and masked examples', () => {
    const model = buildReportView(holding, { locale: 'en', fileLabel: label });
    assert.deepEqual(model.categories.map((c) => c.key).sort(), ['contact', 'id_number', 'name']);
    const mobile = model.columns.find((c) => c.column.startsWith('mobile'));
    assert.ok(mobile);
    assert.equal(mobile.column, `mobile ${XSS}`, 'the header is passed on verbatim, as text');
    assert.equal(mobile.cls, 'C');
    assert.equal(mobile.share, '100 %');
    assert.ok(mobile.evidence.some((e) => e.includes('mobile numbers')));
    assert.ok(
      mobile.examples.every((e) => e.includes('*')),
      `examples must be masked: ${mobile.examples.join(', ')}`,
    );
    assert.ok(!model.columns.some((c) => c.column === '备注'), 'a column with no PI is not listed');
  });

  test('no raw personal data anywhere in the view model', () => {
    for (const locale of ['en', 'zh'] as const) {
      const text = JSON.stringify(buildReportView(holding, { locale, fileLabel: label }));
      for (const value of rawValues())
        assert.ok(!text.includes(value), `raw value leaked into the ${locale} view model`);
    }
  });

  test('duties, caveats and the Ningbo context are present, partial ones marked', () => {
    const model = buildReportView(holding, { locale: 'en', fileLabel: label });
    assert.ok(model.duties.length > 0);
    assert.ok(model.duties.every((d) => d.basis !== undefined && d.basis !== ''));
    assert.ok(model.caveats.some((c) => /not legal advice/.test(c.text)));
    assert.match(model.ningbo.summary, /166 first-instance judgments/);
    assert.equal(model.ningbo.types.find((t) => t.label === 'real estate')?.cases, 68);
    assert.equal(model.ningbo.types.length, 9);
  });

  test('Chinese labels when the locale is Chinese', () => {
    const model = buildReportView(holding, { locale: 'zh', fileLabel: label });
    assert.equal(model.tierLabel, '未达到任何数量标准（估算）');
    assert.equal(model.labels.exportJson, '导出 JSON');
    assert.match(model.ningbo.summary, /宁波/);
  });

  test('absolute paths stay out of the report once relativised', () => {
    const shown = relativizeReport(holding, label);
    assert.deepEqual(
      shown.parts.map((p) => p.file),
      ['datasets/customers-export.csv'],
    );
    const tables = relativizeReport(
      { ...holding, parts: holding.parts.map((p) => ({ ...p, file: `${p.file}#t_user` })) },
      label,
    );
    assert.equal(tables.parts[0]?.file, 'datasets/customers-export.csv#t_user');
    assert.ok(holding.parts[0]?.file.startsWith('/'), 'the input report is not changed');
  });
});
