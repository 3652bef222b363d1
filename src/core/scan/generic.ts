/**
 * The language-agnostic scanner for every text no structured extractor handles. It finds
 * identifiers and string keys in declaration shapes (`idCard:`, `idCard =`, `id_card VARCHAR`,
 * `String idCard;`, `"idCard":`) and member usages (`x.idCard`, `x["idCard"]`), guesses the
 * owner from the enclosing block, and attaches same-line and preceding comments. Prose is
 * never reported: a word must stand in one of those shapes.
 */
import { readType } from '../detect/declaredType.js';
import { isHan } from '../detect/tokenize.js';
import type { FieldCandidate, FieldRole } from '../types.js';
import type { Extractor, SourceInfo } from './extractor.js';
import { currentOwner, dedent, updateBlocks, type OwnerState } from './genericOwners.js';
import { lexLine, type LexState, type LexToken, type LexedLine } from './lexer.js';

/** Lines longer than this (minified bundles, data blobs) are skipped. */
export const MAX_LINE_LENGTH = 4000;

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
const HASH_CODE_EXT = /\.(c|h|cc|cpp|hpp|cs|fs|swift|m|mm|rs)$/i;
const QUOTE_COMMENT_EXT = /\.(vb|vbs|bas|cls|frm)$/i;
/** Configuration files: a key nobody owns belongs to the software, not to a person. */
const CONFIG_EXT =
  /(\.(ya?ml|toml|ini|cfg|conf|properties|env|tf|hcl|json|jsonc|plist)|(^|\/)\.env(\.[\w-]+)?|\.env\.[\w-]+)$/i;
const RUBY_EXT = /(\.(rb|rake|gemspec)|(^|\/)(Gemfile|Rakefile))$/;
const MARKDOWN_EXT = /\.(md|markdown|mdx|rst|adoc)$/i;
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

/** Candidate fields in any text. Pure; linear in the text length. */
export function scanGeneric(text: string, source?: SourceInfo): FieldCandidate[] {
  const path = source?.path ?? '';
  const options = { hashComments: !HASH_CODE_EXT.test(path), quoteComments: QUOTE_COMMENT_EXT.test(path) };
  const config = CONFIG_EXT.test(path);
  const markdown = MARKDOWN_EXT.test(path);
  const fields: FieldCandidate[] = [];
  const state: LexState = { block: '' };
  const owners: OwnerState = { stack: [], section: undefined, endBlocks: RUBY_EXT.test(path) };
  let inFence = false;
  let pendingComment: string[] = [];
  let line = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (markdown && raw.trimStart().startsWith('```')) inFence = !inFence;
    else if (raw.length <= MAX_LINE_LENGTH && (!markdown || inFence)) {
      // Markdown prose is never scanned: only fenced code is.
      const lexed = lexLine(raw, state, options);
      const before = fields.length;
      pendingComment = scanLine(raw, lexed, line, owners, pendingComment, fields);
      if (config) markConfig(fields, before);
    } else {
      pendingComment = [];
    }
    line++;
    pos = end + 1;
  }
  return fields;
}

/** In configuration files, keys are the software's settings unless a person owner says otherwise. */
function markConfig(fields: FieldCandidate[], from: number): void {
  for (let k = from; k < fields.length; k++) {
    const f = fields[k];
    if (f !== undefined && f.ownerComment === undefined) fields[k] = { ...f, ownerComment: 'configuration' };
  }
}

/** The generic scanner as an extractor, for callers that want the common interface. */
export const genericExtractor: Extractor = {
  id: 'generic',
  handles: () => true,
  extract: (text, source) => ({ ok: true, fields: scanGeneric(text, source) }),
};

