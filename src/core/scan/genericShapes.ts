/**
 * Declaration and usage shapes for the generic scanner: which token positions hold a field
 * (`idCard:`, `idCard =`, `id_card VARCHAR(18)`, `String idCard;`, `"idCard":`, `t.string
 * :mobile`, `x.idCard`, `row["idCard"]`) and what declared type is written next to it.
 */
import { readType } from '../detect/declaredType.js';
import { isHan } from '../detect/tokenize.js';
import type { FieldRole } from '../types.js';
import { tokenAt, type LexToken } from './lexer.js';

const KEYWORDS = new Set([
  'if',
  'else',
  'for',
  'while',
  'return',
  'case',
  'default',
  'new',
  'this',
  'self',
  'true',
  'false',
  'null',
  'nil',
  'none',
  'undefined',
  'function',
  'def',
  'class',
  'import',
  'from',
  'export',
  'public',
  'private',
  'protected',
  'static',
  'final',
  'readonly',
  'const',
  'let',
  'var',
  'val',
  'fn',
  'func',
  'type',
  'interface',
  'struct',
  'enum',
  'package',
  'throw',
  'in',
  'of',
  'and',
  'or',
  'not',
  'is',
  'as',
  'with',
  'do',
]);
/** The longest keyword: a longer word is none, and is not looked up. */
const KEYWORD_LONGEST = Math.max(...[...KEYWORDS].map((k) => k.length));

/**
 * `KEYWORDS.has(word)`, asked of every identifier of every line: keywords are lower case and
 * short, so other words are told apart without hashing them.
 */
function isKeyword(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122 && word.length <= KEYWORD_LONGEST && KEYWORDS.has(word);
}

const TYPE_CALL = new Set([
  'string',
  'integer',
  'text',
  'date',
  'datetime',
  'timestamp',
  'boolean',
  'decimal',
  'float',
  'char',
  'varchar',
  'bigint',
  'binary',
  'json',
  'column',
  'field',
  'add_column',
  'addcolumn',
]);

/** A token that names a field, with its role, owner and declared type. */
export interface Found {
  readonly token: LexToken;
  readonly role: FieldRole;
  readonly owner: string | undefined;
  readonly type?: string;
}

/**
 * Parts every record of a resource model has (Kubernetes and the platforms built like it:
 * `category.spec.displayName`, `menuItem.status?.displayName`): the record is the variable
 * before the part, so it names the owner with the part (`category.spec`).
 */
const RECORD_PARTS: ReadonlySet<string> = new Set(['spec', 'status']);

/** `category.spec` for the receiver `spec` at token `r` after `category.`; else undefined. */
function partOwner(tokens: readonly LexToken[], r: number): string | undefined {
  const part = tokens[r];
  if (part?.kind !== 'ident' || !RECORD_PARTS.has(part.text)) return undefined;
  const dot = tokens[r - 1];
  const record = tokens[r - 2];
  if (dot?.kind !== 'punct' || (dot.text !== '.' && dot.text !== '?.') || record?.kind !== 'ident')
    return undefined;
  return record.text === 'this' || record.text === 'self' ? undefined : `${record.text}.${part.text}`;
}

