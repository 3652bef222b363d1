/**
 * Expressions from tokens, for the languages read without a grammar (Kotlin, C#; see
 * cfamilyTokens.ts): a small precedence parser producing the language-neutral form, with
 * string templates (`"$phone ${u.email}"`, `$"{dto.Phone}"`) read into their holes. It never
 * fails: a token it cannot place ends the expression, and the statement reader moves on.
 */
import { readTokens, type Token } from '../../scan/code/cfamilyTokens.js';
import { group, keyed, type Arg, type Expr, type Fn } from '../ir.js';
import { InternedNames } from './interned.js';
import * as tokenCursorModule from './tokenCursor.js';
import type { Cursor, TokenLanguage } from './tokenCursor.js';
import * as tokenStringsModule from './tokenStrings.js';
import type { Hole } from './tokenStrings.js';

// Imports used per token, copied once (walk.ts).
const { angleEnd, closing, peek } = tokenCursorModule;
const { dottedHole, LITERAL_WORDS, templateHoles, unquoted } = tokenStringsModule;

const MAX_DEPTH = 200;
const SILENT = new Set([
  '==',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '&&',
  '||',
  'is',
  '!is',
  'in',
  '!in',
  '===',
  '!==',
]);
/**
 * Binary operators' precedence. A map: an infix name such as `constructor` must not find
 * Object.prototype's member, and one lookup costs less than an own-key test and a keyed load.
 */
const PREC: ReadonlyMap<string, number> = new Map(
  Object.entries({
    '?:': 1,
    '??': 1,
    '||': 2,
    '&&': 3,
    '==': 4,
    '!=': 4,
    '<': 5,
    '>': 5,
    '<=': 5,
    '>=': 5,
    is: 5,
    in: 5,
    as: 5,
    to: 6,
    '..': 6,
    '+': 7,
    '-': 7,
    '*': 8,
    '/': 8,
    '%': 8,
  }),
);
/** Tokens that continue a Kotlin expression on the next line. */
const CONTINUES = new Set(['.', '?.', '?:', '&&', '||', '::']);

const text = (c: Cursor, k = 0): string => c.t[c.i + k]?.text ?? '';

/** Parses one expression at the cursor. */
export function expression(c: Cursor, minPrec = 0): Expr {
  if (c.depth > MAX_DEPTH) return { k: 'group', parts: [] };
  c.depth++;
  try {
    let left = unary(c);
    for (;;) {
      const op = peek(c);
      if (!op) break;
      if (c.lang === 'kotlin' && op.newlineBefore && !CONTINUES.has(op.text)) break;
      const name = op.text === '!' && text(c, 1) === 'is' ? '!is' : op.text;
      // No operator is longer than two characters: a longer name needs no lookup.
      const prec = name.length <= 2 ? PREC.get(name) : undefined;
      if (prec === undefined || prec <= minPrec - 1 || prec < minPrec) break;
      c.i += name === '!is' ? 2 : 1;
      if (name === 'as' || name === 'is' || name === '!is') {
        skipType(c);
        if (name !== 'as') left = { k: 'silent', parts: [left] };
        continue;
      }
      const right = expression(c, prec + 1);
      if (SILENT.has(name)) left = { k: 'silent', parts: [left, right] };
      else if (name === '?:' || name === '??' || name === 'to' || name === '..') left = group([left, right]);
      else left = { k: 'concat', at: op.from, parts: [left, right], interp: false };
    }
    // C#'s conditional operator.
    if (c.lang === 'csharp' && text(c) === '?') {
      c.i++;
      const yes = expression(c);
      if (text(c) === ':') c.i++;
      left = group([{ k: 'silent', parts: [left] }, yes, expression(c)]);
    }
    return left;
  } finally {
    c.depth--;
  }
}

function skipType(c: Cursor): void {
  while (peek(c)?.kind === 'ident' || text(c) === '.' || text(c) === '?') {
    c.i++;
    if (text(c) === '<') c.i = angleEnd(c, c.i) + 1;
  }
}

