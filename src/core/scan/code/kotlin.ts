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
import { docTagsOf, typeDoc } from './docTags.js';

/**
 * Kotlin classes, data classes, interfaces and objects: `val`/`var` constructor parameters
 * and body properties with their annotations (`@Column(name = …)`, `@field:Schema(description
 * = …)`, `@SerializedName`) and KDoc; member accesses are usages. No Lezer grammar for Kotlin
 * exists on npm, so this reads tokens (see cfamilyTokens.ts).
 */
export const kotlinExtractor = tokenExtractor({
  id: 'kotlin',
  languageIds: ['kotlin'],
  readBody,
  usageSkipLines: ['import', 'package'],
});

const TYPE_KEYWORDS = new Set(['class', 'interface', 'object']);

/** Consumes annotations (`@Name`, `@field:Name(args)`) at `i`; returns the index after them. */
function readAnnotations(r: TokenReader, i: number, into: Annotated): number {
  while (r.code[i]?.text.startsWith('@')) {
    let nameIndex = i;
    if (r.code[i + 1]?.text === ':' && r.code[i + 2]?.kind === 'ident') nameIndex = i + 2;
    while (r.code[nameIndex + 1]?.text === '.' && !r.code[nameIndex + 2]?.newlineBefore) nameIndex += 2;
    markAnnotation(r, nameIndex, into);
    const open = nameIndex + 1;
    const openToken = r.code[open];
    if (openToken?.text === '(' && !openToken.newlineBefore) {
      const close = closeOf(r, open);
      readAnnotation(r, nameIndex, open, close, into);
      i = close + 1;
    } else i = nameIndex + 1;
  }
  return i;
}

function readBody(
  r: TokenReader,
  start: number,
  end: number,
  owner: string | undefined,
  types: TypeSpan[],
): void {
  let i = start;
  let annotated: Annotated = { descriptions: [] };
  let declStart = start;
  while (i < end) {
    const t = r.code[i];
    if (!t) break;
    if (t.text.startsWith('@')) {
      if (annotated.descriptions.length === 0 && !annotated.alias && !annotated.validation) declStart = i;
      i = readAnnotations(r, i, annotated);
      continue;
    }
    if (TYPE_KEYWORDS.has(t.text)) {
      i = readType(r, i, end, owner, types);
    } else if ((t.text === 'val' || t.text === 'var') && r.code[i - 1]?.text !== 'const') {
      const from =
        annotated.descriptions.length > 0 || annotated.alias || annotated.validation
          ? declStart
          : lineStartToken(r, i);
      i = property(r, i, end, owner, annotated, from);
    } else if (t.kind === 'punct' && (t.text === '{' || t.text === '(' || t.text === '[')) {
      i = closeOf(r, i) + 1;
    } else i++;
    if (!r.code[i - 1]?.text.startsWith('@')) annotated = { descriptions: [] };
  }
}

/** The first token on the line of token `i` within the same statement (modifiers before `val`). */
function lineStartToken(r: TokenReader, i: number): number {
  let k = i;
  while (k > 0 && !r.code[k]?.newlineBefore && r.code[k - 1]?.kind === 'ident') k--;
  return k;
}

/** `val name: Type = …`; returns the index after the type. */
function property(
  r: TokenReader,
  at: number,
  end: number,
  owner: string | undefined,
  annotated: Annotated,
  declStart: number,
): number {
  const name = r.code[at + 1];
  if (name?.kind !== 'ident' || r.code[at + 2]?.text === '.') return at + 1;
  let k = at + 2;
  let typeEnd = k - 1;
  if (r.code[k]?.text === ':') {
    k++;
    while (k < end) {
      const t = r.code[k];
      if (!t || (k > at + 3 && t.newlineBefore) || ['=', ';', '}', '{', 'by', ',', ')'].includes(t.text))
        break;
      k = t.text === '(' || t.text === '<' ? angleOrParenEnd(r, k) : k + 1;
      typeEnd = k - 1;
    }
  }
  if (owner) {
    const declaredType = typeEnd >= at + 3 ? textBetween(r, at + 3, typeEnd) : undefined;
    const last = statementEnd(r, k, end);
    reportField(
      r,
      name,
      owner,
      declaredType,
      { from: r.code[declStart]?.from ?? name.from, to: r.code[last]?.to ?? name.to },
      annotated,
    );
  }
  return k;
}

