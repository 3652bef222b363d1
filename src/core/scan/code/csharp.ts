import {
  closeOf,
  markAnnotation,
  readAnnotation,
  reportField,
  textBetween,
  tokenExtractor,
  type Annotated,
  type TokenReader,
  type TypeSpan,
} from './cfamilyDecls.js';

/**
 * C# classes, structs, records and interfaces: fields and properties with `[Column]`,
 * `[Display(Name = …)]`, `[Description]`, `[JsonPropertyName]` attributes and `///` XML doc
 * comments; positional record parameters are properties. Read from tokens (see
 * cfamilyTokens.ts for why there is no parser here).
 */
export const csharpExtractor = tokenExtractor({
  id: 'csharp',
  languageIds: ['csharp'],
  readBody,
  usageSkipLines: ['using', 'namespace'],
});

const TYPE_KEYWORDS = new Set(['class', 'struct', 'interface', 'record', 'enum']);
const MODIFIERS = new Set([
  'public',
  'private',
  'protected',
  'internal',
  'static',
  'readonly',
  'virtual',
  'override',
  'abstract',
  'sealed',
  'new',
  'required',
  'volatile',
  'extern',
  'unsafe',
  'partial',
  'file',
]);
const NOT_FIELDS = new Set([
  'const',
  'event',
  'delegate',
  'operator',
  'this',
  'implicit',
  'explicit',
  'using',
  'namespace',
  'return',
]);
const STOPS = new Set(['{', ';', '=', '=>', '(']);

/** Reads declarations in `[start, end)`; `owner` is the enclosing type, if any. */
function readBody(
  r: TokenReader,
  start: number,
  end: number,
  owner: string | undefined,
  types: TypeSpan[],
): void {
  let i = start;
  while (i < end) {
    const annotated: Annotated = { descriptions: [] };
    const declStart = i;
    i = readAttributes(r, i, end, annotated);
    let j = i;
    while (j < end) {
      const t = r.code[j];
      if (!t || (t.kind === 'punct' && (STOPS.has(t.text) || t.text === '}'))) break;
      j = skipGroup(r, j);
    }
    const stop = r.code[j];
    const typeAt = typeKeywordIn(r, i, j);
    if (typeAt >= 0) {
      i = readType(r, typeAt, j, end, r.code[typeAt]?.text ?? '', types);
      continue;
    }
    if (i < j && r.code[i]?.text === 'namespace' && stop?.text === '{') {
      const close = closeOf(r, j);
      readBody(r, j + 1, close, undefined, types);
      i = close + 1;
      continue;
    }
    const next = skipMember(r, j, end);
    if (owner && stop && stop.text !== '(' && stop.text !== '}')
      member(r, i, j, owner, annotated, declStart, next - 1);
    i = Math.max(next, declStart + 1);
  }
}

/** The first token in `[from, to)` that declares a type (`class`, `record`…), or -1. */
function typeKeywordIn(r: TokenReader, from: number, to: number): number {
  for (let k = from; k < to; k++) if (TYPE_KEYWORDS.has(r.code[k]?.text ?? '')) return k;
  return -1;
}

/** A member header `[from, to)` of a constant, event, operator…, or a `static readonly` one. */
function notAField(r: TokenReader, from: number, to: number): boolean {
  let isStatic = false;
  let isReadonly = false;
  for (let k = from; k < to; k++) {
    const text = r.code[k]?.text ?? '';
    if (NOT_FIELDS.has(text)) return true;
    if (text === 'static') isStatic = true;
    else if (text === 'readonly') isReadonly = true;
  }
  return isStatic && isReadonly;
}

/** The index after the token at `k`, or after the bracket group it opens (`[…]`, `(…)`, `<…>`). */
function skipGroup(r: TokenReader, k: number): number {
  const t = r.code[k];
  if (t?.kind !== 'punct') return k + 1;
  if (t.text === '(' || t.text === '[') return closeOf(r, k) + 1;
  if (t.text === '<') {
    const close = matchingAngle(r, k);
    return close > k ? close + 1 : k + 1;
  }
  return k + 1;
}

function matchingAngle(r: TokenReader, open: number): number {
  let depth = 0;
  for (let k = open; k < r.code.length; k++) {
    const t = r.code[k]?.text;
    if (t === '<') depth++;
    else if (t === '>') {
      depth--;
      if (depth === 0) return k;
    } else if (t === ';' || t === '{' || t === '}' || t === '=' || t === '(') return -1;
  }
  return -1;
}

