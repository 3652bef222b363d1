/**
 * CSV/TSV header rows: each header cell is a field owned by the file's base name. The
 * delimiter is sniffed from the first lines (comma, tab, semicolon, pipe), quoted cells are
 * unquoted, and the range covers the cell's text inside quotes and surrounding blanks.
 * A first row that looks like data (numbers, dates, e-mail addresses) means the file has no
 * header; it yields no fields, so values never become field names in findings.
 */
import type { FieldCandidate } from '../../types.js';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult, SourceInfo } from '../extractor.js';
import { candidate, guarded, handles, stemOf } from '../kit/index.js';
import { extensionOf } from '../languages.js';

interface Cell {
  readonly text: string;
  readonly start: number;
  /** Length of the cell as written (a doubled `""` counts twice). */
  readonly length: number;
}

// tab first: on a tie it wins, since a tab inside a header cell is rarer than a comma
const DELIMITERS = ['\t', ',', ';', '|'];
const DATA_LIKE = /^[-+\d\s.,:/*()#]+$|@|^\d{6,}[\dXx]?$/;

/** Reads the header row of `.csv`, `.tsv` and `.psv` files. */
export const csvHeaderExtractor: Extractor = {
  id: 'csv-header',
  handles: handles({ languageIds: ['csv', 'tsv', 'csv (semicolon)', 'csv (pipe)'] }),
  extract: (text, source) => guarded(() => readHeader(text, source)),
};

function readHeader(text: string, source: SourceInfo): ExtractResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const headerEnd = lineEnd(text, bom);
  const header = text.slice(bom, headerEnd);
  if (header.trim() === '') return { ok: false, error: 'the first line is empty' };
  const delimiter = sniffDelimiter(text.slice(bom, lineEnd(text, headerEnd + 1)), extensionOf(source.path));
  const cells = splitCells(header, delimiter, bom);
  if (cells === undefined) return { ok: false, error: 'unterminated quote in the header row' };
  const named = cells.filter((cell) => cell.text !== '');
  const dataLike = named.filter((cell) => DATA_LIKE.test(cell.text)).length;
  if (named.length === 0 || dataLike * 2 > named.length) return { ok: true, fields: [] };
  const lines = new LineIndex(text);
  const owner = stemOf(source.path);
  const fields: FieldCandidate[] = named
    .filter((cell) => !DATA_LIKE.test(cell.text))
    .map((cell) => candidate(lines, { name: cell.text, from: cell.start, length: cell.length, owner }));
  return { ok: true, fields };
}

function lineEnd(text: string, from: number): number {
  const match = /\r\n|\r|\n/.exec(text.slice(from, from + 1_000_000));
  return match === null ? Math.min(text.length, from + 1_000_000) : from + match.index;
}

/**
 * The delimiter that splits the first two lines into the same number of cells (more than one),
 * preferring tab for `.tsv` and pipe for `.psv`; falls back to the most frequent one.
 */
function sniffDelimiter(firstLines: string, extension: string): string {
  if (extension === '.tsv' && firstLines.includes('\t')) return '\t';
  if (extension === '.psv' && firstLines.includes('|')) return '|';
  const [first = '', second] = firstLines.split(/\r\n|\r|\n/);
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = splitCells(first, delimiter, 0)?.length ?? 0;
    const consistent =
      second === undefined || second === '' || splitCells(second, delimiter, 0)?.length === count;
    const score = consistent ? count * 2 : count;
    if (count > 1 && score > bestCount) {
      best = delimiter;
      bestCount = score;
    }
  }
  return best;
}

/** Splits one line into trimmed cells with the offset of each cell's text; undefined on a bad quote. */
function splitCells(line: string, delimiter: string, base: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let i = 0;
  while (i <= line.length) {
    while (line[i] === ' ') i++;
    if (line[i] === '"') {
      let end = i + 1;
      for (; end < line.length; end++) {
        if (line[end] === '"' && line[end + 1] === '"') end++;
        else if (line[end] === '"') break;
      }
      if (end >= line.length) return undefined;
      cells.push(trimmed(line.slice(i + 1, end).replace(/""/g, '"'), base + i + 1, line.slice(i + 1, end)));
      const next = line.indexOf(delimiter, end + 1);
      i = next < 0 ? line.length + 1 : next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      const end = next < 0 ? line.length : next;
      cells.push(trimmed(line.slice(i, end), base + i, line.slice(i, end)));
      i = end + 1;
    }
  }
  return cells;
}

/** The cell without surrounding blanks; the offset follows the raw text. */
function trimmed(value: string, start: number, raw: string): Cell {
  const lead = raw.length - raw.trimStart().length;
  return { text: value.trim(), start: start + lead, length: raw.trim().length };
}
