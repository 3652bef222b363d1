// The drafts' model: the estimate reader takes counts and categories only (never the masked
// examples or the column names of the estimate, which could be values), the blanks people
// answer, and the sources and caveats every draft carries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { blankIds } from '../../../src/core/report/drafts/draftDoc.js';
import type { DraftInput } from '../../../src/core/report/drafts/draftFacts.js';
import { draftToMarkdown } from '../../../src/core/report/drafts/draftMarkdown.js';
import { parseEstimateResult, type EstimateResult } from '../../../src/core/report/drafts/estimateInput.js';
import { buildPia } from '../../../src/core/report/drafts/pia.js';
import { buildRopa } from '../../../src/core/report/drafts/ropa.js';
import { buildInventory } from '../../../src/core/report/inventoryRows.js';
import { formatInventoryXlsx } from '../../../src/node/report/inventoryXlsx.js';

/** A minimal estimate result whose column name and example are data values. */
function resultJson(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    tier: 'serious',
    ratio: 1.2,
    pieces: { A: 60, B: 0, C: 0 },
    byCategory: { whereabouts: 60, not_a_category: 3 },
    persons: 60,
    records: 61,
    columns: [],
    duties: [
      {
        id: 'impact_assessment',
        en: 'Sensitive PI: a PIPIA.',
        zh: '敏感个人信息：影响评估。',
        basis: 'PIPL Art. 55(1)',
        cites: [],
        confidence: 'verified',
      },
    ],
    bytes: 10,
    counts: { personsKeyed: false, minorsPresent: true },
    relatedOffences: [],
    assessment: {
      conduct: 'hold',
      tier: 'serious',
      insiderApplied: false,
      quantityRatio: 1.2,
      standard: { serious: 1, especiallySerious: 10 },
      reasons: [{ id: 'ratio_serious', basis: 'Art. 5(1)(3)', en: 'x', zh: 'x' }],
    },
    parts: [
      {
        file: 'gps.csv',
        records: 61,
        columns: [
          { name: '13812345678', category: 'whereabouts', examples: ['138****5678'] },
          { name: 'note', category: null, examples: [] },
        ],
      },
    ],
    ...overrides,
  });
}

function input(estimates: EstimateResult[], locale: 'en' | 'zh' = 'en'): DraftInput {
  return {
    inventory: buildInventory([]),
    estimates,
    scanned: ['src'],
    reading: 'strict',
    locale,
    version: '0.0.0',
  };
}

function parsed(text = resultJson()): EstimateResult {
  const r = parseEstimateResult(text, 'gps-result.json');
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.value;
}

describe('drafts', () => {
  it('reads counts and categories, drops unknown category keys, and never a column name or example', () => {
    const r = parsed();
    assert.deepEqual(r.byCategory, { whereabouts: 60 });
    assert.deepEqual(r.parts, [
      { file: 'gps.csv', records: 61, categories: ['whereabouts'], incomplete: false },
    ]);
    const md = draftToMarkdown(buildPia(input([r])));
    assert.ok(
      !md.includes('13812345678') && !md.includes('5678'),
      'a column name or example reached the draft',
    );
    assert.match(
      md,
      /\| gps-result\.json \| gps\.csv \| 61 \| at most 60 \(no person key: distinct records\) \| 60 \/ 0 \/ 0 \|/,
    );
    assert.match(
      md,
      /If sold, provided or illegally obtained: Quantity standard for 情节严重 reached \(estimate\)/,
    );
    assert.match(md, /gps-result\.json: 60 persons \(upper bound\); holds PI of minors under 14/);
    assert.match(
      md,
      /\| Processing sensitive PI \(PIPL Art\. 55\(1\)\) \| Yes: in the datasets \(gps-result\.json\) \|/,
    );
  });

  it('refuses what is not an estimate result, naming the first wrong field', () => {
    const cases: [string, RegExp][] = [
      ['[]', /not a "pilens estimate --format json" result$/],
      [resultJson({ version: 2 }), /\(version\)$/],
      [resultJson({ pieces: { A: -1, B: 0, C: 0 } }), /\(pieces\.A\)$/],
      [resultJson({ tier: 'guilty' }), /\(tier\)$/],
      ['not json', /^not valid JSON$/],
    ];
    for (const [text, message] of cases) {
      const r = parseEstimateResult(text, 'x.json');
      assert.ok(!r.ok);
      assert.match(r.error, message);
    }
  });

  it('leaves the questions only people can answer as blanks, in both drafts', () => {
    const ropa = blankIds(buildRopa(input([])));
    for (const id of [
      'processor',
      'officer',
      'purpose',
      'legal_basis',
      'retention',
      'recipients',
      'cross_border',
      'security',
    ])
      assert.ok(ropa.includes(id), id);
    const pia = blankIds(buildPia(input([])));
    for (const id of [
      'trigger_automated',
      'trigger_abroad',
      'purpose',
      'measure_incidents',
      'conclusion',
      'sign_off',
    ])
      assert.ok(pia.includes(id), id);
    // Nothing pilens can fill is asked: the sensitive-PI situation is pre-filled, not a blank.
    assert.ok(!pia.some((id) => id.includes('sensitive')));
  });

  it('keeps the tier caveats out when no estimate is folded in, and in when one is', () => {
    const without = draftToMarkdown(buildRopa(input([])));
    assert.doesNotMatch(without, /Holding data lawfully is not a crime/);
    const withOne = draftToMarkdown(buildRopa(input([parsed()])));
    assert.match(withOne, /Holding data lawfully is not a crime/);
    assert.match(withOne, /natural persons; criminal quantity standards count pieces/);
  });

  it('escapes Markdown in names that come from the user', () => {
    const r = { ...parsed(), source: 'a|b<script>.json' };
    const md = draftToMarkdown(buildRopa(input([r])));
    assert.ok(md.includes('a\\|b&lt;script&gt;.json'));
    assert.ok(!md.includes('<script>'));
  });

  it('adds a datasets sheet to the inventory workbook (read back with SheetJS)', async () => {
    const bytes = await formatInventoryXlsx(buildInventory([]), {
      locale: 'zh',
      reading: 'strict',
      estimates: [parsed()],
    });
    const book = XLSX.read(bytes, { type: 'buffer' });
    assert.deepEqual(book.SheetNames, ['汇总', '字段清单', '数据集']);
    const sheet = book.Sheets['数据集'];
    assert.ok(sheet);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
    assert.deepEqual(rows[1]?.slice(0, 3), ['估算结果文件', '统计的数据', '记录数']);
    assert.deepEqual(rows[2]?.slice(0, 3), ['gps-result.json', 'gps.csv', 61]);
    assert.ok(rows.some((r) => String(r[0]).startsWith('敏感个人信息：影响评估。')));
    const none = await formatInventoryXlsx(buildInventory([]), { locale: 'zh', reading: 'strict' });
    assert.deepEqual(XLSX.read(none, { type: 'buffer' }).SheetNames, ['汇总', '字段清单']);
  });
});