function scanLine(
  raw: string,
  lexed: LexedLine,
  line: number,
  owners: OwnerState,
  above: string[],
  out: FieldCandidate[],
): string[] {
  const { tokens } = lexed;
  const indent = raw.length - raw.trimStart().length;
  if (tokens.length === 0) {
    // A comment-only line describes what follows; a blank line breaks the link.
    return raw.trim() === '' ? [] : lexed.comment.trim() === '' ? above : [...above, lexed.comment];
  }
  dedent(owners, indent);
  const before = out.length;
  const owner = currentOwner(owners);
  for (let k = 0; k < tokens.length; k++) {
    const found = fieldAt(tokens, k, owner);
    if (found === undefined) continue;
    out.push(candidate(found, line));
  }
  const added = out.length - before;
  const decorator =
    added === 0 && (tokens[0]?.text === '@' || tokens[0]?.text === '[' || tokens[0]?.text === '#');
  // Descriptions: comments, Chinese strings (`@ApiModelProperty("家庭住址")`), `COMMENT '…'`.
  const descriptive = added > 0 || decorator ? describe(tokens, lexed.comment) : '';
  if (added > 0) {
    // A trailing comment on a line of several fields cannot be said to describe any one of them.
    const comment = (added === 1 ? [descriptive, ...above] : above).filter((s) => s.trim() !== '').join(' ');
    if (comment !== '') {
      for (let k = before; k < out.length; k++) {
        const f = out[k];
        if (f !== undefined && f.role === 'declaration') out[k] = { ...f, comment };
      }
    }
  }
  updateBlocks(tokens, indent, owners);
  // A decorator line describes the next field.
  return decorator ? [...above, descriptive] : [];
}

/** Keys whose value describes a field: `label: '手机号'`, `verbose_name='姓名'`, `COMMENT '身份证号'`. */
const DESCRIPTIVE_KEYS = new Set([
  'comment',
  'label',
  'title',
  'description',
  'desc',
  'verbose_name',
  'help_text',
  'remark',
  'remarks',
  'caption',
  'header',
  'display',
  'displayname',
  'doc',
  'summary',
  'note',
  'value',
  'name',
]);

/**
 * The description on a line: its comments plus Chinese strings that describe rather than
 * store: arguments (`@ApiModelProperty("家庭住址")`) and values of descriptive keys. A Chinese
 * value of the field itself (`"Compiler_Diagnostics": "编译器诊断"`) is data, not a description.
 */
function describe(tokens: readonly LexToken[], comment: string): string {
  let text = comment;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind !== 'string') continue;
    const prev = tokens[k - 1]?.text.toLowerCase() ?? '';
    const key = prev === ':' || prev === '=' ? (tokens[k - 2]?.text.toLowerCase() ?? '') : '';
    const described =
      prev === 'comment' || DESCRIPTIVE_KEYS.has(key) || (key === '' && prev !== '' && hasHanText(t.text));
    if (described && (hasHanText(t.text) || prev === 'comment')) text += ' ' + t.text;
  }
  return text.trim();
}

interface Found {
  readonly token: LexToken;
  readonly role: FieldRole;
  readonly owner: string | undefined;
  readonly type?: string;
}

function fieldAt(tokens: readonly LexToken[], k: number, owner: string | undefined): Found | undefined {
  const t = tokens[k];
  if (t === undefined || t.kind === 'punct') return undefined;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.kind === 'string') {
    if (!keyLike(t.text)) return undefined;
    if (next?.kind === 'punct' && (next.text === ':' || next.text === '=>'))
      return { token: t, role: 'declaration', owner };
    if (k === 0 && next?.kind === 'ident' && readType(next.text).shape !== 'other') {
      return { token: t, role: 'declaration', owner, type: typeText(tokens, k + 1) }; // `"id_card" VARCHAR(18)`
    }
    if (prev?.text === '[' && next?.text === ']') {
      const recv = tokens[k - 2];
      return { token: t, role: 'usage', owner: recv?.kind === 'ident' ? recv.text : undefined };
    }
    return typedCall(tokens, k, owner);
  }
  if (KEYWORDS.has(t.text.toLowerCase()) && !(next?.text === ':' && prev === undefined)) return undefined;
  if (next?.text === '(') return undefined; // a call or a function definition
  const member = prev?.kind === 'punct' && (prev.text === '.' || prev.text === '->' || prev.text === '?.');
  if (prev?.text === ':' && tokens[k - 2]?.kind === 'ident') {
    const symbol = typedCall(tokens, k, owner); // Ruby `t.string :phone`
    if (symbol !== undefined) return symbol;
  }
  if (member) {
    const recv = tokens[k - 2];
    const recvText = recv?.kind === 'ident' ? recv.text : undefined;
    if (dottedKeyStart(tokens, k)) {
      if (next?.text === '=' || next?.text === ':') return { token: t, role: 'declaration', owner: recvText }; // `a.b.password=`
      if (next?.text === '.' && isDottedKey(tokens, k)) return undefined; // a middle segment of such a key
    }
    const selfish = recvText === 'this' || recvText === 'self';
    if (selfish && next?.text === '=' && k === 2) return { token: t, role: 'declaration', owner }; // `this.phone = …`
    if (recvText === undefined && tokens[k - 2]?.text !== ')' && tokens[k - 2]?.text !== ']')
      return undefined;
    return { token: t, role: 'usage', owner: selfish ? owner : recvText };
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
  const prev = tokens[k - 1];
  const method = prev?.text === '(' || prev?.text === ':' ? tokens[k - 2] : prev;
  if (method?.kind !== 'ident' || !TYPE_CALL.has(method.text.toLowerCase())) return undefined;
  const t = tokens[k];
  if (t === undefined || (t.kind === 'string' && !keyLike(t.text))) return undefined;
  return { token: t, role: 'declaration', owner, type: method.text };
}

