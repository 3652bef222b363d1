import { joinDescriptions } from '../kit/index.js';
import { stringContentAt } from './lezerSupport.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';
import { KIND } from './pyTokens.js';

const { NAME } = KIND;
import {
  ALIAS_KEYWORDS,
  COLUMN_CALLS,
  describes,
  FUNCTION_FIELD,
  isFieldName,
  labelPosition,
  OWNER_LABELS,
  RELATION_FIELDS,
  SETTINGS_CLASSES,
} from './pyRules.js';
import { decline, statementShape, type PyView } from './pyView.js';

/** Where declarations go, and the tokens they are read from. */
export interface FieldSink {
  readonly view: PyView;
  readonly pending: PendingDeclaration[];
}

/**
 * The fields of a class body for the fast Python reader, read from tokens exactly as python.ts
 * reads them from Lezer nodes: class-level assignments and `self.x = …` in `__init__`, with
 * the field constructor's descriptions, column aliases and types, and attribute docstrings.
 */

/** One statement of a block, as the reader saw it. */
export interface PyStatement {
  /** `string`: an expression statement that is one plain string literal (a docstring). */
  readonly kind: 'assign' | 'string' | 'def' | 'other';
  /** Token range `[start, end)` and text range `[from, to)`. */
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  /** The compound statement's keyword (`if`, `else`…), for clause order. */
  readonly clause?: string;
  /** A function's or a class's name. */
  readonly name?: string;
  readonly body?: readonly PyStatement[];
  /** Several statements on one line (`a = 1; b = 2`): Lezer's StatementGroup. */
  readonly group?: true;
}

/** Declares the fields of the class `owner` whose body is `body`. */
export function classBody(reader: FieldSink, owner: string, body: readonly PyStatement[]): void {
  const described = classDescription(reader.view, body);
  body.forEach((s, k) => {
    if (s.kind === 'assign') assignment(reader, s, body[k + 1], owner, false, described);
    else if (s.kind === 'def' && s.name === '__init__' && s.body !== undefined) {
      const init = s.body;
      init.forEach((t, j) => {
        if (t.kind === 'assign') assignment(reader, t, init[j + 1], owner, true, described);
      });
    }
  });
}

/**
 * What a model class says it is, as python.ts reads it: its options class's label
 * (`class Meta: verbose_name = '会员'`, `db_table_comment`). Not its docstring (see python.ts).
 */
function classDescription(v: PyView, body: readonly PyStatement[]): string | undefined {
  const labels: (string | undefined)[] = [];
  for (const s of body) {
    if (s.clause !== 'class' || s.body === undefined || s.name === undefined || !SETTINGS_CLASSES.has(s.name))
      continue;
    for (const o of s.body) {
      if (o.kind !== 'assign') continue;
      const shape = statementShape(v, o.start, o.end);
      if (shape.firstEnd !== o.start + 1 || shape.eq !== o.start + 1) continue;
      const key = v.s(o.start);
      if (OWNER_LABELS.has(key))
        labels[OWNER_LABELS.get(key) ?? 0] = stringOf(v, [shape.eq + 1, o.end])?.value;
    }
  }
  return labels.find((l) => l !== undefined && l.trim() !== '')?.trim();
}

function assignment(
  reader: FieldSink,
  s: PyStatement,
  next: PyStatement | undefined,
  owner: string,
  onSelf: boolean,
  ownerComment: string | undefined,
): void {
  const v = reader.view;
  const t = v.t;
  const a = s.start;
  const b = s.end;
  const shape = statementShape(v, a, b);
  let nameAt = a;
  if (onSelf) {
    if (!(shape.firstEnd === a + 3 && v.s(a) === 'self' && v.isOp(a + 1, '.') && t.kind[a + 2] === NAME))
      return;
    nameAt = a + 2;
  } else if (!(shape.firstEnd === a + 1 && v.isVariable(a))) return;
  const name = v.s(nameAt);
  if (!isFieldName(name)) return;
  let annotated: string | undefined;
  if (shape.colon >= 0) {
    const typeEnd = (shape.eq >= 0 ? shape.eq : b) - 1;
    annotated = v.text.slice(t.from[shape.colon], t.to[typeEnd]).replace(/^:\s*/, '');
  }
  const call = shape.eq >= 0 && !onSelf ? lastCall(v, shape.eq, b) : undefined;
  const description = call?.description;
  const documented = docstring(reader, s, next);
  const alias = call?.alias;
  reader.pending.push({
    draft: {
      name,
      from: t.from[nameAt] ?? 0,
      owner,
      declaredType: call?.type ?? annotated ?? call?.callee,
      ...(ownerComment !== undefined ? { ownerComment } : {}),
    },
    span: { from: s.from, to: s.to, nameEnd: t.to[nameAt] },
    // Most fields have no description, docstring or alias: no extras, nothing to join.
    extras:
      description === undefined && documented === undefined && alias === undefined
        ? undefined
        : { descriptions: [description, documented], aliases: alias ? [alias] : [] },
  });
}

interface FieldCall {
  callee: string;
  type?: string;
  description?: string | undefined;
  alias?: { name: string; from: number };
}

