/**
 * XLSX workbooks, streamed: shared strings are loaded (cells refer to them by index), then each
 * worksheet's XML is inflated and scanned row by row. Each sheet is a table of its own.
 *
 * Everything the file declares is bounded: a column reference past Excel's last column (XFD)
 * skips that cell, an invalid character reference spoils one cell (read with U+FFFD), a row or
 * string longer than its cap is skipped and counted, and the shared-string table has a budget.
 * Problems are counted per sheet and noted once, with the first position.
 */
import { TableSink } from '../../core/dataset/tableSink.js';
import type { InflateOptions, OnStop } from './inflate.js';
import { throwIfAborted } from './input.js';
import { SAMPLE_ROWS, type TableReader } from './reader.js';
import { forEachElement } from './xmlElements.js';
import { listZipEntries, openZipEntry, type ZipEntry } from './zip.js';

/** Excel's last column, XFD, is the 16,384th. */
export const MAX_COLUMNS = 16384;
/** A row's XML beyond this is skipped as malformed (Excel cells hold at most 32,767 characters). */
export const MAX_ROW_CHARS = 4 * 2 ** 20;
/** One shared string's XML beyond this is read as empty. */
export const MAX_STRING_CHARS = 256 * 1024;
/** The shared-string table's budget, in characters plus 32 per string (its memory). */
export const SHARED_STRINGS_BUDGET = 128 * 2 ** 20;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Counts of cells that could not be read as written, with the first place each happened. */
export class CellTally {
  invalidChars = 0;
  firstInvalid = '';
  outOfRange = 0;
  firstOutOfRange = '';
}

const isXmlChar = (c: number): boolean =>
  c === 9 ||
  c === 10 ||
  c === 13 ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/**
 * Decodes XML character and entity references. A reference to a character XML does not allow
 * (`&#x110000;`, `&#0;`, a surrogate) becomes U+FFFD and is counted in `bad` when given.
 */
export function decodeXml(s: string, bad?: { invalid: number }): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,10}|[a-z]+);/g, (m, e: string) => {
    if (!e.startsWith('#')) return Object.hasOwn(ENTITY, e) ? (ENTITY[e] ?? m) : m;
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    if (isXmlChar(code)) return String.fromCodePoint(code);
    if (bad !== undefined) bad.invalid++;
    return '\uFFFD';
  });
}

/** The 0-based column of a cell reference's letters, or -1 past XFD. */
export function columnIndex(letters: string): number {
  if (letters.length > 3) return -1;
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n <= MAX_COLUMNS ? n - 1 : -1;
}

/** The text of every `<t>` in an element (a shared string, an inline string), decoded. */
function texts(xml: string, bad: { invalid: number }): string {
  let out = '';
  let i = 0;
  for (;;) {
    const t = xml.indexOf('<t', i);
    if (t < 0) return out;
    const next = xml.charCodeAt(t + 2);
    const gt = xml.indexOf('>', t);
    if (gt < 0) return out;
    i = gt + 1;
    // `<t>` or `<t attr…>` only (not `<tx…>`), and not a self-closed `<t/>`.
    if (
      !(next === 62 || next === 32 || next === 9 || next === 10 || next === 13) ||
      xml.charCodeAt(gt - 1) === 47
    )
      continue;
    const end = xml.indexOf('</t>', i);
    if (end < 0) return out;
    out += decodeXml(xml.slice(i, end), bad);
    i = end + 4;
  }
}

/**
 * Parses one `<row>` into positional cell texts. `where` names the row ("sheet1!7") for the
 * tally's first positions.
 */
export function parseRow(
  xml: string,
  shared: readonly string[],
  tally = new CellTally(),
  where = '',
): string[] {
  const cells: string[] = [];
  let auto = 0;
  let i = 0;
  const bad = { invalid: 0 };
  for (;;) {
    const c = xml.indexOf('<c', i);
    if (c < 0) break;
    const next = xml.charCodeAt(c + 2);
    const gt = xml.indexOf('>', c);
    if (gt < 0) break;
    i = gt + 1;
    if (!(next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13)) continue;
    const selfClosed = xml.charCodeAt(gt - 1) === 47;
    const attrs = xml.slice(c + 2, selfClosed ? gt - 1 : gt);
    let body = '';
    if (!selfClosed) {
      const end = xml.indexOf('</c>', i);
      if (end < 0) break;
      body = xml.slice(i, end);
      i = end + 4;
    }
    const ref = /\br="([A-Za-z]+)\d*"/.exec(attrs)?.[1];
    const col = ref !== undefined ? columnIndex(ref.toUpperCase()) : auto < MAX_COLUMNS ? auto : -1;
    if (col < 0) {
      if (tally.outOfRange++ === 0) tally.firstOutOfRange = `${where} ${(ref ?? '').slice(0, 12)}`.trim();
      continue;
    }
    auto = col + 1;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const vStart = body.indexOf('<v>');
    const vEnd = vStart < 0 ? -1 : body.indexOf('</v>', vStart);
    const v = vEnd < 0 ? undefined : body.slice(vStart + 3, vEnd);
    const before = bad.invalid;
    let text = '';
    if (type === 's') text = shared[Number(v)] ?? '';
    else if (type === 'inlineStr') text = texts(body, bad);
    else if (v !== undefined) text = decodeXml(v, bad);
    if (bad.invalid > before && tally.invalidChars++ === 0)
      tally.firstInvalid = `${where}${where ? ' ' : ''}column ${col + 1}`;
    while (cells.length < col) cells.push('');
    cells[col] = text;
  }
  return cells;
}

