import { KIND } from './pyTokens.js';

const { FSTRING, NAME, NUMBER, OP, STRING } = KIND;
import type { PyView } from './pyView.js';

/**
 * The fast Python reader accepts a text only when @lezer/python would parse it without error,
 * because Lezer's error recovery cannot be imitated. This is the cheap half of that promise:
 * a check of neighbouring tokens inside one statement (the other half, statements and blocks,
 * is in pyReader.ts). It rejects what typing produces on the way — two operands in a row, an
 * operator with nothing after it, a statement keyword in mid-expression — and may reject some
 * valid code too, which then simply goes to Lezer.
 */

/** Keywords that may stand between two operands, or after one (`x if c else y`, `a not in b`). */
const CONNECTORS: ReadonlySet<string> = new Set([
  'if',
  'else',
  'for',
  'in',
  'is',
  'and',
  'or',
  'as',
  'from',
  'async',
]);
/** Keywords that start an operand (`not x`, `lambda: 0`, `await f()`, `yield x`). */
const PREFIXES: ReadonlySet<string> = new Set(['not', 'lambda', 'await', 'yield']);
const VALUES: ReadonlySet<string> = new Set(['None', 'True', 'False']);
/** Operators that may also start an operand. */
const UNARY: ReadonlySet<string> = new Set(['-', '+', '~', '*', '**']);

type Kind = 'value' | 'prefix' | 'open' | 'close' | 'operator' | 'connector' | 'dot' | 'other';

function kindOf(v: PyView, i: number, afterDot: boolean): Kind {
  const k = v.t.kind[i];
  if (k === NUMBER || k === STRING || k === FSTRING) return 'value';
  if (k === NAME) {
    if (afterDot || !v.isKeyword(i)) return 'value';
    const s = v.s(i);
    if (VALUES.has(s)) return 'value';
    if (PREFIXES.has(s)) return 'prefix';
    if (CONNECTORS.has(s)) return 'connector';
    return 'other';
  }
  if (k !== OP) return 'other';
  const s = v.s(i);
  if (s === '...') return 'value';
  if (s === '.') return 'dot';
  if (s === '(' || s === '[' || s === '{') return 'open';
  if (s === ')' || s === ']' || s === '}') return 'close';
  return 'operator';
}

/** What a range may hold beyond an expression. */
export interface RangeRules {
  /** Nothing at all is fine (after `return`, `except`). */
  readonly allowEmpty?: boolean;
  /** A `def` header: parameter annotations and defaults, and `->`. */
  readonly def?: boolean;
  /** A simple statement: top-level `=` and `:` (their shape is checked by `statementShape`). */
  readonly statement?: boolean;
}

/**
 * One bracket level of a range: which bracket (`c` a call's parenthesis, `p` a `def`'s
 * parameters, `s` a subscript, `(`, `[`, `{` literals), the lambdas waiting for their colon,
 * the colons and the `if`s (waiting for `else`) since the last comma, and whether a `for`
 * made it a comprehension.
 */
interface Frame {
  readonly bracket: string;
  lambdas: number;
  colons: number;
  ifs: number;
  /** `=` since the last comma (one default or keyword value per item). */
  equals: number;
  comprehension: boolean;
  /** A colon was seen: a `{…}` is a dict, which takes `**x` but not `*x`. */
  dict: boolean;
  /** An item without a colon was seen: a `{…}` is a set. */
  set: boolean;
  /** This item is `**x`. */
  unpacked: boolean;
}

const frame = (bracket: string): Frame => ({
  bracket,
  lambdas: 0,
  colons: 0,
  ifs: 0,
  equals: 0,
  comprehension: false,
  dict: false,
  set: false,
  unpacked: false,
});

/**
 * Whether the tokens `[a, b)` of one statement (or header, or replacement field) read as
 * Python without a doubt. Colons, `=`, `*`, `yield` and conditional `if`s are held to where
 * Lezer's grammar takes them: slices and dicts, lambdas, keyword arguments, parameters.
 */