/** Whether the dotted chain through `k` ends in `=` or `:` (a properties or YAML key). */
function isDottedKey(tokens: readonly LexToken[], k: number): boolean {
  let j = k;
  while (tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'ident') j += 2;
  const after = tokens[j + 1]?.text;
  return after === '=' || after === ':';
}

/** Whether the dotted chain ending at `k` starts the line (`a.b.c` at column 0). */
function dottedKeyStart(tokens: readonly LexToken[], k: number): boolean {
  let j = k;
  while (j >= 2 && tokens[j - 1]?.text === '.' && tokens[j - 2]?.kind === 'ident') j -= 2;
  return j === 0;
}

function withType(
  found: Found,
  k: number,
  typeTok: LexToken | undefined,
  tokens: readonly LexToken[],
): Found {
  if (typeTok?.kind === 'ident' && readType(typeTok.text).shape !== 'other') {
    return { ...found, type: typeText(tokens, tokens.indexOf(typeTok, k)) };
  }
  const type = typeBefore(tokens, k);
  return type === undefined ? found : { ...found, type };
}

/** `varchar ( 18 )` → `varchar(18)`; `String ?` → `String?`. */
function typeText(tokens: readonly LexToken[], k: number): string {
  let text = tokens[k]?.text ?? '';
  const open = tokens[k + 1];
  if (open?.text === '(') {
    const close = tokens.findIndex((t, idx) => idx > k && t.text === ')');
    if (close > k) return text + '(' + lengthDigits(tokens, k + 2, close) + ')';
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
  const prev = tokens[k - 1];
  if (prev?.kind === 'ident')
    return looksLikeType(prev.text) && !KEYWORDS.has(prev.text) ? prev.text : undefined;
  if (prev?.text === '?' || prev?.text === '*') {
    const before = tokens[k - 2];
    return before?.kind === 'ident' && looksLikeType(before.text) ? before.text + prev.text : undefined;
  }
  if (prev?.text === '>' || prev?.text === ']') {
    const first = tokens
      .slice(0, k)
      .find((t) => t.kind === 'ident' && looksLikeType(t.text) && !KEYWORDS.has(t.text));
    return first?.text;
  }
  return undefined;
}

/** `<input name="x">`: attributes of markup are not fields. */
function inMarkup(tokens: readonly LexToken[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (tokens[j]?.text === '<') return true;
  return false;
}

function looksLikeType(word: string): boolean {
  if (word.endsWith('_t') && word.length > 2) return true; // C: uint32_t, size_t
  if (readType(word).shape !== 'other') return true;
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && !KEYWORDS.has(word.toLowerCase());
}

function keyLike(text: string): boolean {
  if (text.length === 0 || text.length > 48 || text.includes(' ')) return false;
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || isHan(c);
}

function hasHanText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

function candidate(found: Found, line: number): FieldCandidate {
  const t = found.token;
  return {
    name: t.text,
    range: { start: { line, character: t.start }, end: { line, character: t.start + t.text.length } },
    role: found.role,
    ...(found.owner !== undefined ? { owner: found.owner } : {}),
    ...(found.type !== undefined ? { declaredType: found.type } : {}),
  };
}
