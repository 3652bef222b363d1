// The report leads with what the numbers mean for the chosen conduct; holding data is never
// headlined as "Serious"; gains and prior records are asked only when they can change the result.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { EstimateReport } from '../../../src/core/dataset/report.js';
import type { Conduct, Tier } from '../../../src/core/law/tiers.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { questionsThatMatter } from '../../../src/extension/report/questions.js';
import { buildReportView } from '../../../src/extension/report/reportView.js';

const fixture = join(__dirname, '../../fixtures/workspace/datasets/customers-export.csv');
const label = (file: string): string => file.replace(/^.*\/workspace\//, '');

/** The fixture's report, re-labelled as reaching `tier` under `conduct` (the view reads only those). */
function as(report: EstimateReport, conduct: Conduct, tier: Tier): EstimateReport {
  return { ...report, tier, assessment: { ...report.assessment, conduct } };
}

describe('report headline', () => {
  let report: EstimateReport;
  before(async () => {
    report = await estimateDataset([fixture], { workers: 1 });
  });

  test('holding a serious quantity: not the offence, and the tier is conditional', () => {
    const model = buildReportView(as(report, 'hold', 'serious'), { locale: 'en', fileLabel: label });
    assert.match(model.headline, /^Holding this data is not itself the offence\. If it were sold, provided or illegally obtained/);
    assert.match(model.tierLabel, /^If sold or provided: serious/);
    assert.notEqual(model.tierLabel, 'Serious (情节严重)');
  });

  test('providing a serious quantity: the tier is stated for the act', () => {
    const model = buildReportView(as(report, 'provide', 'serious'), { locale: 'en', fileLabel: label });
    assert.match(model.headline, /^Selling or providing this data .* reaches the 情节严重/);
    assert.equal(model.tierLabel, 'Serious (情节严重)');
  });

  test('nothing counted says so in plain words', () => {
    const model = buildReportView(as(report, 'obtain', 'none'), { locale: 'en', fileLabel: label });
    assert.match(model.headline, /^No personal information was counted/);
  });

  test('Chinese', () => {
    const model = buildReportView(as(report, 'hold', 'especially_serious'), { locale: 'zh', fileLabel: label });
    assert.match(model.headline, /^单纯持有这些数据本身不构成该罪/);
    assert.equal(model.tierLabel, '如出售或提供：情节特别严重');
  });

  test('holding shows no gains or prior-record answers; an act does', () => {
    const hold = buildReportView(as(report, 'hold', 'below'), { locale: 'en', fileLabel: label });
    assert.deepEqual(
      hold.answers.map((a) => a.label),
      ['Conduct', 'Obtained in performing duties or providing services'],
    );
    const provide = buildReportView(as(report, 'provide', 'below'), { locale: 'en', fileLabel: label });
    assert.equal(provide.answers.length, 4);
  });
});

describe('questionsThatMatter', () => {
  const rows: [Conduct, Tier, boolean, boolean, boolean][] = [
    // conduct, quantity tier → insider, gains, prior record
    ['hold', 'below', true, false, false],
    ['hold', 'especially_serious', true, false, false],
    ['provide', 'below', true, true, true],
    ['provide', 'none', true, true, true],
    ['provide', 'serious', true, true, false],
    ['provide', 'especially_serious', true, false, false],
    ['obtain', 'below', false, true, true],
    ['business-purchase', 'below', false, true, true],
  ];
  for (const [conduct, tier, insider, gains, priorRecord] of rows) {
    test(`${conduct}, ${tier}`, () => {
      assert.deepEqual(questionsThatMatter(conduct, tier), { insider, gains, priorRecord });
    });
  }
});