/** The field at token `k` of a line, if the token stands in a field shape. */
export function fieldAt(
  tokens: readonly LexToken[],
  k: number,
  owner: string | undefined,
): Found | undefined {
  const t = tokens[k];
  if (t === undefined || t.kind === 'punct') return undefined;
  const prev = tokenAt(tokens, k - 1);
  const next = tokens[k + 1];
  if (t.kind === 'string') {
    if (!keyLike(t.text)) return undefined;
    if (next?.kind === 'punct' && (next.text === ':' || next.text === '=>'))
      return { token: t, role: 'declaration', owner };
    if (k === 0 && next?.kind === 'ident' && readType(next.text).shape !== 'other') {
      return { token: t, role: 'declaration', owner, type: typeText(tokens, k + 1) }; // `"id_card" VARCHAR(18)`
    }
    if (prev?.text === '[' && next?.text === ']') {
      const recv = tokenAt(tokens, k - 2);
      return { token: t, role: 'usage', owner: recv?.kind === 'ident' ? recv.text : undefined };
    }
    return typedCall(tokens, k, owner);
  }
  // Keywords are lower case in the languages that have them; no allocation per token.
  if (isKeyword(t.text) && !(next?.text === ':' && prev === undefined)) return undefined;
  if (next?.text === '(') return undefined; // a call or a function definition
  const member = prev?.kind === 'punct' && (prev.text === '.' || prev.text === '->' || prev.text === '?.');
  if (prev?.text === ':' && tokenAt(tokens, k - 2)?.kind === 'ident') {
    const symbol = typedCall(tokens, k, owner); // Ruby `t.string :phone`
    if (symbol !== undefined) return symbol;
  }
  if (member) {
    const recv = tokenAt(tokens, k - 2);
    const recvText = recv?.kind === 'ident' ? recv.text : undefined;
    if (dottedKeyStart(tokens, k)) {
      if (next?.text === '=' || next?.text === ':') return { token: t, role: 'declaration', owner: recvText }; // `a.b.password=`
      if (next?.text === '.' && isDottedKey(tokens, k)) return undefined; // a middle segment of such a key
    }
    const selfish = recvText === 'this' || recvText === 'self';
    if (selfish && next?.text === '=' && k === 2) return { token: t, role: 'declaration', owner }; // `this.phone = …`
    if (
      recvText === undefined &&
      tokenAt(tokens, k - 2)?.text !== ')' &&
      tokenAt(tokens, k - 2)?.text !== ']'
    )
      return undefined;
    return { token: t, role: 'usage', owner: selfish ? owner : (partOwner(tokens, k - 2) ?? recvText) };
  }
  if (next?.kind === 'punct' && (next.text === ':' || (next.text === '?' && tokens[k + 2]?.text === ':'))) {
    // `key: value`, `name: string`, `name?: string`; not `a ? b : c`, not `case x:`.
    if (prev?.text === '?' || (prev?.kind === 'ident' && prev.text === 'case')) return undefined;
    const typeTok = tokens[next.text === '?' ? k + 3 : k + 2];
    return withType({ token: t, role: 'declaration', owner }, k, typeTok, tokens);
  }
  if (next?.kind === 'punct' && (next.text === '=' || next.text === ':=') && !inMarkup(tokens, k)) {
    return withType({ token: t, role: 'declaration', owner }, k, undefined, tokens);
  }
  if (
    next?.kind === 'punct' &&
    (next.text === ';' || next.text === ',' || next.text === ')' || next.text === '[')
  ) {
    const type = typeBefore(tokens, k);
    return type === undefined ? undefined : { token: t, role: 'declaration', owner, type };
  }
  if (k === 0 || (k === 1 && prev?.kind === 'punct' && prev.text === '-')) {
    // Column and struct shapes: `id_card VARCHAR(18)`, `Phone string`, `phone String?`.
    if (next?.kind === 'ident' && readType(next.text).shape !== 'other') {
      return { token: t, role: 'declaration', owner, type: typeText(tokens, k + 1) };
    }
  }
  return undefined;
}

/** `$table->string('phone', 11)`, `t.string "phone"`, `t.string :phone`: a typed column helper. */
function typedCall(tokens: readonly LexToken[], k: number, owner: string | undefined): Found | undefined {
  const prev = tokenAt(tokens, k - 1);
  const method = prev?.text === '(' || prev?.text === ':' ? tokenAt(tokens, k - 2) : prev;
  if (method?.kind !== 'ident' || !TYPE_CALL.has(method.text.toLowerCase())) return undefined;
  const t = tokens[k];
  if (t === undefined || (t.kind === 'string' && !keyLike(t.text))) return undefined;
  return { token: t, role: 'declaration', owner, type: method.text };
}

/**
 * Segments followed along a dotted chain. Real keys (`spring.datasource.password`) are short;
 * the bound keeps a long chain on one line (`a.b.c.…`) linear rather than quadratic.
 */
const MAX_DOTTED_SEGMENTS = 32;

/** Whether the dotted chain through `k` ends in `=` or `:` (a properties or YAML key). */
function isDottedKey(tokens: readonly LexToken[], k: number): boolean {
  let j = k;
  for (let n = 0; tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'ident'; n++) {
    if (n === MAX_DOTTED_SEGMENTS) return false;
    j += 2;
  }
  const after = tokens[j + 1]?.text;
  return after === '=' || after === ':';
}