export function plausible(v: PyView, a: number, b: number, rules: RangeRules = {}): boolean {
  if (a >= b) return rules.allowEmpty === true;
  let prev: Kind = 'open';
  let prevText = '';
  const frames: Frame[] = [frame(rules.def === true ? 'def' : '')];
  for (let i = a; i < b; i++) {
    const kind = kindOf(v, i, prev === 'dot');
    const s = kind === 'value' ? '' : v.s(i);
    const f = frames[frames.length - 1] ?? frame('');
    const depth = frames.length - 1;
    switch (kind) {
      case 'value':
        if (prev === 'value' && !(isString(v, i) && isString(v, i - 1))) return false;
        if (prev === 'close') return false;
        if (prevText === 'lambda' && !v.isVariable(i)) return false;
        break;
      case 'prefix':
        // `a not in b`
        if ((prev === 'value' || prev === 'close') && !(s === 'not' && v.isKeyword(i + 1, 'in')))
          return false;
        if (prevText === 'lambda') return false;
        if (s === 'lambda') f.lambdas++;
        // `yield` starts a statement or an assigned value, nothing else here.
        if (s === 'yield' && !(i === a || (prevText === '=' && depth === 0))) return false;
        break;
      case 'open': {
        if (prevText === 'lambda') return false;
        // After an operand an opening bracket is a call or subscript; `x {` is not Python.
        const trailer = prev === 'value' || prev === 'close';
        if (trailer && s === '{') return false;
        frames.push(frame(trailer ? (s === '(' ? (f.bracket === 'def' ? 'p' : 'c') : 's') : s));
        break;
      }
      case 'close':
        if (prev === 'operator' && !(prevText === ',' || (prevText === ':' && f.bracket === 's')))
          return false;
        // `a[]` is not a subscript.
        if (prev === 'open' && f.bracket === 's') return false;
        // A trailing comma leaves an empty last item.
        if (prevText !== ',' && !itemFits(f)) return false;
        if (prev === 'connector' || prev === 'dot' || prev === 'prefix') return false;
        if (f.lambdas > 0 || f.ifs > 0) return false;
        frames.pop();
        break;
      case 'operator':
        if (!operatorFits(v, i, s, prev, prevText, f, depth, rules)) return false;
        break;
      case 'connector':
        if (prev === 'open' || prev === 'operator' || prev === 'dot' || prev === 'connector') {
          // `is not`, `not in` are handled as prefixes; `async for` in a comprehension.
          if (!(prevText === 'async' && s === 'for')) return false;
        }
        if (prevText === 'lambda') return false;
        // `yield from x`; a `raise … from …` is split by its statement.
        if (s === 'from' && prevText !== 'yield') return false;
        // A comprehension's `for` needs brackets (a `for` statement is read as a header).
        if (s === 'for' && depth === 0) return false;
        if (s === 'for') f.comprehension = true;
        else if (s === 'if' && !f.comprehension) f.ifs++;
        else if (s === 'else' && f.ifs-- <= 0) return false;
        break;
      case 'dot':
        if (prev !== 'value' && prev !== 'close') return false;
        if (v.t.kind[i + 1] !== NAME || i + 1 >= b) return false;
        break;
      default:
        return false;
    }
    prev = kind;
    prevText = s;
  }
  const last = frames[0];
  if (frames.length > 1 || last === undefined || last.lambdas > 0 || last.ifs > 0) return false;
  if (prev === 'operator') return prevText === ',';
  // A bare `yield` too: Lezer's grammar wants an operand after it.
  return prev !== 'connector' && prev !== 'dot' && prev !== 'prefix';
}