function unary(c: Cursor): Expr {
  const x = text(c);
  if (x === '!') {
    c.i++;
    return { k: 'silent', parts: [unary(c)] };
  }
  if (
    x === '-' ||
    x === '+' ||
    x === 'await' ||
    x === '++' ||
    x === '--' ||
    x === 'typeof' ||
    x === 'throw'
  ) {
    c.i++;
    return unary(c);
  }
  return postfix(c);
}

function postfix(c: Cursor): Expr {
  const start = peek(c);
  let e = primary(c);
  // The dotted callee so far (`logger`, `redis.opsForValue()`), `?` when not a name chain.
  let dotted = c.dotted;
  // Where the chain's calls sit: its start, or the last link that begins a line of a builder
  // chain (`.bodyValue(form)` under `webClient.post()`), the line a reader looks for the call on.
  let from = start?.from;
  for (let guard = 0; guard < 500; guard++) {
    const op = peek(c);
    if (!op) break;
    const sameLine = !op.newlineBefore;
    if ((op.text === '.' || op.text === '?.') && peek(c, 1)?.kind === 'ident') {
      const prop = peek(c, 1);
      c.i += 2;
      if (!prop) break;
      if (!sameLine) from = prop.from;
      if (text(c) === '<' && angleEnd(c, c.i) >= c.i && text(c, angleEnd(c, c.i) - c.i + 1) === '(')
        c.i = angleEnd(c, c.i) + 1;
      const path = c.strings.path(dotted, prop.text);
      if (text(c) === '(' || (c.lang === 'kotlin' && text(c) === '{' && peek(c)?.newlineBefore !== true)) {
        const args = callArgs(c);
        e = { k: 'call', at: from ?? prop.from, callee: path, recv: e, args };
        dotted = c.strings.called(path);
      } else {
        e = { k: 'member', at: prop.from, recv: e, prop: prop.text };
        dotted = path;
      }
    } else if (op.text === '(' && sameLine) {
      const args = callArgs(c);
      e = { k: 'call', at: from ?? op.from, callee: dotted, args };
      dotted = c.strings.called(dotted);
    } else if (op.text === '{' && sameLine && c.lang === 'kotlin' && dotted !== '?') {
      const args = callArgs(c);
      e = { k: 'call', at: from ?? op.from, callee: dotted, args };
      dotted = c.strings.called(dotted);
    } else if (op.text === '[' && sameLine) {
      const end = closing(c, c.i);
      c.i++;
      const key = expression(c);
      c.i = end + 1;
      e = group([e, key]);
      dotted = '?';
    } else if (op.text === '!' && text(c, 1) === '!') c.i += 2;
    else if (op.text === '::' && peek(c, 1)) {
      c.i += 2;
      e = { k: 'lit', at: op.from };
      dotted = '?';
    } else if ((op.text === '++' || op.text === '--') && sameLine) c.i++;
    else break;
  }
  return e;
}

/** `(a, key = b)` and a Kotlin trailing lambda `{ … }`; the cursor ends after them. */
function callArgs(c: Cursor): Arg[] {
  const args: Arg[] = [];
  if (text(c) === '(') {
    const end = closing(c, c.i);
    c.i++;
    while (c.i < end) {
      const named =
        peek(c)?.kind === 'ident' && (text(c, 1) === '=' || (c.lang === 'csharp' && text(c, 1) === ':'))
          ? peek(c)
          : undefined;
      if (named) c.i += 2;
      const at = peek(c)?.from ?? 0;
      const before = c.i;
      const value = expression(c);
      args.push(named ? keyed(named.text, at, value) : value);
      if (c.i === before) c.i++;
      while (c.i < end && text(c) !== ',') c.i++;
      c.i++;
    }
    c.i = end + 1;
  }
  if (c.lang === 'kotlin' && text(c) === '{' && peek(c)?.newlineBefore !== true) args.push(lambda(c));
  return args;
}

