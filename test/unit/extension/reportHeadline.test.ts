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

/** The fixture's report, re-labelled as reaching `tier` by quantity under `conduct` (the view reads only those). */
function as(report: EstimateReport, conduct: Conduct, tier: Tier): EstimateReport {
  const ratio = { serious: 'ratio_serious', especially_serious: 'ratio_especially_serious' } as const;
  const reasons =
    tier === 'serious' || tier === 'especially_serious'
      ? [{ id: ratio[tier], basis: '', en: '', zh: '' }]
      : report.assessment.reasons;
  const pieces = tier === 'none' ? { A: 0, B: 0, C: 0 } : report.pieces;
  return { ...report, tier, pieces, assessment: { ...report.assessment, conduct, tier, reasons } };
}

describe('report headline', () => {
  let report: EstimateReport;
  before(async () => {
    report = await estimateDataset([fixture], { workers: 1 });
  });

  test('holding a serious quantity: not the offence, and the tier is conditional', () => {
    const model = buildReportView(as(report, 'hold', 'serious'), { locale: 'en', fileLabel: label });
    assert.match(
      model.headline,
      /^Holding this data is not itself the offence\. If it were sold, provided or illegally obtained/,
    );
    assert.equal(
      model.tierLabel,
      'If sold, provided or illegally obtained: Quantity standard for 情节严重 reached (estimate)',
    );
  });

  test('providing a serious quantity: the tier is stated for the act', () => {
    const model = buildReportView(as(report, 'provide', 'serious'), { locale: 'en', fileLabel: label });
    assert.match(model.headline, /^Selling or providing this data .* reaches the 情节严重/);
    assert.equal(model.tierLabel, 'Quantity standard for 情节严重 reached (estimate)');
    assert.doesNotMatch(model.tierLabel, /^Serious|SERIOUS/);
  });

  test('a tier reached by gains alone is not called a quantity standard, and the headline speaks of the quantity', () => {
    const gains = {
      ...as(report, 'provide', 'below'),
      tier: 'serious' as const,
    };
    const reasons = [{ id: 'gains_serious', basis: '', en: '', zh: '' }];
    const model = buildReportView(
      { ...gains, assessment: { ...gains.assessment, tier: 'serious', reasons } },
      { locale: 'en', fileLabel: label },
    );
    assert.equal(model.tierLabel, '情节严重 reached by a circumstance that needs no count (estimate)');
    assert.match(model.headline, /stays below every quantity threshold/);
    const zh = buildReportView(
      { ...gains, assessment: { ...gains.assessment, tier: 'serious', reasons } },
      { locale: 'zh', fileLabel: label },
    );
    assert.equal(zh.tierLabel, '因不以数量为要件的情形达到“情节严重”（估算）');
  });

  test('nothing counted says so in plain words', () => {
    const model = buildReportView(as(report, 'obtain', 'none'), { locale: 'en', fileLabel: label });
    assert.match(model.headline, /^No personal information was counted/);
  });

  test('Chinese', () => {
    const model = buildReportView(as(report, 'hold', 'especially_serious'), {
      locale: 'zh',
      fileLabel: label,
    });
    assert.match(model.headline, /^单纯持有这些数据本身不构成该罪/);
    assert.equal(model.tierLabel, '如违法出售、提供或者非法获取：达到“情节特别严重”数量标准（估算）');
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
  const rows: [Conduct, Tier, boolean, boolean, boolean, boolean, boolean, boolean][] = [
    // conduct, tier so far, whereabouts counted → insider, gains, prior record, Art. 5(1)(1), 5(1)(2)
    ['hold', 'below', true, true, false, false, false, false],
    ['hold', 'especially_serious', false, true, false, false, false, false],
    ['provide', 'below', false, true, true, true, false, true],
    ['provide', 'below', true, true, true, true, true, true],
    ['provide', 'none', true, true, true, true, true, true],
    ['provide', 'serious', true, true, true, false, false, false],
    ['provide', 'especially_serious', true, true, false, false, false, false],
    ['obtain', 'below', true, false, true, true, false, false],
    ['business-purchase', 'below', true, false, true, true, false, false],
  ];
  for (const [conduct, tier, whereabouts, insider, gains, priorRecord, w, k] of rows) {
    test(`${conduct}, ${tier}, whereabouts ${whereabouts}`, () => {
      assert.deepEqual(questionsThatMatter(conduct, tier, whereabouts), {
        insider,
        gains,
        priorRecord,
        whereaboutsUsedInCrime: w,
        knownCriminalRecipient: k,
      });
    });
  }
});