/** Reads the shared-string table within its budget; `onStop` hears if it was cut. */
async function readSharedStrings(
  stream: AsyncIterable<Uint8Array>,
  onStop: OnStop,
  notes: string[],
): Promise<string[]> {
  const shared: string[] = [];
  const bad = { invalid: 0 };
  let used = 0;
  let long = 0;
  await forEachElement(
    stream,
    'si',
    MAX_STRING_CHARS,
    (si) => {
      const s = texts(si, bad);
      used += s.length + 32;
      if (used > SHARED_STRINGS_BUDGET) {
        onStop(
          `shared-string table over its budget of ${SHARED_STRINGS_BUDGET / 2 ** 20} M characters: strings after #${shared.length} read as empty, so some cells are not counted`,
        );
        return false;
      }
      shared.push(s);
      return true;
    },
    () => {
      // Kept as an empty string so the indexes of the strings after it stay right.
      shared.push('');
      long++;
    },
  );
  if (long > 0) notes.push(`${long} shared strings longer than ${MAX_STRING_CHARS} characters read as empty`);
  if (bad.invalid > 0)
    notes.push(`${bad.invalid} invalid character references in shared strings read as U+FFFD`);
  return shared;
}

const sheetNumber = (e: ZipEntry): number => Number(/(\d+)\.xml$/.exec(e.name)?.[1] ?? 0);

/** Reads every worksheet; `sinkFor(sheet)` supplies the table sink for each. */
async function readXlsx(
  file: string,
  sinkFor: (sheet: string) => TableSink,
  onRaw: (n: number) => void,
  inflate: InflateOptions,
  signal?: AbortSignal,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<void> {
  const entries = await listZipEntries(file);
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  const sstNotes: string[] = [];
  const shared =
    sst === undefined
      ? []
      : await readSharedStrings(await openZipEntry(file, sst, onRaw, inflate), inflate.onStop, sstNotes);
  const sheets = entries
    .filter((e): e is ZipEntry => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => sheetNumber(a) - sheetNumber(b));
  for (const [k, sheet] of sheets.entries()) {
    const name = sheet.name.replace(/^xl\/worksheets\/|\.xml$/g, '');
    const sink = sinkFor(name);
    if (k === 0) for (const note of sstNotes) sink.notes.push(note);
    const tally = new CellTally();
    let rows = 0;
    let skipped = 0;
    await forEachElement(
      await openZipEntry(file, sheet, onRaw, inflate),
      'row',
      MAX_ROW_CHARS,
      (row) => {
        throwIfAborted(signal);
        const r = /^<row\b[^>]*?\br="(\d{1,7})"/.exec(row)?.[1] ?? String(rows + 1);
        const cells = parseRow(row, shared, tally, `${name}!row ${r}`);
        if (cells.some((c) => c !== '')) sink.addRow(cells);
        return ++rows < maxRows;
      },
      () => {
        sink.addMalformed();
        skipped++;
      },
    );
    if (skipped > 0)
      sink.notes.push(
        `${skipped} rows longer than ${MAX_ROW_CHARS / 2 ** 20} MiB of XML, or left open, counted as malformed`,
      );
    if (tally.invalidChars > 0)
      sink.notes.push(
        `${tally.invalidChars} cells with invalid XML character references read with U+FFFD (first: ${tally.firstInvalid})`,
      );
    if (tally.outOfRange > 0)
      sink.notes.push(
        `${tally.outOfRange} cells past column XFD (Excel's last) ignored (first: ${tally.firstOutOfRange})`,
      );
  }
}

/** The workbook reader: one table per worksheet, named `file#sheet` when there are several. */
export const readXlsxTables: TableReader = async ({ file }, ctx) => {
  const sheets: { name: string; sink: TableSink }[] = [];
  const sinkFor = (name: string): TableSink => {
    const sink = new TableSink(ctx.sink);
    sheets.push({ name, sink });
    return sink;
  };
  await readXlsx(file, sinkFor, ctx.onRaw, ctx.inflate, ctx.signal, ctx.sampleOnly ? SAMPLE_ROWS : undefined);
  return sheets.map((s) => ({
    ...(sheets.length > 1 ? { part: s.name } : {}),
    result: s.sink.finish(),
    notes: [],
  }));
};