/** A Kotlin lambda `{ a, b -> … }` at the cursor. */
export function lambda(c: Cursor): Expr {
  const open = c.i;
  const end = closing(c, open);
  c.i++;
  const params: Fn['params'][number][] = [];
  let arrow = -1;
  for (let j = c.i; j < end && j < c.i + 20; j++) {
    if (c.t[j]?.text === '->') {
      arrow = j;
      break;
    }
    if (c.t[j]?.kind !== 'ident' && c.t[j]?.text !== ',' && c.t[j]?.text !== ':') break;
  }
  if (arrow >= 0) {
    for (let j = c.i; j < arrow; j++) {
      const p = c.t[j];
      if (p?.kind === 'ident' && c.t[j - 1]?.text !== ':') params.push({ name: p.text, at: p.from });
    }
    c.i = arrow + 1;
  } else params.push({ name: 'it', at: c.t[open]?.from ?? 0 });
  const body = c.block(c, end);
  c.i = end + 1;
  return { k: 'fn', fn: { at: c.t[open]?.from ?? 0, params, body } };
}

/** `e`, an operand just read, with its dotted callee left in the cursor. */
function read(c: Cursor, e: Expr, dotted: string): Expr {
  c.dotted = dotted;
  return e;
}

function primary(c: Cursor): Expr {
  const tok = peek(c);
  if (!tok) return read(c, { k: 'group', parts: [] }, '?');
  if (tok.kind === 'string') {
    c.i++;
    return read(c, stringExpr(c.lang, tok, c.strings), '?');
  }
  if (tok.kind === 'number' || LITERAL_WORDS.has(tok.text)) {
    c.i++;
    return read(c, { k: 'lit', at: tok.from }, '?');
  }
  if (tok.text === '(') {
    const end = closing(c, c.i);
    c.i++;
    const e = expression(c);
    c.i = end + 1;
    return read(c, e, '?');
  }
  if (tok.text === '{' && c.lang === 'kotlin') return read(c, lambda(c), '?');
  if (tok.text === '[' || (tok.text === '{' && c.lang === 'csharp')) {
    const end = closing(c, c.i);
    c.i++;
    const entries: Arg[] = [];
    while (c.i < end) {
      const before = c.i;
      entries.push(expression(c));
      while (c.i < end && text(c) !== ',') c.i++;
      c.i = Math.max(c.i + 1, before + 1);
    }
    c.i = end + 1;
    return read(c, { k: 'collection', at: tok.from, entries }, '?');
  }
  if (tok.text === 'new' && c.lang === 'csharp') return creation(c);
  if (tok.text === 'if' || tok.text === 'when' || tok.text === 'object' || tok.text === 'switch')
    return skipped(c);
  if (tok.kind === 'ident') {
    c.i++;
    if (tok.text === 'this' || tok.text === 'base') return read(c, { k: 'lit', at: tok.from }, '');
    if (c.lang === 'csharp' && text(c) === '<') {
      const end = angleEnd(c, c.i);
      if (end >= c.i && text(c, end - c.i + 1) === '(') c.i = end + 1;
    }
    if (c.lang === 'kotlin' && text(c) === '<') {
      const end = angleEnd(c, c.i);
      if (end >= c.i && text(c, end - c.i + 1) === '(') c.i = end + 1;
    }
    return read(c, { k: 'name', at: tok.from, name: tok.text }, tok.text);
  }
  c.i++;
  return read(c, { k: 'group', parts: [] }, '?');
}

