/**
 * What Python assignment and `for` targets bind (pyLower.ts), read from their tokens once the
 * statement is known to bind them: a target is first read as an expression, before its `=` or
 * `in` is seen. Each target makes what python.ts makes of its node in Lezer's tree: a name a
 * `let`, a tuple or list its items, `name.prop` and `name[key]` a `store`, anything else a
 * statement of the value.
 */
import { decline } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Expr } from '../ir.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { exprStmt } = irModule;
const { fromOf, gather, keywordAt, KW, literalOf, nameOf, opAt, P, variableAt } = cursorModule;
const { STRING } = KIND;

const OPEN_PAREN = 0x28;
const OPEN_BRACE = 0x7b;

/**
 * The comma-separated targets in tokens `[from, to)` bound to `value`, each `let` typed `type`,
 * their statements gathered.
 * A `lambda` among them declines: its parameters' commas are no separators.
 */
export function bindTargets(
  c: Cursor,
  from: number,
  to: number,
  value: Expr,
  type: string | undefined,
): void {
  const t = c.v.t;
  const depth = t.depth[from];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || (t.depth[i] === depth && opAt(c, i, P.comma))) {
      if (i > start) target(c, start, i, value, type);
      start = i + 1;
    } else if (keywordAt(c, i, KW.lambda)) decline();
  }
}

/** One target, tokens `[s, e)`. */
function target(c: Cursor, s: number, e: number, value: Expr, type: string | undefined): void {
  const v = c.v;
  if (opAt(c, s, P.star)) {
    // The star is a node of its own, no target: a statement of the value.
    gather(c, exprStmt(value));
    if (e > s + 1) target(c, s + 1, e, value, type);
    return;
  }
  if (e === s + 1 && variableAt(c, s)) {
    const at = fromOf(c, s);
    const name = nameOf(c, s);
    gather(
      c,
      type !== undefined
        ? { k: 'let', at, name, declare: false, value, type }
        : { k: 'let', at, name, declare: false, value },
    );
    return;
  }
  if (v.isOpen(s) && v.partner(s) === e - 1) {
    bracketTarget(c, s, e, value, type);
    return;
  }
  if (variableAt(c, s) && e === s + 3 && opAt(c, s + 1, P.dot)) {
    gather(c, { k: 'store', at: fromOf(c, s), recv: nameOf(c, s), value, prop: nameOf(c, s + 2) });
    return;
  }
  if (variableAt(c, s) && opAt(c, s + 1, P.openBracket) && v.partner(s + 1) === e - 1) {
    const prop = stringKey(c, s + 2, e - 1);
    const at = fromOf(c, s);
    const recv = nameOf(c, s);
    gather(c, prop !== undefined ? { k: 'store', at, recv, value, prop } : { k: 'store', at, recv, value });
    return;
  }
  gather(c, exprStmt(value));
}

/**
 * `(a, b)` and `[a, b]` bind their items; `()` and `[]` nothing; a parenthesised expression, a
 * comprehension or a dict or set display is no target.
 */
function bracketTarget(c: Cursor, s: number, e: number, value: Expr, type: string | undefined): void {
  const v = c.v;
  const open = v.text.charCodeAt(fromOf(c, s));
  if (open === OPEN_BRACE) {
    gather(c, exprStmt(value));
    return;
  }
  if (e === s + 2) return;
  const depth = v.t.depth[s + 1];
  let comma = false;
  for (let i = s + 1; i < e - 1; i++) {
    if (v.t.depth[i] !== depth) continue;
    if (keywordAt(c, i, KW.for) || keywordAt(c, i, KW.async) || keywordAt(c, i, KW.yield)) {
      gather(c, exprStmt(value));
      return;
    }
    if (opAt(c, i, P.comma)) comma = true;
  }
  if (open === OPEN_PAREN && !comma) gather(c, exprStmt(value));
  else bindTargets(c, s + 1, e - 1, value, type);
}

/**
 * A subscript's first item when it is one plain string (`row["phone"]`), its content; tokens
 * `[from, to)` inside the brackets, where colons and commas before an item hold none.
 */
function stringKey(c: Cursor, from: number, to: number): string | undefined {
  const v = c.v;
  let k = from;
  while (k < to && (opAt(c, k, P.colon) || opAt(c, k, P.comma))) k++;
  if (k >= to || v.t.kind[k] !== STRING) return undefined;
  if (k + 1 !== to && !opAt(c, k + 1, P.comma) && !opAt(c, k + 1, P.colon)) return undefined;
  return literalOf(c, k);
}