/** Whether the dotted chain ending at `k` starts the line (`a.b.c` at column 0). */
function dottedKeyStart(tokens: readonly LexToken[], k: number): boolean {
  let j = k;
  for (let n = 0; j >= 2 && tokens[j - 1]?.text === '.' && tokens[j - 2]?.kind === 'ident'; n++) {
    if (n === MAX_DOTTED_SEGMENTS) return false;
    j -= 2;
  }
  return j === 0;
}

function withType(
  found: Found,
  k: number,
  typeTok: LexToken | undefined,
  tokens: readonly LexToken[],
): Found {
  // Written out rather than spread: a spread's store of `type` went to the runtime each time.
  const { token, role, owner } = found;
  if (typeTok?.kind === 'ident' && readType(typeTok.text).shape !== 'other') {
    return { token, role, owner, type: typeText(tokens, tokens.indexOf(typeTok, k)) };
  }
  const type = typeBefore(tokens, k);
  return type === undefined ? found : { token, role, owner, type };
}

/** Tokens searched for the `)` of a type's length: `(18)`, `(10, 2)`, `(255) CHARACTER SET`. */
const MAX_TYPE_ARGUMENT_TOKENS = 16;

/** `varchar ( 18 )` → `varchar(18)`; `String ?` → `String?`. */
function typeText(tokens: readonly LexToken[], k: number): string {
  let text = tokens[k]?.text ?? '';
  const open = tokens[k + 1];
  if (open?.text === '(') {
    const last = Math.min(tokens.length, k + 2 + MAX_TYPE_ARGUMENT_TOKENS);
    for (let close = k + 2; close < last; close++) {
      if (tokens[close]?.text === ')') return text + '(' + lengthDigits(tokens, k + 2, close) + ')';
    }
  }
  if (open?.text === '?') text += '?';
  return text;
}

function lengthDigits(tokens: readonly LexToken[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join('');
}

/** The declared type written before a name: `String phone`, `String? phone`, `List<String> tags`, `char *name`. */
function typeBefore(tokens: readonly LexToken[], k: number): string | undefined {
  const prev = tokenAt(tokens, k - 1);
  if (prev?.kind === 'ident')
    return looksLikeType(prev.text) && !isKeyword(prev.text) ? prev.text : undefined;
  if (prev?.text === '?' || prev?.text === '*') {
    const before = tokenAt(tokens, k - 2);
    return before?.kind === 'ident' && looksLikeType(before.text) ? before.text + prev.text : undefined;
  }
  if (prev?.text === '>' || prev?.text === ']') {
    const first = factsOf(tokens).firstType;
    return first < k ? tokens[first]?.text : undefined;
  }
  return undefined;
}

/** `<input name="x">`: attributes of markup are not fields. */
function inMarkup(tokens: readonly LexToken[], k: number): boolean {
  return factsOf(tokens).firstAngle < k;
}

/** What shapes ask about a whole line, found once per line so each token costs O(1). */
interface LineFacts {
  /** Index of the first `<` token, or the token count. */
  readonly firstAngle: number;
  /** Index of the first identifier that looks like a type, or the token count. */
  readonly firstType: number;
}

/**
 * The facts of the line asked last: the scanner asks about one line's tokens at a time, so one
 * entry is enough (a WeakMap entry per line cost more than the facts: issue 9, scan speed). A
 * line's token array is never changed after the lexer made it, so its identity is its key.
 */
let lastTokens: readonly LexToken[] | undefined;
let lastFacts: LineFacts = { firstAngle: 0, firstType: 0 };

function factsOf(tokens: readonly LexToken[]): LineFacts {
  if (tokens === lastTokens) return lastFacts;
  let firstAngle = tokens.findIndex((t) => t.text === '<');
  let firstType = tokens.findIndex((t) => t.kind === 'ident' && looksLikeType(t.text) && !isKeyword(t.text));
  if (firstAngle < 0) firstAngle = tokens.length;
  if (firstType < 0) firstType = tokens.length;
  lastTokens = tokens;
  lastFacts = { firstAngle, firstType };
  return lastFacts;
}

function looksLikeType(word: string): boolean {
  if (word.endsWith('_t') && word.length > 2) return true; // C: uint32_t, size_t
  if (readType(word).shape !== 'other') return true;
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && !(word.length <= KEYWORD_LONGEST && KEYWORDS.has(word.toLowerCase()));
}

function keyLike(text: string): boolean {
  if (text.length === 0 || text.length > 48 || text.includes(' ')) return false;
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || isHan(c);
}
