/**
 * Parameters and written types of the Kotlin and C# token lowering (tokenStmts.ts): `(name: Type
 * = default, …)`, `(Type name, …)`, and the run of a C# type and name before a method's `(` or a
 * declaration's `=`.
 */
import type { Token } from '../../scan/code/cfamilyTokens.js';
import * as irModule from '../ir.js';
import type { Param } from '../ir.js';
import * as lezerModule from './lezer.js';
import * as tokenCursorModule from './tokenCursor.js';
import type { Cursor } from './tokenCursor.js';

// Imports used per token, copied once (walk.ts).
const { simpleType } = irModule;
const { isPlainWord } = lezerModule;
const { closing } = tokenCursorModule;

/** Kotlin parameters `(name: Type = default, …)`; C# `(Type name, …)`. */
export function params(c: Cursor): Param[] {
  if (c.t[c.i]?.text !== '(') return [];
  const close = closing(c, c.i);
  const out: Param[] = [];
  let from = c.i + 1;
  for (let j = c.i + 1; j <= close; j++) {
    const x = c.t[j]?.text ?? '';
    if (x === '(' || x === '[' || x === '{') {
      j = closing(c, j);
      continue;
    }
    if (x === '<') {
      let depth = 0;
      for (; j < close; j++) {
        const y = c.t[j]?.text;
        if (y === '<') depth++;
        else if (y === '>' && --depth === 0) break;
      }
      continue;
    }
    if (x !== ',' && j !== close) continue;
    // The parameter's tokens in place, or, where an annotation is among them, a copy without it.
    let list = c.t;
    let head = from;
    let end = j;
    if (annotated(c.t, from, j)) {
      list = c.t.slice(from, j).filter((t) => t.text.charCodeAt(0) !== AT);
      head = 0;
      end = list.length;
    }
    from = j + 1;
    // Up to a default value.
    let eq = head;
    while (eq < end && list[eq]?.text !== '=') eq++;
    const param = c.lang === 'kotlin' ? kotlinParam(list, head, eq) : csharpParam(list, head, eq);
    if (param) out.push(param);
  }
  c.i = close + 1;
  return out;
}

/**
 * `simpleType` of the type written in tokens `from` up to `to`: a one-word type directly, others
 * joined and through its regular expressions, which every parameter and declaration would run.
 */
export function writtenType(t: readonly Token[], from: number, to: number): string | undefined {
  const only = to - from === 1 ? t[from] : undefined;
  if (only !== undefined && isPlainWord(only.text)) return only.text;
  let written = '';
  for (let j = from; j < to; j++) written += t[j]?.text ?? '';
  return simpleType(written);
}

const paramOf = (name: Token, type: string | undefined): Param =>
  type !== undefined ? { name: name.text, at: name.from, type } : { name: name.text, at: name.from };

/** `name: Type` in tokens `from` up to `to`. */
function kotlinParam(p: readonly Token[], from: number, to: number): Param | undefined {
  let colon = from;
  while (colon < to && p[colon]?.text !== ':') colon++;
  if (colon === to) colon = -1;
  const name = colon > from ? p[colon - 1] : to > from ? p[to - 1] : undefined;
  if (name?.kind !== 'ident') return undefined;
  const type = colon > from ? writtenType(p, colon + 1, to) : undefined;
  return paramOf(name, type);
}

/** `Type name` in tokens `from` up to `to`. */
function csharpParam(p: readonly Token[], from: number, to: number): Param | undefined {
  const name = to > from ? p[to - 1] : undefined;
  if (name?.kind !== 'ident') return undefined;
  const type = to - from > 1 ? writtenType(p, from, to - 1) : undefined;
  return paramOf(name, type);
}

const AT = 0x40;

/** Whether a token from `from` up to `to` is an annotation (`@Body`). */
function annotated(t: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (t[j]?.text.charCodeAt(0) === AT) return true;
  return false;
}

/** Punctuation of a written type (`List<A.B?>`, `int[]`, `Dictionary<K, V>`). */
const TYPE_PUNCT: ReadonlySet<string> = new Set(['<', '>', ',', '.', '?', '[', ']']);

/**
 * The end of the run of names and type punctuation at the cursor (at most 12 tokens, before
 * `end`): where a C# method's `(` or a declaration's `=`/`;`/`{` must follow.
 */
export function typeRunEnd(c: Cursor, end: number): number {
  let j = c.i;
  const last = Math.min(end, c.i + 12);
  for (; j < last; j++) {
    const x = c.t[j];
    if (x === undefined || (x.kind !== 'ident' && !TYPE_PUNCT.has(x.text))) break;
  }
  return j;
}