/** The field call when the assignment's last value is a call (`x = a = models.CharField(…)`). */
function lastCall(v: PyView, eq: number, b: number): FieldCall | undefined {
  let seg = eq + 1;
  for (let i = eq; i < b; i++) if (v.t.depth[i] === 0 && (v.isOp(i, ',') || v.isOp(i, '='))) seg = i + 1;
  // `x = *a, f()`: a starred value's `*` is a node of its own, the call the last one.
  if (v.isOp(seg, '*')) seg++;
  const open = callOpen(v, seg, b);
  return open < 0 ? undefined : readCall(v, seg, open, b - 1);
}

/** The `(` of the call that is all of `[s, e)`, or -1 when `[s, e)` is not a call. */
function callOpen(v: PyView, s: number, e: number): number {
  if (e <= s || !v.isOp(e - 1, ')') || v.primaryEnd(s, e) !== e) return -1;
  const open = v.partner(e - 1);
  return open > s ? open : -1;
}

/** An argument list's nodes as Lezer has them: `k=v` is three, `*x` two, anything else one. */
type Arg = { keyword: string; value: readonly [number, number] } | { nodes: (readonly [number, number])[] };

function args(v: PyView, open: number, close: number): Arg[] {
  const out: Arg[] = [];
  const depth = (v.t.depth[open] ?? 0) + 1;
  let s = open + 1;
  for (let i = open + 1; i <= close; i++) {
    if (i < close && !(v.t.depth[i] === depth && v.isOp(i, ','))) {
      // A generator argument (`f(x for x in y)`) has more nodes than the reader models.
      if (v.t.depth[i] === depth && (v.isKeyword(i, 'for') || v.isKeyword(i, 'async'))) decline();
      continue;
    }
    if (i > s) {
      if (v.isVariable(s) && (v.isOp(s + 1, '=') || v.isOp(s + 1, ':=')))
        out.push({ keyword: v.s(s), value: [s + 2, i] });
      else if (v.isOp(s, '*') || v.isOp(s, '**'))
        out.push({
          nodes: [
            [s, s + 1],
            [s + 1, i],
          ],
        });
      else out.push({ nodes: [[s, i]] });
    }
    s = i + 1;
  }
  return out;
}

function readCall(v: PyView, seg: number, open: number, close: number): FieldCall {
  const callee = spanText(v, seg, open);
  const result: FieldCall = { callee };
  const descriptions: (string | undefined)[] = [];
  const label = labelPosition(callee);
  let positional = 0;
  for (const arg of args(v, open, close)) {
    if ('keyword' in arg) {
      const str = stringOf(v, arg.value);
      if (describes(callee, arg.keyword)) descriptions.push(str?.value);
      else if (ALIAS_KEYWORDS.has(arg.keyword) && str) result.alias = str;
      else if (arg.keyword === 'type_') result.type = spanText(v, arg.value[0], arg.value[1]);
      continue;
    }
    for (const node of arg.nodes) {
      const str = stringOf(v, node);
      if (positional === 0 && FUNCTION_FIELD.test(callee)) {
        // The computed field is typed and described by the field it wraps.
        const inner = callOpen(v, node[0], node[1]);
        if (inner >= 0) {
          const wrapped = readCall(v, node[0], inner, node[1] - 1);
          result.type = wrapped.callee;
          descriptions.push(wrapped.description);
        }
      } else if (positional === label && str) descriptions.push(str.value);
      else if (positional === 0 && str) {
        if (COLUMN_CALLS.has(callee)) result.alias = str;
        else if (/Field$/.test(callee) && !RELATION_FIELDS.test(callee)) descriptions.push(str.value);
      } else if (COLUMN_CALLS.has(callee) && result.type === undefined && !str && !isEllipsis(v, node)) {
        result.type = spanText(v, node[0], node[1]);
      }
      positional++;
    }
  }
  result.description = joinDescriptions(descriptions);
  return result;
}

/** The source of the nodes `[s, e)`: a function, not a closure made for each call. */
function spanText(v: PyView, s: number, e: number): string {
  return v.text.slice(v.t.from[s], v.t.to[e - 1]);
}

function isEllipsis(v: PyView, [s, e]: readonly [number, number]): boolean {
  return e === s + 1 && v.isOp(s, '...');
}

/** A string literal, or the first string argument of a call such as `_('姓名')`. */
function stringOf(
  v: PyView,
  [s, e]: readonly [number, number],
): { name: string; value: string; from: number } | undefined {
  let at = -1;
  if (e === s + 1 && v.isPlainString(s)) at = s;
  else {
    const open = callOpen(v, s, e);
    if (open < 0) return undefined;
    for (const arg of args(v, open, e - 1)) {
      const nodes = 'keyword' in arg ? [arg.value] : arg.nodes;
      const found = nodes.find(([ns, ne]) => ne === ns + 1 && v.isPlainString(ns));
      if (found !== undefined) {
        at = found[0];
        break;
      }
    }
    if (at < 0) return undefined;
  }
  const str = stringContentAt(v.text, v.t.from[at] ?? 0, v.t.to[at] ?? 0);
  return str ? { name: str.value, value: str.value, from: str.from } : undefined;
}

/** A string statement right after an attribute documents it, unless a comment comes between. */
function docstring(reader: FieldSink, s: PyStatement, next: PyStatement | undefined): string | undefined {
  if (next?.kind !== 'string') return undefined;
  const comments = reader.view.t.comments;
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((comments[mid]?.from ?? 0) < s.to) low = mid + 1;
    else high = mid;
  }
  if ((comments[low]?.from ?? Infinity) < next.from) return undefined;
  return stringContentAt(reader.view.text, next.from, next.to)?.value.trim();
}
