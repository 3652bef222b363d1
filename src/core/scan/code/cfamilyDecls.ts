import { validationName } from '../../detect/validators.js';
import type { FieldCandidate } from '../../types.js';
import type { LineIndex } from '../../text/lines.js';
import { LineIndex as Lines } from '../../text/lines.js';
import type { Extractor, ExtractResult } from '../extractor.js';
import { argumentRole } from './annotationRoles.js';
import {
  attachedComments,
  candidate,
  guarded,
  handles,
  joinDescriptions,
  SourceError,
  sortFields,
  type CommentSpan,
} from '../kit/index.js';
import { matching, readTokens, tokenString, TokenMemo, type Token } from './cfamilyTokens.js';
import { differentName } from './lezerSupport.js';

/** Shared state of the token-based readers (C#, Kotlin). */
export interface TokenReader {
  readonly text: string;
  readonly lines: LineIndex;
  /** Tokens without comments. */
  readonly code: readonly Token[];
  readonly comments: readonly CommentSpan[];
  readonly out: FieldCandidate[];
}

/** Reads the declarations of token span `[start, end)`, recording type bodies in `types`. */
export type BodyReader = (
  r: TokenReader,
  start: number,
  end: number,
  owner: string | undefined,
  types: TypeSpan[],
) => void;

/**
 * Builds a token-based extractor (C#, Kotlin): tokenize, read declarations with the language's
 * `readBody`, then member accesses as usages, skipping lines that start with `usageSkipLines`.
 */
export function tokenExtractor(spec: {
  readonly id: string;
  /** Its languages (`languages.ts` gives their extensions). */
  readonly languageIds: readonly string[];
  readonly readBody: BodyReader;
  readonly usageSkipLines: readonly string[];
}): Extractor {
  return {
    id: spec.id,
    handles: handles(spec),
    extract: (text) =>
      runTokenReader(text, new Lines(text), (r) => {
        const types: TypeSpan[] = [];
        spec.readBody(r, 0, r.code.length, undefined, types);
        readUsages(r, ownerLookup(types), spec.usageSkipLines);
      }),
  };
}

/** Tokenizes and runs a reader; tokenizer and bracket errors become `{ ok: false }`. */
export function runTokenReader(
  text: string,
  lines: LineIndex,
  read: (r: TokenReader) => void,
): ExtractResult {
  return guarded(() => {
    const code: Token[] = [];
    const comments: Token[] = [];
    readTokens(text, code, comments);
    const reader: TokenReader = { text, lines, code, comments, out: [] };
    read(reader);
    return { ok: true, fields: sortFields(reader.out), memo: new TokenMemo(text, reader.code) };
  }, lines);
}

/** The index of the bracket closing the one at `open`; unbalanced text is a parse failure. */
export function closeOf(r: TokenReader, open: number): number {
  const close = matching(r.code, open);
  if (close < 0) throw new SourceError(`unbalanced '${r.code[open]?.text ?? ''}'`, r.code[open]?.from ?? 0);
  return close;
}

/** What annotations or attributes say about a field. */
export interface Annotated {
  descriptions: string[];
  alias?: { value: string; from: number } | undefined;
  /** A validation (`[EmailAddress]`, `@Email`) saying what the field holds. */
  validation?: string | undefined;
}

/** Notes the annotation or attribute named by the token at `nameIndex`, with or without arguments. */
export function markAnnotation(r: TokenReader, nameIndex: number, into: Annotated): void {
  into.validation ??= validationName(r.code[nameIndex]?.text ?? '');
}

/**
 * Reads one annotation or attribute `Name(args)` whose name token is at `nameIndex` and whose
 * argument list (if any) spans `[open, close]`: positional and `key = "value"` arguments.
 */