/** `new T(args) { Init = x }` and anonymous `new { a = b }`. */
function creation(c: Cursor): Expr {
  const at = peek(c)?.from ?? 0;
  c.i++;
  let type = '';
  for (; peek(c)?.kind === 'ident' || text(c) === '.'; c.i++) type += text(c);
  if (text(c) === '<') c.i = Math.max(c.i, angleEnd(c, c.i) + 1);
  const args = text(c) === '(' ? callArgs(c) : [];
  const entries: Arg[] = [];
  if (text(c) === '{') {
    const end = closing(c, c.i);
    c.i++;
    while (c.i < end) {
      const key = peek(c)?.kind === 'ident' && text(c, 1) === '=' ? peek(c) : undefined;
      if (key) c.i += 2;
      const before = c.i;
      const at = peek(c)?.from ?? 0;
      const value = expression(c);
      entries.push(key ? keyed(key.text, at, value) : value);
      while (c.i < end && text(c) !== ',') c.i++;
      c.i = Math.max(c.i + 1, before + 1);
    }
    c.i = end + 1;
  }
  const made: Expr = { k: 'call', at, callee: type || '?', args };
  return read(
    c,
    entries.length > 0 ? group([made, { k: 'collection', at, entries }]) : made,
    c.strings.called(type),
  );
}

/** `if`/`when`/`switch` used as a value: its parts, evaluated as one group. */
function skipped(c: Cursor): Expr {
  const parts: Expr[] = [];
  const start = c.i;
  c.i++;
  for (let guard = 0; guard < 8 && c.i < c.t.length; guard++) {
    if (text(c) === '(') {
      const end = closing(c, c.i);
      c.i++;
      parts.push({ k: 'silent', parts: [expression(c)] });
      c.i = end + 1;
    } else if (text(c) === '{') {
      const end = closing(c, c.i);
      c.i++;
      parts.push({ k: 'fn', fn: { at: c.t[start]?.from ?? 0, params: [], body: c.block(c, end) } });
      c.i = end + 1;
    } else if (text(c) === 'else') c.i++;
    else if (peek(c)?.newlineBefore === true || text(c) === ';' || text(c) === ')' || text(c) === ',') break;
    else parts.push(expression(c));
    if (text(c) !== 'else' && text(c) !== '{') break;
  }
  return read(c, group(parts), '?');
}

/**
 * A string literal; interpolated holes become a concatenation of their expressions, read with
 * the lowering's `strings`.
 */
export function stringExpr(lang: TokenLanguage, tok: Token, strings = new InternedNames()): Expr {
  const raw = tok.text;
  const holes = templateHoles(lang, raw);
  if (holes.length === 0) return { k: 'lit', at: tok.from, str: unquoted(raw, strings) };
  const parts: Expr[] = [];
  for (const h of holes) {
    const e = holeExpr(lang, raw, tok.from, h, strings);
    if (e !== undefined) parts.push(e);
  }
  return { k: 'concat', at: tok.from, parts, interp: true };
}

/**
 * The expression in the hole `hole` of the string token `raw` at `base`. A hole that is a name
 * or a dotted chain of names (`$level`, `{dto.Phone}`) is read by hand (tokenStrings.ts
 * dottedHole), as reading its tokens would give; others are tokenized and read, their tokens at
 * their offsets in the text and on one line. Undefined when the hole does not tokenize.
 */
function holeExpr(
  lang: TokenLanguage,
  raw: string,
  base: number,
  hole: Hole,
  strings: InternedNames,
): Expr | undefined {
  const dotted = dottedHole(raw, base, hole, strings);
  if (dotted !== undefined) return dotted;
  const at = base + hole.from;
  const inner: Token[] = [];
  try {
    readTokens(raw.slice(hole.from, hole.to), inner, []);
  } catch {
    return undefined;
  }
  const shifted: Token[] = [];
  for (const x of inner)
    shifted.push({ kind: x.kind, from: x.from + at, to: x.to + at, text: x.text, newlineBefore: false });
  const sub: Cursor = { lang, t: shifted, i: 0, depth: 0, block: () => [], dotted: '?', strings };
  // A C# format suffix (`{x:N2}`) ends the expression.
  return expression(sub);
}
