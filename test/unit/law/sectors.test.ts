// Sector packs: valid data with a source and confidence per mapping, selected by .pilens.json,
// changing the inventory's grade column and flagging only the sector's fields for review.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/core/config/parse.js';
import { SECTOR_PACKS } from '../../../src/core/law/sectors/packs.js';
import { SECTOR_IDS, sectorPackSchema } from '../../../src/core/law/sectors/schema.js';
import type { ReportedFinding } from '../../../src/core/report/finding.js';
import { formatInventoryCsv } from '../../../src/core/report/inventoryRender.js';
import { buildInventory } from '../../../src/core/report/inventoryRows.js';

const finding = (field: string, category: ReportedFinding['category']): ReportedFinding => ({
  file: 'a.sql',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  field,
  category,
  class: 'C',
  confidence: 'high',
  evidence: [],
  role: 'declaration',
  fingerprint: field,
});

describe('sector packs', () => {
  it('every sector id has a pack, each mapping a source and a confidence', () => {
    for (const id of SECTOR_IDS) {
      const pack = SECTOR_PACKS[id];
      assert.equal(pack.id, id);
      for (const m of pack.mappings) {
        assert.ok(m.source.en.length > 0 && m.source.zh.length > 0);
        // A standard not in the legal reference can only be from memory, and says so.
        if (/JR\/T|Automotive/.test(m.source.en)) assert.equal(m.confidence, 'memory', m.source.en);
      }
    }
  });

  it('no pack states a level number of a sector standard', () => {
    for (const pack of Object.values(SECTOR_PACKS))
      for (const m of pack.mappings) assert.doesNotMatch(`${m.text.en} ${m.text.zh}`, /level \d|\d级|第.级/);
  });

  it('the schema refuses a category mapped twice or an unknown key', () => {
    const base = { id: 'finance', name: { en: 'f', zh: '金' }, review: { en: 'r', zh: '复' } } as const;
    const mapping = {
      text: { en: 't', zh: '文' },
      source: { en: 's', zh: '源' },
      confidence: 'memory',
    } as const;
    assert.equal(
      sectorPackSchema.safeParse({ ...base, mappings: [{ ...mapping, categories: ['credential'] }] }).success,
      true,
    );
    assert.equal(
      sectorPackSchema.safeParse({
        ...base,
        mappings: [
          { ...mapping, categories: ['credential'] },
          { ...mapping, categories: ['credential'] },
        ],
      }).success,
      false,
    );
    assert.equal(
      sectorPackSchema.safeParse({ ...base, mappings: [{ ...mapping, categories: ['password'] }] }).success,
      false,
    );
  });

  it('.pilens.json accepts a known sector and refuses another', () => {
    assert.equal(parseConfig('{ "sector": "finance" }').ok, true);
    const bad = parseConfig('{ "sector": "retail" }');
    assert.equal(bad.ok, false);
  });

  it('finance adds C3 to credentials and C2 to property, marked unverified, and flags only those', () => {
    const findings = [finding('zfmm', 'credential'), finding('yhkh', 'property'), finding('xm', 'name')];
    const inv = buildInventory(findings, { sector: SECTOR_PACKS.finance });
    const row = (f: string) => inv.rows.find((r) => r.field === f);
    assert.equal(row('zfmm')?.grade.sector?.sectorClass, 'C3');
    assert.equal(row('yhkh')?.grade.sector?.sectorClass, 'C2');
    assert.equal(row('xm')?.grade.sector, undefined);
    assert.equal(row('xm')?.grade.review, undefined);
    assert.ok(row('zfmm')?.grade.review);
    assert.equal(inv.summary.needsReview, 2);
    const csv = formatInventoryCsv(inv, { locale: 'zh', reading: 'strict', sector: SECTOR_PACKS.finance });
    assert.match(csv, /金融业（个人金融信息） C3：.*（JR\/T 0171-2020（未查阅原文，凭记忆）（未经核实））/);
    // Without a sector the grade column is the grade alone.
    const plain = buildInventory(findings);
    assert.equal(plain.rows[0]?.grade.sector, undefined);
    assert.equal(plain.summary.needsReview, 0);
  });
});
