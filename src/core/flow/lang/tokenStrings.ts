/**
 * What the Kotlin and C# token lowering reads of a string literal by hand (tokenExpr.ts
 * `stringExpr`): its content without prefix and quotes, and a template hole that is a name or a
 * dotted chain of names, read without tokenizing it.
 */
import type { Expr } from '../ir.js';
import type { InternedNames } from './interned.js';
import type { TokenLanguage } from './tokenCursor.js';

/** Words read as literals. */
export const LITERAL_WORDS: ReadonlySet<string> = new Set(['null', 'true', 'false', 'default']);

/**
 * A literal's content: its `$`/`@` prefix and opening quote (`"""`, `"` or `'`) removed when
 * they are there, and one closing quote. Read by hand rather than by two patterns: every string
 * of the file comes through here. One string per distinct content (`strings`): a file repeats
 * its literals (`"phone format invalid"`, `"visit"`), and a slice each was a new string the
 * lowered form kept alive.
 */
export function unquoted(raw: string, strings: InternedNames): string {
  let m = 0;
  while (raw.charCodeAt(m) === 0x24 || raw.charCodeAt(m) === 0x40) m++;
  let from = 0;
  if (raw.startsWith('"""', m)) from = m + 3;
  else if (raw.charCodeAt(m) === 0x22 || raw.charCodeAt(m) === 0x27) from = m + 1;
  let to = raw.length;
  if (to - from >= 3 && raw.endsWith('"""')) to -= 3;
  else if (to > from) {
    const last = raw.charCodeAt(to - 1);
    if (last === 0x22 || last === 0x27) to--;
  }
  return strings.name(raw, from, to);
}

/** Where a template hole's expression sits in a literal's raw text. */
export interface Hole {
  readonly from: number;
  readonly to: number;
}

/** The holes of a plain literal, shared. */
const NO_HOLES: readonly Hole[] = [];

/**
 * The holes of a string template (`"$phone ${u.email}"`, C# `$"{dto.Phone}"`), in text order;
 * none for a plain literal (most are), without a list of its own.
 */
export function templateHoles(lang: TokenLanguage, raw: string): readonly Hole[] {
  let holes: Hole[] | undefined;
  const csharp =
    lang === 'csharp' &&
    (raw.charCodeAt(0) === 0x24 || (raw.charCodeAt(0) === 0x40 && raw.charCodeAt(1) === 0x24));
  // Only a `$` (Kotlin) or a `{` (C#) can open a hole: found by indexOf, not per character (most
  // strings hold no template, and are searched once).
  if (lang === 'kotlin' || csharp) {
    const mark = lang === 'kotlin' ? '$' : '{';
    for (let j = raw.indexOf(mark); j >= 0 && raw.length < 20_000; j = raw.indexOf(mark, j + 1)) {
      const ch = raw[j];
      if (lang === 'kotlin' && ch === '$' && isWordCode(raw.charCodeAt(j + 1), false)) {
        let k = j + 1;
        while (isWordCode(raw.charCodeAt(k), true)) k++;
        (holes ??= []).push({ from: j + 1, to: k });
        j = k - 1;
      } else if (
        (lang === 'kotlin' && ch === '$' && raw[j + 1] === '{') ||
        (csharp && ch === '{' && raw[j + 1] !== '{')
      ) {
        const open = lang === 'kotlin' ? j + 1 : j;
        let depth = 0;
        let k = open;
        for (; k < raw.length; k++) {
          if (raw[k] === '{') depth++;
          else if (raw[k] === '}' && --depth === 0) break;
        }
        (holes ??= []).push({ from: open + 1, to: k });
        j = k;
      } else if (csharp && ch === '{') j++;
    }
  }
  return holes ?? NO_HOLES;
}

/** Words that `expression` does not read as a plain name (literals, keywords, prefixes). */
const NOT_A_NAME = new Set([
  ...LITERAL_WORDS,
  'this',
  'base',
  'if',
  'when',
  'object',
  'switch',
  'new',
  'await',
  'typeof',
  'throw',
]);

/** An ASCII letter or `_` (`[A-Za-z_]`), or with `digit` also a digit (`\w`). */
export function isWordCode(ch: number, digit: boolean): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 95 || (digit && ch >= 48 && ch <= 57);
}

/** Whether `raw[from, to)` is one ASCII identifier, as the tokenizer would read it whole. */
function isAsciiName(raw: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let j = from; j < to; j++) if (!isWordCode(raw.charCodeAt(j), j > from)) return false;
  return true;
}

/**
 * The hole `hole` of the literal `raw` at `base`, when it is a name or a dotted chain of names
 * (`$level`, `${member.realName}`, `{dto.Phone}`), read as reading its tokens would give, without
 * tokenizing it: a name, then a member per `.name`. Undefined for any other hole, or a first name
 * `expression` does not read as a plain name.
 */
export function dottedHole(raw: string, base: number, hole: Hole, strings: InternedNames): Expr | undefined {
  const { from, to } = hole;
  let dot = raw.indexOf('.', from);
  if (dot < 0 || dot > to) dot = to;
  if (!isAsciiName(raw, from, dot)) return undefined;
  const first = strings.name(raw, from, dot);
  if (NOT_A_NAME.has(first)) return undefined;
  let e: Expr = { k: 'name', at: base + from, name: first };
  while (dot < to) {
    const start = dot + 1;
    dot = raw.indexOf('.', start);
    if (dot < 0 || dot > to) dot = to;
    if (!isAsciiName(raw, start, dot)) return undefined;
    e = { k: 'member', at: base + start, recv: e, prop: strings.name(raw, start, dot) };
  }
  return e;
}
