/**
 * Python f-strings lowered from the fast reader's tokens (pyTokens.ts keeps only the replacement
 * fields' expressions, in one list of their own): an interpolation of the fields' expressions,
 * read with the cursor moved into that list. What a field holds is pyAtoms.ts's rule, handed
 * in (`fieldTests`) so the two files do not import each other.
 */
import { decline } from '../../scan/code/pyView.js';
import type { Expr } from '../ir.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { deeper, EMPTY, exprsFrom, fromOf, gather, groupFrom, literalOf, toOf, useView } = cursorModule;

/**
 * An f-string: an interpolation of its replacement fields, read from the text around their
 * tokens (the tokenizer keeps only the fields' expressions); one without fields is a literal.
 */
export function formatString(c: Cursor, i: number, fieldTests: (c: Cursor) => void): Expr {
  const text = c.v.text;
  const from = fromOf(c, i);
  const to = toOf(c, i);
  let k = from;
  while (text[k] !== '"' && text[k] !== "'") k++;
  const quote = text.charCodeAt(k);
  const long = text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote;
  k += long ? 3 : 1;
  const stop = to - (long ? 3 : 1);
  const mark = c.top;
  while (k < stop) {
    const ch = text[k];
    if (ch === '\\') k += 2;
    else if (ch === '{' && text[k + 1] === '{') k += 2;
    else if (ch === '{') k = replacement(c, k, fieldTests);
    else k++;
  }
  return c.top === mark
    ? { k: 'lit', at: from, str: literalOf(c, i) }
    : { k: 'concat', at: from, parts: exprsFrom(c, mark), interp: true };
}

/** The offset after the spaces and tabs at `q`. */
function blanks(text: string, q: number): number {
  let k = q;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return k;
}

/**
 * One replacement field whose `{` is at `k`, its parts gathered (its expressions; nothing for
 * a `=`, a conversion, and a format spec the union of its nested fields); returns the offset
 * after its `}`. The field's tokens are read with the cursor moved into the fields' list.
 */
function replacement(c: Cursor, k: number, fieldTests: (c: Cursor) => void): number {
  const text = c.v.text;
  const { fields } = c;
  const inner = fields.inner;
  const start = fields.ranges[fields.next];
  const end = fields.ranges[fields.next + 1];
  if (inner === undefined || start === undefined || end === undefined || end <= start) decline();
  fields.next += 2;
  if ((inner.t.from[start] ?? 0) <= k) decline();
  const { v, p, end: bound } = c;
  useView(c, inner);
  c.p = start;
  c.end = end;
  deeper(c);
  fieldTests(c);
  if (c.p !== end) decline();
  useView(c, v);
  c.p = p;
  c.end = bound;
  let q = blanks(text, inner.t.to[end - 1] ?? 0);
  if (text[q] === '=') {
    gather(c, EMPTY);
    q = blanks(text, q + 1);
  }
  if (text[q] === '!') {
    gather(c, EMPTY);
    q += 2;
  }
  if (text[q] === ':') {
    const spec = c.top;
    q++;
    while (q < text.length && text[q] !== '}') {
      if (text[q] === '{') {
        const nested = c.top;
        q = replacement(c, q, fieldTests);
        gather(c, groupFrom(c, nested));
      } else q++;
    }
    gather(c, groupFrom(c, spec));
  }
  if (text[q] !== '}') decline();
  c.nest--;
  return q + 1;
}
