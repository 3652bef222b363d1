/**
 * The inventory as CSV, Markdown and JSON (the XLSX writer is in src/node/report: it needs a
 * zip library). All three render the same rows and notes.
 */
import type { ContestedReading } from '../law/schema.js';
import type { Locale } from '../law/format.js';
import type { SectorPack } from '../law/sectors/schema.js';
import type { RunContext } from './formats.js';
import { csvCell } from './csv.js';
import { datasetsSection, dutiesSection } from './drafts/draftFacts.js';
import { blocksToMarkdown } from './drafts/draftMarkdown.js';
import type { EstimateResult } from './drafts/estimateInput.js';
import { GRADES } from './inventoryGrade.js';
import type { Inventory } from './inventoryRows.js';
import { COLUMNS, gradeName, HEADERS, inventoryNotes, LABELS, rowCells } from './inventoryText.js';
import { mdCell, mdCode } from './markdown.js';

/** What every inventory renderer needs besides the rows. */
export interface InventoryContext extends RunContext {
  readonly locale: Locale;
  readonly reading: ContestedReading;
  /** The `.pilens.json` sector pack, named in the notes. */
  readonly sector?: SectorPack;
  /** Results of `pilens estimate --format json` (`--estimate`): their figures get a section. */
  readonly estimates?: readonly EstimateResult[];
}

/** The datasets section's heading. */
export const DATASETS_TITLE = {
  en: 'Datasets (from pilens estimate)',
  zh: '数据集（来自 pilens estimate）',
} as const;

/**
 * RFC 4180 with CRLF, cells that a spreadsheet would run as formulas defused, and a UTF-8 BOM:
 * Excel (and WPS) read a CSV without one in the system code page, which garbles Chinese.
 */
export function formatInventoryCsv(inventory: Inventory, ctx: InventoryContext): string {
  const lines = [COLUMNS.map((c) => csvCell(HEADERS[c][ctx.locale])).join(',')];
  for (const row of inventory.rows) {
    const cells = rowCells(row, ctx.locale);
    lines.push(COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A document to read or attach: notes, the summary tables, then one table row per field. */
export function formatInventoryMarkdown(inventory: Inventory, ctx: InventoryContext): string {
  const l = ctx.locale;
  const s = inventory.summary;
  const out = [`# ${LABELS.title[l]}`, '', `## ${LABELS.notes[l]}`, ''];
  for (const note of inventoryNotes(ctx, l)) out.push(`- ${mdCell(note)}`);
  out.push('', `## ${LABELS.summary[l]}`, '');
  const colon = l === 'zh' ? '：' : ': ';
  const counts = [
    `${LABELS.count[l]}${colon}${s.fields}`,
    `${LABELS.files[l]}${colon}${s.files}`,
    `${LABELS.needsReview[l]}${colon}${s.needsReview}`,
  ];
  out.push(counts.join(' · '), '');
  out.push(`### ${LABELS.byCategory[l]}`, '');
  out.push(
    `| ${HEADERS.categoryKey[l]} | ${HEADERS.categoryZh[l]} | ${HEADERS.categoryEn[l]} | ${HEADERS.class[l]} | ${LABELS.count[l]} |`,
  );
  out.push('|---|---|---|---|---:|');
  const names = new Map(inventory.rows.map((r) => [r.category.key, r.category]));
  for (const c of s.byCategory) {
    const name = names.get(c.key);
    out.push(
      `| ${mdCode(c.key)} | ${mdCell(name?.zh ?? c.key)} | ${mdCell(name?.en ?? c.key)} | ${c.class} | ${c.count} |`,
    );
  }
  out.push('', `### ${LABELS.byClass[l]}`, '', `| ${HEADERS.class[l]} | ${LABELS.count[l]} |`, '|---|---:|');
  for (const cls of ['A', 'B', 'C'] as const) out.push(`| ${cls} | ${s.byClass[cls]} |`);
  out.push('', `### ${LABELS.byGrade[l]}`, '', `| ${HEADERS.grade[l]} | ${LABELS.count[l]} |`, '|---|---:|');
  for (const g of GRADES) out.push(`| ${mdCell(gradeName(g, l))} | ${s.byGrade[g]} |`);
  const estimates = ctx.estimates ?? [];
  if (estimates.length > 0) {
    const facts = { estimates, locale: l };
    out.push(
      '',
      `## ${DATASETS_TITLE[l]}`,
      '',
      blocksToMarkdown([...datasetsSection(facts), ...dutiesSection(facts)], l),
    );
  }
  out.push('', `## ${LABELS.list[l]}`, '');
  out.push(`| ${COLUMNS.map((c) => mdCell(HEADERS[c][l])).join(' | ')} |`);
  out.push(`|${COLUMNS.map((c) => (c === 'line' ? '---:' : '---')).join('|')}|`);
  for (const row of inventory.rows) {
    const cells = rowCells(row, l);
    const shown = COLUMNS.map((c) =>
      c === 'field' || c === 'categoryKey' ? mdCode(String(cells[c])) : mdCell(String(cells[c])),
    );
    out.push(`| ${shown.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

/** JSON for scripts: stable English keys, both names, the notes in the chosen language. */
export function formatInventoryJson(inventory: Inventory, ctx: InventoryContext): string {
  const doc = {
    version: 1,
    kind: 'pilens-inventory',
    reading: ctx.reading,
    ...(ctx.sector !== undefined ? { sector: ctx.sector.id } : {}),
    notes: inventoryNotes(ctx, ctx.locale),
    ...(ctx.estimates !== undefined && ctx.estimates.length > 0
      ? { datasets: ctx.estimates.map(datasetJson) }
      : {}),
    summary: {
      fields: inventory.summary.fields,
      files: inventory.summary.files,
      needsReview: inventory.summary.needsReview,
      byClass: inventory.summary.byClass,
      byGrade: inventory.summary.byGrade,
      byCategory: Object.fromEntries(inventory.summary.byCategory.map((c) => [c.key, c.count])),
    },
    rows: inventory.rows.map((r) => ({
      file: r.file,
      line: r.line,
      owner: r.owner,
      field: r.field,
      category: r.category,
      class: r.class,
      sensitivity: r.sensitivity,
      grade: r.grade,
      confidence: r.confidence,
      evidence: r.evidence,
      ...(r.deidentified ? { deidentified: true } : {}),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** An estimate's figures as the inventory JSON carries them, with the file they came from. */
function datasetJson(e: EstimateResult) {
  return {
    source: e.source,
    files: e.parts.map((p) => p.file),
    records: e.records,
    persons: e.persons,
    personsKeyed: e.personsKeyed,
    pieces: e.pieces,
    byCategory: e.byCategory,
    tier: e.tier,
    duties: e.duties.map((d) => ({ id: d.id, basis: d.basis, confidence: d.confidence })),
  };
}
