/**
 * The inventory as an XLSX workbook (exceljs): a summary sheet (counts per category, threshold
 * class and grade, then the notes) and the list sheet, headers in the chosen language. Every
 * cell is written as a string or number, never a formula, so a field named `=cmd()` stays text;
 * characters XML 1.0 forbids are dropped, since one of them makes Excel refuse the whole file.
 */
import { GRADES } from '../../core/report/inventoryGrade.js';
import { datasetsSection, dutiesSection } from '../../core/report/drafts/draftFacts.js';
import { DATASETS_TITLE, type InventoryContext } from '../../core/report/inventoryRender.js';
import type { Inventory } from '../../core/report/inventoryRows.js';
import {
  COLUMNS,
  gradeName,
  HEADERS,
  inventoryNotes,
  LABELS,
  rowCells,
} from '../../core/report/inventoryText.js';

/** Excel's limit on the characters of one cell. */
const MAX_CELL = 32_767;

/** XML 1.0 forbids these (tab, LF and CR are allowed); a lone surrogate is not a character either. */
const FORBIDDEN = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** Text Excel accepts: no XML-forbidden control characters, no lone surrogates, within the cell limit. */
export function xlsxText(value: string): string {
  const clean = value.replace(FORBIDDEN, '');
  // Cut again after slicing: the cut may halve a surrogate pair.
  return clean.length > MAX_CELL ? clean.slice(0, MAX_CELL).replace(FORBIDDEN, '') : clean;
}

const cell = (v: string | number): string | number => (typeof v === 'number' ? v : xlsxText(v));

/** Sheet names in the chosen language (Excel allows 31 characters, no `[]:*?/\`). */
const SHEETS = {
  summary: LABELS.summary,
  list: LABELS.list,
} as const;

/** The sheet of `--estimate` figures: the datasets table, its source line, then the duties reached. */
function addDatasets(
  book: InstanceType<typeof import('./xlsxLib.js').Workbook>,
  ctx: InventoryContext,
): void {
  const l = ctx.locale;
  const facts = { estimates: ctx.estimates ?? [], locale: l };
  const sheet = book.addWorksheet(l === 'zh' ? '数据集' : 'Datasets');
  sheet.columns = [
    { width: 28 },
    { width: 36 },
    { width: 10 },
    { width: 16 },
    { width: 20 },
    { width: 40 },
    { width: 60 },
  ];
  sheet.addRow([DATASETS_TITLE[l]]).font = { bold: true, size: 14 };
  for (const block of [...datasetsSection(facts), ...dutiesSection(facts)]) {
    if (block.kind === 'table') {
      sheet.addRow(block.header.map(cell)).font = { bold: true };
      for (const row of block.rows) sheet.addRow(row.map(cell));
    } else if (block.kind === 'bullets') {
      sheet.addRow([]);
      for (const item of block.items) sheet.addRow([cell(item)]);
    } else if (block.kind !== 'heading' && block.kind !== 'blank') {
      sheet.addRow([cell(block.text)]);
    }
  }
}

/** The workbook's bytes. */
export async function formatInventoryXlsx(inventory: Inventory, ctx: InventoryContext): Promise<Uint8Array> {
  const { Workbook } = await import('./xlsxLib.js');
  const l = ctx.locale;
  const book = new Workbook();
  book.creator = 'pilens';
  // A fixed date keeps the bytes of two runs over the same code identical.
  book.created = new Date(0);
  book.modified = new Date(0);

  const summary = book.addWorksheet(SHEETS.summary[l]);
  summary.columns = [{ width: 28 }, { width: 30 }, { width: 34 }, { width: 22 }, { width: 10 }];
  const s = inventory.summary;
  summary.addRow([LABELS.title[l]]).font = { bold: true, size: 14 };
  summary.addRow([LABELS.count[l], s.fields]);
  summary.addRow([LABELS.files[l], s.files]);
  summary.addRow([LABELS.needsReview[l], s.needsReview]);
  summary.addRow([]);
  const head = (cells: string[]): void => {
    summary.addRow(cells).font = { bold: true };
  };
  head([
    HEADERS.categoryKey[l],
    HEADERS.categoryZh[l],
    HEADERS.categoryEn[l],
    HEADERS.class[l],
    LABELS.count[l],
  ]);
  const names = new Map(inventory.rows.map((r) => [r.category.key, r.category]));
  for (const c of s.byCategory) {
    const name = names.get(c.key);
    summary.addRow([c.key, cell(name?.zh ?? c.key), cell(name?.en ?? c.key), c.class, c.count]);
  }
  summary.addRow([]);
  head([HEADERS.class[l], LABELS.count[l]]);
  for (const cls of ['A', 'B', 'C'] as const) summary.addRow([cls, s.byClass[cls]]);
  summary.addRow([]);
  head([HEADERS.grade[l], LABELS.count[l]]);
  for (const g of GRADES) summary.addRow([gradeName(g, l), s.byGrade[g]]);
  summary.addRow([]);
  head([LABELS.notes[l]]);
  for (const note of inventoryNotes(ctx, l)) summary.addRow([note]);

  const list = book.addWorksheet(SHEETS.list[l], { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = COLUMNS.map((c) => ({ header: HEADERS[c][l], key: c, width: c === 'line' ? 8 : 24 }));
  list.getRow(1).font = { bold: true };
  for (const row of inventory.rows) {
    const cells = rowCells(row, l);
    list.addRow(COLUMNS.map((c) => cell(cells[c])));
  }
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  if (ctx.estimates !== undefined && ctx.estimates.length > 0) addDatasets(book, ctx);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
