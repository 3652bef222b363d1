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
    const p = c.t.slice(from, j).filter((t) => !t.text.startsWith('@'));
    from = j + 1;
    const eq = p.findIndex((t) => t.text === '=');
    const head = eq >= 0 ? p.slice(0, eq) : p;
    const param = c.lang === 'kotlin' ? kotlinParam(head) : csharpParam(head);
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

function kotlinParam(p: readonly Token[]): Param | undefined {
  const colon = p.findIndex((t) => t.text === ':');
  const name = colon > 0 ? p[colon - 1] : p[p.length - 1];
  if (name?.kind !== 'ident') return undefined;
  const type = colon > 0 ? writtenType(p, colon + 1, p.length) : undefined;
  return paramOf(name, type);
}

function csharpParam(p: readonly Token[]): Param | undefined {
  const name = p[p.length - 1];
  if (name?.kind !== 'ident') return undefined;
  const type = p.length > 1 ? writtenType(p, 0, p.length - 1) : undefined;
  return paramOf(name, type);
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
