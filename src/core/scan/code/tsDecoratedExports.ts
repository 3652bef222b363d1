/**
 * `@Entity() export class User {}` — decorators before `export`, the usual TypeORM/NestJS
 * layout — is outside @lezer/javascript's grammar (it accepts `export @Entity() class`), so
 * the parser goes through error recovery at every such class, which costs about a tenth of
 * the parse of a decorated file. Blanking the `export` keyword (same length, no offset moves)
 * gives the parser `@Entity() class User {}`, which it reads directly; extraction does not
 * depend on whether a class is exported.
 */

/** `export class X`, `export default class X`, `export abstract class X` at a line start. */
const EXPORTED_CLASS = /^([ \t]*)(export(?:[ \t]+default)?)[ \t]+(?:abstract[ \t]+)?class[ \t]+[\p{L}_$]/gmu;

/** The text the TypeScript parser should see: decorated `export` keywords blanked. */
export function blankDecoratedExports(text: string): string {
  if (!text.includes('@')) return text;
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(EXPORTED_CLASS)) {
    const keyword = m[2] ?? '';
    if (!afterDecoratorLine(text, m.index)) continue;
    const from = m.index + (m[1]?.length ?? 0);
    parts.push(text.slice(last, from), ' '.repeat(keyword.length));
    last = from + keyword.length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Whether the closest non-blank line above `lineStart` starts with a decorator (`@Name`), or
 * closes the parentheses of one that spans lines (`@Table({` … `})`).
 */
function afterDecoratorLine(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  if (end < 0) return false;
  if (text.charCodeAt(end) === 41 /* ) */) {
    const open = openingParen(text, end);
    if (open >= 0) end = open;
  }
  let first = end;
  while (first > 0 && !isBreak(text.charCodeAt(first - 1))) first--;
  while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
  return text.charCodeAt(first) === 64; /* @ */
}

/** Bounds the backward scan for a multi-line decorator's opening parenthesis. */
const MAX_DECORATOR_LENGTH = 2000;

/**
 * The offset of the `(` matching the `)` at `close`, skipping one-line string literals, or -1
 * when it is far away or the text is not simple enough to count brackets in (a template
 * literal, a comment, a string running over lines): the parser then recovers as before.
 */
function openingParen(text: string, close: number): number {
  let depth = 0;
  const stop = Math.max(0, close - MAX_DECORATOR_LENGTH);
  for (let k = close; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 41) depth++;
    else if (c === 40 && --depth === 0) return k;
    else if (c === 34 || c === 39) {
      k = stringStart(text, k, c);
      if (k < 0) return -1;
    } else if (c === 96 || (c === 47 && (text.charCodeAt(k - 1) === 47 || text.charCodeAt(k - 1) === 42))) {
      return -1;
    }
  }
  return -1;
}

/** The opening quote of the one-line string literal closed at `end`, or -1. */
function stringStart(text: string, end: number, quote: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (isBreak(c)) return -1;
    if (c === quote && text.charCodeAt(k - 1) !== 92 /* backslash */) return k;
  }
  return -1;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isSpace(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9;
}
