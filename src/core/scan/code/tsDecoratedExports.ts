/**
 * `@Entity() export class User {}` — decorators before `export`, the usual TypeORM/NestJS
 * layout — is outside @lezer/javascript's grammar (it accepts `export @Entity() class`), so
 * the parser goes through error recovery at every such class, and a long `@Module({ … })`
 * holding comments or template literals can leave it lost for the rest of the file. Blanking
 * the `export` keyword (same length, no offset moves) gives the parser `@Entity() class User {}`,
 * which it reads directly; extraction does not depend on whether a class is exported.
 *
 * Decorators are read forwards from a line that starts with `@`: arguments are skipped with
 * their strings, template literals and comments, so nothing inside them can fool the count.
 */

/** What may follow the decorators: `export class X`, `export default class X`, `export abstract class X`. */
const EXPORTED_CLASS = /(export(?:[ \t]+default)?)[ \t]+(?:abstract[ \t]+)?class[ \t]+[\p{L}_$]/uy;

/** How far past the decorators `export … class X` may reach. */
const EXPORT_REACH = 200;

/** A decorator's first name character beyond ASCII (`@实体`). */
const NAME_START = /[\p{L}_$]/uy;

/** Bounds the forward scan of one run of decorators, so a stray `@` cannot cost a whole file. */
const MAX_DECORATORS_LENGTH = 20_000;

/**
 * The text the TypeScript parser should see: decorated `export` keywords blanked (the
 * ranges `decoratedExportKeywords` finds).
 */
export function blankDecoratedExports(text: string): string {
  return blankRanges(text, decoratedExportKeywords(text));
}

/**
 * Where `blankDecoratedExports` blanks: `[from, to)` offset pairs, in order, each an `export`
 * or `export default` keyword after decorators. The fast reader skips these words as it
 * tokenizes the text itself, so a full scan makes no blanked copy of the text (issue 8). Each
 * `@` is found with `indexOf` and tested in place (a multi-line regex over the whole text costs
 * more than the rest of this pass on a large file).
 */
export function decoratedExportKeywords(text: string): number[] {
  const ranges: number[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', from)) {
    from = at + 1;
    if (!startsLine(text, at) || !startsName(text, at + 1)) continue;
    const end = decoratorsEnd(text, at);
    if (end < 0) continue;
    from = end;
    EXPORTED_CLASS.lastIndex = end;
    const exported = EXPORTED_CLASS.exec(text);
    const keyword = exported?.[1];
    // The class keyword is looked for within 200 characters of the decorators, no further.
    if (keyword === undefined || exported === null || exported[0].length > EXPORT_REACH) continue;
    ranges.push(end, end + keyword.length);
    from = end + keyword.length;
  }
  return ranges;
}

/** `text` with each `[from, to)` range of `ranges` (offset pairs, in order) made spaces. */
export function blankRanges(text: string, ranges: readonly number[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const from = ranges[r] ?? last;
    const to = ranges[r + 1] ?? from;
    parts.push(text.slice(last, from), ' '.repeat(to - from));
    last = to;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Only blanks (spaces, tabs) stand between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
  }
  return true;
}

/** A decorator name can start at `i`: a letter, `_` or `$`. */
function startsName(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
  NAME_START.lastIndex = i;
  return NAME_START.test(text);
}

/**
 * Reads decorators from `at` (an `@`) and the blanks and comments after them; returns the
 * offset of the first other token, or -1 when the text is not a run of decorators.
 */
function decoratorsEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_DECORATORS_LENGTH);
  let i = at;
  while (i < limit && text.charCodeAt(i) === 64 /* @ */) {
    i++;
    const nameStart = i;
    while (i < limit && isNamePart(text.charCodeAt(i))) i++;
    if (i === nameStart) return -1;
    const afterName = skipBlank(text, i, limit);
    if (afterName < 0) return -1;
    if (text.charCodeAt(afterName) === 40 /* ( */) {
      i = skipBalanced(text, afterName, limit);
      if (i < 0) return -1;
    }
    i = skipBlank(text, i, limit);
    if (i < 0) return -1;
  }
  return i < limit ? i : -1;
}

/** Skips spaces, line breaks and comments from `i`; -1 when a comment runs past `limit`. */
function skipBlank(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < limit && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || close >= limit) return -1;
      i = close + 2;
    } else return i;
  }
  return i;
}

/**
 * From an opening bracket at `open`, the offset just after its match, skipping strings, template
 * literals (with their `${…}`) and comments; -1 when unbalanced before `limit`.
 */
function skipBalanced(text: string, open: number, limit: number): number {
  let depth = 0;
  let i = open;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (--depth === 0) return i + 1;
    } else if (c === 34 || c === 39) {
      i = skipString(text, i, c, limit);
      if (i < 0) return -1;
      continue;
    } else if (c === 96) {
      i = skipTemplate(text, i, limit);
      if (i < 0) return -1;
      continue;
    } else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      i = skipBlank(text, i, limit);
      if (i < 0) return -1;
      continue;
    }
    i++;
  }
  return -1;
}

/** Past the closing quote of a string opened at `i`; escapes (line continuations too) skipped. */
function skipString(text: string, from: number, quote: number, limit: number): number {
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return i + 1;
    else if (c === 10) return -1;
  }
  return -1;
}

/** Past the closing backtick of a template literal opened at `from`, `${…}` included. */
function skipTemplate(text: string, from: number, limit: number): number {
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 96) return i + 1;
    else if (c === 36 && text.charCodeAt(i + 1) === 123) {
      const end = skipBalanced(text, i + 1, limit);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}

/** Letters, digits, `_`, `$` and `.` (a qualified decorator: `@nestjs.Module`). */
function isNamePart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 36 ||
    c === 46 ||
    c > 127
  );
}
