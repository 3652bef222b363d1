/**
 * Whether a table's first row is a header, in the spirit of Python's csv.Sniffer.has_header:
 * each column votes by comparing its first cell with the shape of the cells below it (the
 * validator most of them pass, numbers, a small set of repeated values, a fixed length, the
 * character classes), and first-row cells that read as column labels add to the tally.
 */
import { classifyValue, type ValueKindId } from '../values/index.js';
import { nameDetectorClassifier } from './headerClassifier.js';
import { isHeaderWord } from './headerWords.js';
import type { HeaderClassifier } from './profile.js';
import { isHan } from '../text/han.js';
import { carriesNothing } from '../text/nullMarkers.js';

/** Rows compared with the first one. */
const DATA_ROWS = 50;
const NUMERIC = /^[-+]?[\d.,:/\s%]+$/;
/** Kinds matched by vocabulary: a label such as 金额 can pass as a name, so they prove nothing. */
const VOCABULARY_KINDS = new Set<ValueKindId>(['chinese_name', 'address']);

/** Which character classes a cell uses: d digit, a Latin letter, h Han, s space, p other. */
function charClasses(v: string): string {
  let d = false;
  let a = false;
  let h = false;
  let s = false;
  let p = false;
  for (const ch of v) {
    if (ch >= '0' && ch <= '9') d = true;
    else if (/[A-Za-z]/.test(ch)) a = true;
    else if (isHan(ch.charCodeAt(0))) h = true;
    else if (/\s/.test(ch)) s = true;
    else p = true;
  }
  return `${d ? 'd' : ''}${a ? 'a' : ''}${h ? 'h' : ''}${s ? 's' : ''}${p ? 'p' : ''}`;
}

/** The most frequent item and its share. */
function dominant<T>(items: readonly T[]): { item: T; share: number } | null {
  const freq = new Map<T, number>();
  for (const x of items) freq.set(x, (freq.get(x) ?? 0) + 1);
  let best: { item: T; share: number } | null = null;
  for (const [item, n] of freq) if (best === null || n > best.share) best = { item, share: n };
  return best === null ? null : { item: best.item, share: best.share / items.length };
}

/**
 * One column's vote: +1 when its first cell stands out from the data below (a header), −1 when
 * it looks like them, 0 when the column cannot tell.
 */
export function columnVote(first: string, data: readonly string[]): -1 | 0 | 1 {
  if (first === '' || data.length === 0) return 0;
  const kinds = data.map((v) => classifyValue(v)?.kind ?? null);
  const kind = dominant(kinds);
  if (kind !== null && kind.item !== null && kind.share >= 0.5)
    return classifyValue(first)?.kind === kind.item ? -1 : 1;
  const numeric = data.filter((v) => NUMERIC.test(v)).length / data.length;
  if (numeric >= 0.8) return NUMERIC.test(first) ? -1 : 1;
  if (data.length >= 5) {
    // A categorical column (宁波 ×50, 男/女): the header is not one of its values.
    const distinct = new Set(data);
    if (distinct.size * 5 <= data.length) return distinct.has(first) ? -1 : 1;
  }
  const classes = dominant(data.map(charClasses));
  const sameClasses = classes !== null && classes.share >= 0.8 && charClasses(first) === classes.item;
  const length = dominant(data.map((v) => v.length));
  if (data.length >= 3 && length?.share === 1) return first.length !== length.item || !sameClasses ? 1 : -1;
  return classes !== null && classes.share >= 0.8 && !sameClasses ? 1 : 0;
}

/**
 * Whether the first row is a header (see the module comment). A first row with a duplicate
 * label, or a cell that a checksum or shape validator accepts (a phone number is never a
 * label), is data. A lone row is a header when every cell is a non-numeric label.
 */
export function looksLikeHeader(
  rows: readonly (readonly string[])[],
  classifyHeader?: HeaderClassifier,
): boolean {
  const first = rows[0]?.map((c) => c.trim());
  if (first === undefined || first.length === 0) return false;
  const seen = new Set<string>();
  for (const v of first) {
    if (v === '') continue;
    if (seen.has(v) || v.length > 64) return false;
    seen.add(v);
    const hit = classifyValue(v);
    if (hit !== null && !VOCABULARY_KINDS.has(hit.kind)) return false;
  }
  // Personal-information labels (姓名, 手机号) are the vocabulary's: the name detector knows them.
  const named = classifyHeader ?? nameDetectorClassifier();
  const known = (word: string): boolean => named(word) != null;
  const label = (v: string): boolean => isHeaderWord(v, known);
  const rest = rows.slice(1, 1 + DATA_ROWS);
  // A lone row: labels (金额 passes as a name, so a known word counts), not values.
  if (rest.length === 0)
    return first.every((v) => v !== '' && !NUMERIC.test(v) && (label(v) || classifyValue(v) === null));
  let score = 0;
  first.forEach((cell, i) => {
    const data = rest.map((r) => (r[i] ?? '').trim()).filter((v) => !carriesNothing(v));
    score += columnVote(cell, data);
    if (cell !== '' && label(cell)) score++;
  });
  return score > 0;
}
