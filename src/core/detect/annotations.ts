/**
 * Explicit annotations and directives, written in comments of any language (`//`, `#`, `--`,
 * `/* *\/`, `<!-- -->`, `;`, `REM`, `'`):
 *
 * - `@pi <category> [note]`: authoritative classification of the field on the same line (after
 *   code) or the next code line (on a line of its own); `@pi none`: not PI;
 *   `@pi anonymized` (not reported: anonymised data is not PI, PIPL Art. 4, 73(4); 法释〔2017〕10号 Art. 1, 3(2)) /
 *   `@pi deidentified` (still PI, PIPL Art. 4, 73(3)).
 * - `pilens-disable-next-line [category…]`, `pilens-disable-line [category…]`,
 *   `pilens-disable [category…]` … `pilens-enable`, `pilens-disable-file`.
 *
 * The parsed directives carry exact ranges: the editor's grammar, hovers and code actions reuse them.
 */
import { isCategoryKey } from '../law/categories.js';
import type { ProcessingState, Range } from '../types.js';

export type DirectiveKind =
  | 'pi'
  | 'none'
  | 'state'
  | 'disable-next-line'
  | 'disable-line'
  | 'disable'
  | 'enable'
  | 'disable-file'
  | 'invalid';

export interface Directive {
  readonly kind: DirectiveKind;
  /** 0-based line of the comment. */
  readonly line: number;
  /** The directive text (`@pi id_number masked copy`, `pilens-disable-next-line contact`). */
  readonly range: Range;
  /** `@pi <category>`: the category key. */
  readonly category?: string;
  /** Range of the category (or the unknown word for `invalid`), for quick fixes. */
  readonly categoryRange?: Range;
  /** `@pi anonymized|deidentified`, alone or after a category. */
  readonly state?: ProcessingState;
  readonly note?: string;
  /** Categories a disable directive is limited to; empty means all. */
  readonly categories: readonly string[];
  /** `pi`/`none`/`state`: the field is on this line (`same`) or on the next code line (`next`). */
  readonly placement: 'same' | 'next';
  /** For `invalid`: what is wrong, in English. */
  readonly message?: string;
}

const COMMENT_OPENERS = ['//', '/*', '<!--', '#', '--'];
/** Openers that start a comment only at the beginning of a line (INI, VB, JSDoc body, batch). */
const LINE_START_OPENERS = [';', "'", '*', 'REM ', 'rem '];
const STATES: Record<string, ProcessingState> = {
  anonymized: 'anonymized',
  anonymised: 'anonymized',
  anonymous: 'anonymized',
  deidentified: 'deidentified',
  'de-identified': 'deidentified',
  pseudonymized: 'deidentified',
  pseudonymised: 'deidentified',
};
const WORD = /[^\s,]+/g;

/** Parses every directive in a text. Cheap when there are none (two `indexOf` calls). */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('@pi') && !text.includes('pilens-')) return [];
  const out: Directive[] = [];
  let line = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.slice(pos, end);
    if (raw.includes('@pi') || raw.includes('pilens-')) parseLine(raw, line, out);
    line++;
    pos = end + 1;
  }
  return out;
}

function commentStart(raw: string, before: number): number {
  const indent = raw.length - raw.trimStart().length;
  if (LINE_START_OPENERS.some((o) => raw.startsWith(o, indent)) && indent < before) return indent;
  let best = -1;
  for (const opener of COMMENT_OPENERS) {
    const at = raw.indexOf(opener);
    if (at >= 0 && at < before && (best < 0 || at < best)) best = at;
  }
  return best;
}

function parseLine(raw: string, line: number, out: Directive[]): void {
  for (const marker of ['@pi', 'pilens-']) {
    let at = raw.indexOf(marker);
    while (at >= 0) {
      const startOk = at === 0 || !/[\w@-]/.test(raw.charAt(at - 1));
      const start = commentStart(raw, at);
      if (startOk && start >= 0) {
        const placement = raw.slice(0, start).trim() === '' ? 'next' : 'same';
        const d =
          marker === '@pi' ? parsePi(raw, line, at, placement) : parseDisable(raw, line, at, placement);
        if (d !== undefined) out.push(d);
      }
      at = raw.indexOf(marker, at + marker.length);
    }
  }
}

function wordsAfter(raw: string, from: number): { text: string; start: number }[] {
  const rest = raw.slice(from).replace(/(\*\/|-->).*$/, '');
  const words: { text: string; start: number }[] = [];
  for (const m of rest.matchAll(WORD)) words.push({ text: m[0], start: from + m.index });
  return words;
}

const range = (line: number, start: number, end: number): Range => ({
  start: { line, character: start },
  end: { line, character: end },
});

function parsePi(raw: string, line: number, at: number, placement: 'same' | 'next'): Directive | undefined {
  const after = raw.charAt(at + 3);
  if (after !== '' && after !== ' ' && after !== '\t') return undefined; // `@pipe`, `@pi:` are not ours
  const words = wordsAfter(raw, at + 3);
  const first = words[0];
  const endOf = (w: { text: string; start: number } | undefined): number =>
    w === undefined ? at + 3 : w.start + w.text.length;
  const whole = range(line, at, endOf(words[words.length - 1]));
  const base = { line, range: whole, categories: [] as string[], placement };
  if (first === undefined)
    return { ...base, kind: 'invalid', message: '@pi needs a category, none, anonymized or deidentified' };
  const key = first.text.toLowerCase();
  const catRange = range(line, first.start, first.start + first.text.length);
  const note = words
    .slice(1)
    .map((w) => w.text)
    .join(' ');
  const withNote = note === '' ? {} : { note };
  if (key === 'none') return { ...base, kind: 'none', categoryRange: catRange, ...withNote };
  const state = STATES[key];
  if (state !== undefined) return { ...base, kind: 'state', state, categoryRange: catRange, ...withNote };
  if (!isCategoryKey(key) || key === 'minor_u14') {
    return {
      ...base,
      kind: 'invalid',
      categoryRange: catRange,
      message: `unknown pilens category "${first.text}"`,
    };
  }
  const second = STATES[words[1]?.text.toLowerCase() ?? ''];
  const rest = words
    .slice(second === undefined ? 1 : 2)
    .map((w) => w.text)
    .join(' ');
  return {
    ...base,
    kind: 'pi',
    category: key,
    categoryRange: catRange,
    ...(second !== undefined ? { state: second } : {}),
    ...(rest !== '' ? { note: rest } : {}),
  };
}

const DISABLE_KINDS: Record<string, DirectiveKind> = {
  'disable-next-line': 'disable-next-line',
  'disable-line': 'disable-line',
  'disable-file': 'disable-file',
  disable: 'disable',
  enable: 'enable',
};

function parseDisable(
  raw: string,
  line: number,
  at: number,
  placement: 'same' | 'next',
): Directive | undefined {
  const m = /^pilens-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])/.exec(
    raw.slice(at),
  );
  if (m === null) return undefined;
  const kind = DISABLE_KINDS[m[1] ?? ''] ?? 'invalid';
  const words = wordsAfter(raw, at + m[0].length);
  const categories: string[] = [];
  let last = at + m[0].length;
  for (const w of words) {
    if (w.text === '--') break; // `-- reason`, as ESLint allows
    const key = w.text.toLowerCase();
    if (!isCategoryKey(key)) break;
    categories.push(key);
    last = w.start + w.text.length;
  }
  return { kind, line, range: range(line, at, last), categories, placement };
}
