/**
 * Reads a pinyin identifier back into Chinese (issue 9). Hospital and government systems write
 * field names in pinyin, whole syllables in camel case mixed with upper-case initials of
 * abbreviated ones: `xingMing` 姓名, `chuShengRQ` 出生日期, `lianXiRDZCJMC` 联系人地址村级名称.
 * A whole syllable matches a word's syllable as spelt; an upper-case letter matches a syllable's
 * first letter. Words (`vocabulary/pinyin.ts`) are found right to left, longest first, and must
 * cover the whole name, so an English name whose pieces happen to be syllables is never read.
 * The Chinese vocabulary then decides what the field is, as for a Chinese field name.
 */
import { PINYIN_DETAILS, PINYIN_PLACE_PARTS, PINYIN_WORDS } from './vocabulary/pinyin.js';

/** A whole syllable as written (`xing`), or one letter of an upper-case run (`R`). */
interface Unit {
  readonly text: string;
  readonly initial: boolean;
}

interface Word {
  readonly syllables: readonly string[];
  readonly han: string;
}

/** Words by the first letter of their last syllable, most syllables first. */
const BY_LAST = ((): ReadonlyMap<string, readonly Word[]> => {
  const index = new Map<string, Word[]>();
  for (const [spelt, han] of PINYIN_WORDS) {
    const syllables = spelt.split(' ');
    const key = (syllables[syllables.length - 1] ?? '').charAt(0);
    const list = index.get(key) ?? [];
    list.push({ syllables, han });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);
  return index;
})();

/** Pieces of a camel-case name: an upper-case run, a (capitalised) lower-case run, digits. */
const PIECE = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

/**
 * The Chinese a pinyin field name spells, its words separated by spaces (`姓名 全拼`), or
 * `undefined` when the name is not pinyin. A closing `ID` keys the last word (`bingRenID` →
 * `病人编号`, a patient's number).
 */
export function readPinyin(name: string): string | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  const pieces = last.match(PIECE) ?? [];
  let key = false;
  if (pieces.length > 1 && pieces[pieces.length - 1]?.toLowerCase() === 'id') {
    key = true;
    pieces.pop();
  }
  const units: Unit[] = [];
  let whole = 0;
  for (const piece of pieces) {
    if (/^\d/.test(piece)) continue;
    if (/[a-z]/.test(piece)) {
      units.push({ text: piece.toLowerCase(), initial: false });
      whole++;
    } else for (const letter of piece.toLowerCase()) units.push({ text: letter, initial: true });
  }
  // A single word (`xingming`, `sfzh`) is the abbreviation vocabulary's; names in capitals only
  // (`XING_MING`) cannot tell a syllable from initials.
  if (units.length < 2 || whole === 0) return undefined;
  const words: string[] = [];
  let j = units.length - 1;
  while (j >= 0) {
    const word = longestEndingAt(units, j);
    if (word === undefined) return undefined;
    words.push(word.han);
    j -= word.syllables.length;
  }
  words.reverse();
  const read = withoutParts(words);
  if (key) read[read.length - 1] = `${read[read.length - 1] ?? ''}编号`;
  return read.join(' ');
}

/**
 * `现住址 省份 名称` → `现住址`; `现住址 省份 代码` → `行政区划代码`: a region's code is a
 * reference to an administrative division, whoever's address it is in.
 */
function withoutParts(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k] ?? '';
    if (out.length > 0 && PINYIN_DETAILS.has(word)) continue;
    if (out.length > 0 && PINYIN_PLACE_PARTS.has(word)) {
      if (words[k + 1] === '代码') return [DIVISION_CODE];
      continue;
    }
    out.push(word);
  }
  return out;
}

/** Listed among the address negatives (`vocabulary/classCIdentity.ts`). */
const DIVISION_CODE = '行政区划代码';

function longestEndingAt(units: readonly Unit[], j: number): Word | undefined {
  const unit = units[j];
  if (unit === undefined) return undefined;
  for (const word of BY_LAST.get(unit.text.charAt(0)) ?? []) {
    const start = j - word.syllables.length + 1;
    if (start < 0) continue;
    if (word.syllables.every((s, k) => spells(units[start + k], s))) return word;
  }
  return undefined;
}

function spells(unit: Unit | undefined, syllable: string): boolean {
  if (unit === undefined) return false;
  return unit.initial ? syllable.startsWith(unit.text) : unit.text === syllable;
}