/** Consumes `[Attr(...), Other] [More]` groups before a declaration. */
function readAttributes(r: TokenReader, i: number, end: number, into: Annotated): number {
  while (i < end && r.code[i]?.text === '[') {
    const close = closeOf(r, i);
    let k = i + 1;
    while (k < close) {
      if (r.code[k + 1]?.text === ':') k += 2; // attribute target (`property:`)
      while (r.code[k + 1]?.text === '.') k += 2;
      const open = r.code[k + 1]?.text === '(' ? k + 1 : -1;
      const argsClose = open > 0 ? closeOf(r, open) : k;
      markAnnotation(r, k, into);
      if (open > 0) readAnnotation(r, k, open, argsClose, into);
      k = argsClose + 1;
      if (r.code[k]?.text === ',') k++;
    }
    i = close + 1;
  }
  return i;
}

/** Reads a type declaration whose keyword is at `kw`; returns the index after it. */
function readType(
  r: TokenReader,
  kw: number,
  stop: number,
  end: number,
  keyword: string,
  types: TypeSpan[],
): number {
  let k = kw + 1;
  if (keyword === 'record' && (r.code[k]?.text === 'class' || r.code[k]?.text === 'struct')) k++;
  const name = r.code[k]?.text ?? '';
  let j = stop;
  if (r.code[j]?.text === '(') {
    const close = closeOf(r, j);
    if (keyword === 'record') recordParameters(r, j, close, name);
    j = close + 1;
  }
  while (j < end && r.code[j]?.text !== '{' && r.code[j]?.text !== ';') {
    j = r.code[j]?.text === '(' ? closeOf(r, j) + 1 : j + 1;
  }
  if (r.code[j]?.text !== '{') return j + 1;
  const close = closeOf(r, j);
  types.push({ open: j, close, name });
  if (keyword !== 'enum') readBody(r, j + 1, close, name, types);
  return close + 1;
}

/** `record Person(string Name, [property: Description("电话")] string Phone)`. */
function recordParameters(r: TokenReader, open: number, close: number, owner: string): void {
  let k = open + 1;
  while (k < close) {
    const annotated: Annotated = { descriptions: [] };
    const start = k;
    k = readAttributes(r, k, close, annotated);
    let end = k;
    while (end < close && r.code[end]?.text !== ',') end = skipGroup(r, end);
    const eq = r.code.slice(k, end).findIndex((t) => t.text === '=');
    const nameIndex = (eq >= 0 ? k + eq : end) - 1;
    const name = r.code[nameIndex];
    if (name?.kind === 'ident' && nameIndex > k) {
      reportField(
        r,
        name,
        owner,
        textBetween(r, k, nameIndex - 1),
        { from: r.code[start]?.from ?? 0, to: r.code[end - 1]?.to ?? 0 },
        annotated,
      );
    }
    k = end + 1;
  }
}

/** Index after a member whose header stopped at `stop`. */
function skipMember(r: TokenReader, stop: number, end: number): number {
  let k = stop;
  while (k < end) {
    const t = r.code[k];
    if (!t) return end;
    if (t.text === ';') return k + 1;
    if (t.text === '}') return k === stop ? k + 1 : k;
    if (t.text === '{') {
      const close = closeOf(r, k);
      const after = r.code[close + 1]?.text;
      // `{ get; set; } = x;` continues; a method or accessor body ends the member.
      if (after !== '=') return close + 1;
      k = close + 1;
      continue;
    }
    if (t.text === '(' || t.text === '[') {
      k = closeOf(r, k) + 1;
      continue;
    }
    k++;
  }
  return end;
}

/** A field or property header `[i, stop)`: modifiers, type, then one or more names. */
function member(
  r: TokenReader,
  i: number,
  stop: number,
  owner: string,
  annotated: Annotated,
  declStart: number,
  declEnd: number,
): void {
  let typeStart = i;
  while (typeStart < stop && MODIFIERS.has(r.code[typeStart]?.text ?? '')) typeStart++;
  if (notAField(r, i, stop)) return;
  const names: number[] = [];
  let k = stop - 1;
  while (k > typeStart && r.code[k]?.kind === 'ident') {
    names.push(k);
    if (r.code[k - 1]?.text !== ',') break;
    k -= 2;
  }
  names.reverse(); // collected last first; reversed once so a long name list stays linear
  const first = names[0];
  if (first === undefined || first <= typeStart) return;
  const declaredType = textBetween(r, typeStart, first - 1);
  const span = { from: r.code[declStart]?.from ?? 0, to: r.code[declEnd]?.to ?? 0 };
  for (const n of names) {
    const token = r.code[n];
    if (token)
      reportField(
        r,
        token,
        owner,
        declaredType,
        span,
        n === first ? annotated : { descriptions: annotated.descriptions },
      );
  }
}