/** The last token of the statement continuing from `k` (until a new line at this depth). */
function statementEnd(r: TokenReader, k: number, end: number): number {
  let last = k - 1;
  while (k < end) {
    const t = r.code[k];
    if (
      !t ||
      (t.newlineBefore && r.code[k - 1]?.text !== '=' && t.text !== '.' && t.text !== '?.') ||
      t.text === '}' ||
      t.text === ',' ||
      t.text === ')'
    )
      break;
    if (t.text === ';') return k;
    last = t.text === '(' || t.text === '[' || t.text === '{' ? closeOf(r, k) : k;
    k = last + 1;
  }
  return last;
}

function angleOrParenEnd(r: TokenReader, k: number): number {
  if (r.code[k]?.text === '(') return closeOf(r, k) + 1;
  let depth = 0;
  for (let j = k; j < r.code.length; j++) {
    const t = r.code[j]?.text;
    if (t === '<') depth++;
    else if (t === '>') {
      depth--;
      if (depth === 0) return j + 1;
    } else if (t === '=' || t === ';' || t === '{' || t === '}') return j;
  }
  return k + 1;
}

/** `class Name<T>(val a: A, …) : Base(…) { … }`; returns the index after the declaration. */
function readType(
  r: TokenReader,
  kw: number,
  end: number,
  outer: string | undefined,
  types: TypeSpan[],
): number {
  const keyword = r.code[kw]?.text;
  const next = r.code[kw + 1];
  const named = next?.kind === 'ident' && !next.newlineBefore;
  const name = named ? next.text : keyword === 'object' ? (outer ?? 'Companion') : '';
  let k = named ? kw + 2 : kw + 1;
  if (r.code[k]?.text === '<') k = angleOrParenEnd(r, k);
  const ctorAnnotations: Annotated = { descriptions: [] };
  k = readAnnotations(r, k, ctorAnnotations);
  while (
    r.code[k]?.kind === 'ident' &&
    /^(private|internal|protected|public|constructor)$/.test(r.code[k]?.text ?? '')
  )
    k++;
  if (r.code[k]?.text === '(' && keyword === 'class') {
    const close = closeOf(r, k);
    const doc = typeDoc(r, kw);
    constructorParameters(r, k, close, name, doc === undefined ? undefined : docTagsOf(doc));
    k = close + 1;
  }
  while (k < end) {
    const t = r.code[k];
    if (!t || t.text === '}' || t.text === ';') return k;
    if (t.text === '{') {
      const close = closeOf(r, k);
      types.push({ open: k, close, name });
      readBody(r, k + 1, close, name, types);
      return close + 1;
    }
    const continues =
      [':', ',', '.', '<', 'where'].includes(r.code[k - 1]?.text ?? '') ||
      [':', ',', 'where'].includes(t.text);
    if (t.newlineBefore && !continues) return k;
    k = t.text === '(' || t.text === '<' ? angleOrParenEnd(r, k) : k + 1;
  }
  return k;
}

/**
 * Primary constructor parameters declared with `val`/`var` are properties; the class's KDoc
 * `@property` (or `@param`) tag of one describes it, as a comment above it would.
 */
function constructorParameters(
  r: TokenReader,
  open: number,
  close: number,
  owner: string,
  tags: ReadonlyMap<string, string> | undefined,
): void {
  let k = open + 1;
  while (k < close) {
    const annotated: Annotated = { descriptions: [] };
    const start = k;
    k = readAnnotations(r, k, annotated);
    let end = k;
    while (end < close && r.code[end]?.text !== ',') {
      const t = r.code[end];
      end =
        t?.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{' || t.text === '<')
          ? skipBracket(r, end)
          : end + 1;
    }
    const words = r.code.slice(k, end);
    const kw = words.findIndex((t) => t.text === 'val' || t.text === 'var');
    if (kw >= 0) {
      const nameIndex = k + kw + 1;
      const name = r.code[nameIndex];
      const eq = words.findIndex((t) => t.text === '=');
      const typeEnd = (eq >= 0 ? k + eq : end) - 1;
      if (name?.kind === 'ident') {
        const tag = tags?.get(name.text);
        if (tag !== undefined) annotated.descriptions.push(tag);
        const declaredType =
          r.code[nameIndex + 1]?.text === ':' ? textBetween(r, nameIndex + 2, typeEnd) : undefined;
        const commaOrClose = r.code[end];
        const to = commaOrClose?.text === ',' ? commaOrClose.to : (r.code[end - 1]?.to ?? name.to);
        reportField(r, name, owner, declaredType, { from: r.code[start]?.from ?? name.from, to }, annotated);
      }
    }
    k = end + 1;
  }
}

/** The index after the bracket group opened at `k`. */
function skipBracket(r: TokenReader, k: number): number {
  return r.code[k]?.text === '<' ? angleOrParenEnd(r, k) : closeOf(r, k) + 1;
}