/** An operator after what came before it, in its bracket level. */
function operatorFits(
  v: PyView,
  i: number,
  s: string,
  prev: Kind,
  prevText: string,
  f: Frame,
  depth: number,
  rules: RangeRules,
): boolean {
  const star = s === '*' || s === '**';
  if (prev === 'dot') return false;
  // `else -1`, `or -x`
  if (prev === 'connector') return UNARY.has(s) && !star;
  if (prev === 'open' || prev === 'operator' || prev === 'prefix') {
    const ok =
      (UNARY.has(s) && !star) ||
      // `x, = f()`: a one-element target.
      (s === '=' && prevText === ',' && depth === 0) ||
      (star && starFits(s, f, prev, prevText, depth)) ||
      (s === ':' && f.bracket === 's' && (prev === 'open' || prevText === ':' || prevText === ',')) ||
      (s === ':' && prevText === 'lambda') ||
      (s === ',' && (prevText === '*' || prevText === '/')) ||
      (s === '/' && prevText === ',');
    if (!ok) return false;
  }
  if (s === ';') return false;
  if (s === ',') {
    if (!itemFits(f)) return false;
    f.colons = 0;
    f.equals = 0;
    if (f.ifs > 0) return false;
  }
  if (s === ':') {
    if (f.lambdas > 0) {
      f.lambdas--;
      return true;
    }
    f.colons++;
    f.dict = true;
    if (f.bracket === '{' && (f.set || f.unpacked)) return false;
    if (f.bracket === 's') return f.colons <= 2;
    if (f.bracket === '{') return f.colons <= 1;
    if (f.bracket === 'p') return true;
    return depth === 0 && rules.statement === true;
  }
  if (s === '=') {
    if (f.lambdas > 0) return true;
    if (f.bracket === 'p') return ++f.equals === 1;
    if (depth === 0) return rules.statement === true;
    return f.bracket === 'c' && v.isVariable(i - 1) && (v.isOp(i - 2, '(') || v.isOp(i - 2, ','));
  }
  if (s === '->') return rules.def === true && depth === 0;
  return true;
}

/** At the end of an item of `{…}`: a dict's items have colons (or are `**x`), a set's not. */
function itemFits(f: Frame): boolean {
  if (f.bracket === '{') {
    if (f.colons === 0 && !f.unpacked && !f.comprehension) {
      if (f.dict) return false;
      f.set = true;
    }
  }
  f.unpacked = false;
  return true;
}

/** `*x` and `**x` where Lezer's grammar has them (calls, literals, parameters, targets). */
function starFits(s: string, f: Frame, prev: Kind, prevText: string, depth: number): boolean {
  if (!(prev === 'open' || prevText === ',' || prevText === 'lambda' || (prevText === '=' && depth === 0)))
    return false;
  if (f.bracket === 's') return false;
  if (s === '**') f.unpacked = true;
  if (s === '**') return f.bracket === 'c' || f.bracket === 'p' || f.bracket === '{' || prevText === 'lambda';
  return !(f.bracket === '{' && f.dict);
}

/**
 * A `def`'s parameter list `(…)` from `open` to `close`: each parameter is a name (with an
 * annotation and a default), `*name`, `**name`, a bare `*` or `/` — the rest is expression.
 */
export function plausibleParams(v: PyView, open: number, close: number): boolean {
  const depth = (v.t.depth[open] ?? 0) + 1;
  let s = open + 1;
  for (let i = open + 1; i <= close; i++) {
    if (i < close && !(v.t.depth[i] === depth && v.isOp(i, ','))) continue;
    if (i === s) {
      if (i !== close || s !== open + 1) return i === close && v.isOp(i - 1, ',');
    } else if (v.isOp(s, '*') || v.isOp(s, '**')) {
      if (i !== s + 1 && !(v.isVariable(s + 1) && (i === s + 2 || v.isOp(s + 2, ':')))) return false;
    } else if (v.isOp(s, '/')) {
      if (i !== s + 1) return false;
    } else if (!(v.isVariable(s) && (i === s + 1 || v.isOp(s + 1, ':') || v.isOp(s + 1, '=')))) return false;
    s = i + 1;
  }
  return true;
}

function isString(v: PyView, i: number): boolean {
  return v.t.kind[i] === STRING || v.t.kind[i] === FSTRING;
}