export function readAnnotation(
  r: TokenReader,
  nameIndex: number,
  open: number,
  close: number,
  into: Annotated,
): void {
  const name = r.code[nameIndex]?.text ?? '';
  let argStart = open + 1;
  let position = 0;
  for (let k = open + 1; k <= close; k++) {
    const t = r.code[k];
    if (!t) break;
    if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{') && k !== open) {
      const inner = matching(r.code, k);
      if (inner > 0 && inner < close) {
        k = inner;
        continue;
      }
    }
    if (k === close || (t.kind === 'punct' && t.text === ',')) {
      const keyed = r.code[argStart + 1]?.text === '=' && r.code[argStart]?.kind === 'ident';
      const key = keyed ? (r.code[argStart]?.text ?? '') : position === 0 ? 'value' : `#${position}`;
      const str = r.code
        .slice(argStart, k)
        .map(tokenString)
        .find((s) => s !== undefined);
      const role = argumentRole(name, key);
      if (str && role === 'describe') into.descriptions.push(str.value);
      else if (str && role === 'alias') into.alias ??= { value: str.value, from: str.from };
      if (!keyed) position++;
      argStart = k + 1;
    }
  }
}

/** Reports a field and, when it names the field differently, its stored alias. */
export function reportField(
  r: TokenReader,
  name: Token,
  owner: string | undefined,
  declaredType: string | undefined,
  span: { from: number; to: number },
  annotated: Annotated,
): void {
  const comment = joinDescriptions([
    attachedComments(r.text, r.comments, span.from, span.to),
    ...annotated.descriptions,
  ]);
  const draft = {
    name: name.text.replace(/^[`@]|`$/g, ''),
    from: name.text.startsWith('`') || name.text.startsWith('@') ? name.from + 1 : name.from,
    owner,
    declaredType,
    comment,
    validation: annotated.validation,
  };
  r.out.push(candidate(r.lines, draft));
  const alias = annotated.alias;
  if (alias && alias.value && differentName(alias.value, draft.name)) {
    r.out.push(candidate(r.lines, { ...draft, name: alias.value, from: alias.from }));
  }
}

/** The text between two tokens, inclusive, as written. */
export function textBetween(r: TokenReader, first: number, last: number): string | undefined {
  const a = r.code[first];
  const b = r.code[last];
  return a && b && last >= first ? r.text.slice(a.from, b.to) : undefined;
}

/**
 * `receiver.member` outside declarations: a usage of `member` owned by `receiver`, when the
 * receiver looks like a variable (lower-case first letter or `this`/`it`) and the member is
 * not called. Lines starting with one of `skipLines` (imports, packages) are ignored.
 */
export function readUsages(
  r: TokenReader,
  thisOwner: (index: number) => string | undefined,
  skipLines: readonly string[],
): void {
  let skipping = false;
  for (let i = 0; i < r.code.length; i++) {
    const t = r.code[i];
    if (!t) continue;
    if (t.newlineBefore || t.text === ';') skipping = skipLines.includes(t.text);
    if (skipping || (t.text !== '.' && t.text !== '?.')) continue;
    const receiver = r.code[i - 1];
    const member = r.code[i + 1];
    const after = r.code[i + 2];
    if (receiver?.kind !== 'ident' || member?.kind !== 'ident' || after?.text === '(' || after?.text === '<')
      continue;
    if (r.code[i - 2]?.text === '.' || !/^[a-z_]/.test(receiver.text)) continue;
    const owner = receiver.text === 'this' ? (thisOwner(i) ?? 'this') : receiver.text;
    r.out.push(candidate(r.lines, { name: member.text, from: member.from, role: 'usage', owner }));
  }
}

/** A type body's token span and name, recorded while reading declarations. */
export interface TypeSpan {
  readonly open: number;
  readonly close: number;
  readonly name: string;
}

/**
 * The innermost type around a token index, for indices queried in ascending order (as
 * `readUsages` does): a sweep with a stack instead of a search per usage.
 */
export function ownerLookup(types: readonly TypeSpan[]): (index: number) => string | undefined {
  const sorted = [...types].sort((a, b) => a.open - b.open);
  const stack: TypeSpan[] = [];
  let next = 0;
  return (index) => {
    while (next < sorted.length && (sorted[next]?.open ?? Infinity) < index) {
      const t = sorted[next++];
      if (t) stack.push(t);
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.close ?? 0) <= index) stack.pop();
    for (let k = stack.length - 1; k >= 0; k--) {
      const t = stack[k];
      if (t && t.close > index) return t.name;
    }
    return undefined;
  };
}
