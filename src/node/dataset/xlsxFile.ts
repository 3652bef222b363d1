/**
 * XLSX workbooks, streamed: shared strings are loaded (cells refer to them by index), then each
 * worksheet's XML is inflated and scanned row by row. Each sheet is a table of its own.
 */
import type { TableSink } from '../../core/dataset/tableSink.js';
import { throwIfAborted } from './input.js';
import { listZipEntries, openZipEntry, type ZipEntry } from './zip.js';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITY[e] ?? m),
  );
}

/**
 * Calls `onElement` with each complete `<tag …>…</tag>` found in a streamed XML text; stops
 * (and closes the stream) when it returns false.
 */
async function forEachElement(
  stream: AsyncIterable<Buffer>,
  tag: string,
  onElement: (xml: string) => boolean | undefined,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const close = `</${tag}>`;
  const open = new RegExp(`<${tag}[\\s>/]`, 'g');
  let text = '';
  for await (const chunk of stream) {
    text += decoder.decode(chunk, { stream: true });
    let consumed = 0;
    for (;;) {
      open.lastIndex = consumed;
      const m = open.exec(text);
      if (m === null) break;
      const selfClose = text.indexOf('/>', m.index);
      const gt = text.indexOf('>', m.index);
      if (gt < 0) break;
      if (selfClose >= 0 && selfClose + 1 === gt) {
        consumed = gt + 1;
        if (onElement(text.slice(m.index, gt + 1)) === false) return;
        continue;
      }
      const end = text.indexOf(close, gt);
      if (end < 0) break;
      consumed = end + close.length;
      if (onElement(text.slice(m.index, end + close.length)) === false) return;
    }
    text = text.slice(consumed);
    // Keep only a possible partial tag when no element is open.
    if (!text.includes(`<${tag}`) && text.length > 64) text = text.slice(-64);
  }
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const texts = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');

/** Parses one `<row>` into positional cell texts. */
export function parseRow(xml: string, shared: readonly string[]): string[] {
  const cells: string[] = [];
  let auto = 0;
  for (const m of xml.matchAll(/<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+)\d*"/.exec(attrs)?.[1];
    const col = ref !== undefined ? columnIndex(ref) : auto;
    auto = col + 1;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let text = '';
    if (type === 's') text = shared[Number(v)] ?? '';
    else if (type === 'inlineStr') text = texts(body);
    else if (v !== undefined) text = decodeXml(v);
    while (cells.length < col) cells.push('');
    cells[col] = text;
  }
  return cells;
}

/** Reads every worksheet; `sinkFor(sheet)` supplies the table sink for each. */
export async function readXlsx(
  file: string,
  sinkFor: (sheet: string) => TableSink,
  onRaw: (n: number) => void,
  signal?: AbortSignal,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<void> {
  const entries = await listZipEntries(file);
  const shared: string[] = [];
  const sst = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  if (sst !== undefined) {
    await forEachElement(await openZipEntry(file, sst, onRaw), 'si', (si) => {
      shared.push(texts(si));
      return true;
    });
  }
  const sheets = entries
    .filter((e): e is ZipEntry => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .sort((a, b) => Number(/\d+/.exec(a.name.slice(14))?.[0]) - Number(/\d+/.exec(b.name.slice(14))?.[0]));
  for (const sheet of sheets) {
    const sink = sinkFor(sheet.name.replace(/^xl\/worksheets\/|\.xml$/g, ''));
    let rows = 0;
    await forEachElement(await openZipEntry(file, sheet, onRaw), 'row', (row) => {
      throwIfAborted(signal);
      const cells = parseRow(row, shared);
      if (cells.some((c) => c !== '')) sink.addRow(cells);
      return ++rows < maxRows;
    });
  }
}
