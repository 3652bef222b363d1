/**
 * The language-agnostic scanner for every text no structured extractor handles. It finds
 * identifiers and string keys in declaration shapes (`idCard:`, `idCard =`, `id_card VARCHAR`,
 * `String idCard;`, `"idCard":`) and member usages (`x.idCard`, `x["idCard"]`), guesses the
 * owner from the enclosing block, and attaches same-line and preceding comments. Prose is
 * never reported: a word must stand in one of those shapes. Every line is read, however long
 * (one-line JSON holds all its fields on one line): the host caps the file size, and the work
 * per token is bounded, so the scan is linear in the text.
 */
import { hasHan } from '../text/han.js';
import type { FieldCandidate } from '../types.js';
import type { Extractor, SourceInfo } from './extractor.js';
import { currentOwner, dedent, updateBlocks, type OwnerState } from './genericOwners.js';
import { fieldAt, type Found } from './genericShapes.js';
import { lexLine, tokenAt, type LexState, type LexToken, type LexedLine } from './lexer.js';

const HASH_CODE_EXT = /\.(c|h|cc|cpp|hpp|cs|fs|swift|m|mm|rs)$/i;
const QUOTE_COMMENT_EXT = /\.(vb|vbs|bas|cls|frm)$/i;
/** Configuration files: a key nobody owns belongs to the software, not to a person. */
const CONFIG_EXT =
  /(\.(ya?ml|toml|ini|cfg|conf|properties|env|tf|hcl|json|jsonc|plist)|(^|\/)\.env(\.[\w-]+)?|\.env\.[\w-]+)$/i;
const RUBY_EXT = /(\.(rb|rake|gemspec)|(^|\/)(Gemfile|Rakefile))$/;
const MARKDOWN_EXT = /\.(md|markdown|mdx|rst|adoc)$/i;
/** Stylesheets hold layout (`height`, `.user-avatar`), never a person's data: not read. */
const STYLE_EXT = /\.(css|scss|sass|less|styl|stylus)$/i;
/** A single-file component's `<style>` block is a stylesheet too; its template and script are read. */
const COMPONENT_EXT = /\.(vue|svelte)$/i;
const STYLE_OPEN = /^\s*<style\b/i;
const STYLE_CLOSE = /<\/style>/i;
/** In HTML only scripts and preformatted code hold fields; the rest is prose and markup. */
const HTML_EXT = /\.(html?|xhtml)$/i;
const HTML_OPEN = /<(script|pre)\b/i;
const HTML_CLOSE = /<\/(script|pre)>/i;
/**
 * The last extractor of the registry: it reads every text (and is what the pipeline falls
 * back to when a structured extractor fails or declines). It never fails.
 */
export const genericExtractor: Extractor = {
  id: 'generic',
  handles: () => true,
  extract: (text, source) => ({ ok: true, fields: scanGeneric(text, source) }),
};

/** Candidate fields in any text. Pure; linear in the text length. */
export function scanGeneric(text: string, source?: SourceInfo): FieldCandidate[] {
  const path = pathForDialect(source);
  if (STYLE_EXT.test(path)) return [];
  const component = COMPONENT_EXT.test(path);
  let inStyle = false;
  const options = { hashComments: !HASH_CODE_EXT.test(path), quoteComments: QUOTE_COMMENT_EXT.test(path) };
  const config = CONFIG_EXT.test(path);
  const html = HTML_EXT.test(path);
  const markdown = MARKDOWN_EXT.test(path) || html;
  const fields: FieldCandidate[] = [];
  const state: LexState = { block: '' };
  const owners: OwnerState = { stack: [], section: undefined, endBlocks: RUBY_EXT.test(path) };
  let inFence = false;
  let pendingComment: string[] = [];
  // The fields found on the line being read, kept until its description is known; reused.
  const found: Found[] = [];
  let line = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (component && (inStyle || STYLE_OPEN.test(raw))) {
      inStyle = !STYLE_CLOSE.test(raw);
      pendingComment = [];
    } else if (markdown && raw.trimStart().startsWith('```')) inFence = !inFence;
    else if (html && HTML_OPEN.test(raw) && !HTML_CLOSE.test(raw)) inFence = true;
    else if (html && HTML_CLOSE.test(raw)) inFence = false;
    else if (!markdown || inFence) {
      // Markdown prose is never scanned: only fenced code is.
      const lexed = lexLine(raw, state, options);
      const before = fields.length;
      pendingComment = scanLine(raw, lexed, line, owners, pendingComment, found, fields);
      if (config) markConfig(fields, before);
    } else {
      pendingComment = [];
    }
    line++;
    pos = end + 1;
  }
  return fields;
}

/** VS Code language ids for documents whose path says nothing (`untitled:Untitled-1`). */
const LANGUAGE_EXT: Readonly<Record<string, string>> = {
  yaml: 'yaml',
  toml: 'toml',
  ini: 'ini',
  properties: 'properties',
  json: 'json',
  jsonc: 'jsonc',
  markdown: 'md',
  html: 'html',
  ruby: 'rb',
  c: 'c',
  cpp: 'cpp',
  csharp: 'cs',
  rust: 'rs',
  swift: 'swift',
  vb: 'vb',
  dotenv: 'env',
  terraform: 'tf',
  hcl: 'hcl',
};

/** The path whose extension picks the comment and block dialect, with the language id as fallback. */
function pathForDialect(source: SourceInfo | undefined): string {
  const path = source?.path ?? '';
  const base = path.slice(path.lastIndexOf('/') + 1);
  const ext = source?.languageId === undefined ? undefined : LANGUAGE_EXT[source.languageId];
  return base.includes('.') || ext === undefined ? path : `${path}.${ext}`;
}

/** In configuration files, keys are the software's settings unless a person owner says otherwise. */
function markConfig(fields: FieldCandidate[], from: number): void {
  for (let k = from; k < fields.length; k++) {
    const f = fields[k];
    if (f !== undefined && f.ownerComment === undefined) fields[k] = { ...f, ownerComment: 'configuration' };
  }
}

function scanLine(
  raw: string,
  lexed: LexedLine,
  line: number,
  owners: OwnerState,
  above: string[],
  found: Found[],
  out: FieldCandidate[],
): string[] {
  const { tokens } = lexed;
  const indent = indentOf(raw);
  if (tokens.length === 0) {
    // A comment-only line describes what follows; a blank line breaks the link. `above` is
    // this scan's own list, grown in place so a long run of comment lines stays linear.
    if (raw.trim() === '') return [];
    if (lexed.comment.trim() !== '') above.push(lexed.comment);
    return above;
  }
  dedent(owners, indent);
  const owner = currentOwner(owners);
  found.length = 0;
  for (let k = 0; k < tokens.length; k++) {
    const f = fieldAt(tokens, k, owner);
    if (f !== undefined) found.push(f);
  }
  const added = found.length;
  const decorator =
    added === 0 && (tokens[0]?.text === '@' || tokens[0]?.text === '[' || tokens[0]?.text === '#');
  // Descriptions: comments, Chinese strings (`@ApiModelProperty("家庭住址")`), `COMMENT '…'`.
  const descriptive = added > 0 || decorator ? describe(tokens, lexed.comment) : '';
  if (added > 0) {
    // A trailing comment on a line of several fields cannot be said to describe any one of them.
    const comment = (added === 1 ? [descriptive, ...above] : above).filter((s) => s.trim() !== '').join(' ');
    // Written as each candidate is made: adding it to a made candidate cost a copy of it and a
    // runtime store per declaration (issue 9, scan speed).
    for (const f of found) out.push(candidate(f, line, comment === '' ? undefined : comment));
  }
  updateBlocks(tokens, indent, owners);
  // A decorator line describes the next field.
  if (!decorator) return [];
  above.push(descriptive);
  return above;
}

/**
 * `raw.length - raw.trimStart().length` without copying the line when its indentation is spaces
 * and tabs followed by a printable ASCII character, as nearly every line's is.
 */
function indentOf(raw: string): number {
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (c > 32 && c < 127) return i;
    else break;
  }
  return i === raw.length ? i : raw.length - raw.trimStart().length;
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
    const prev = tokenAt(tokens, k - 1)?.text.toLowerCase() ?? '';
    const key = prev === ':' || prev === '=' ? (tokenAt(tokens, k - 2)?.text.toLowerCase() ?? '') : '';
    const described =
      prev === 'comment' || DESCRIPTIVE_KEYS.has(key) || (key === '' && prev !== '' && hasHan(t.text));
    if (described && (hasHan(t.text) || prev === 'comment')) text += ' ' + t.text;
  }
  return text.trim();
}

/** The candidate of a field found on a line; `comment` describes it when it is a declaration. */
function candidate(found: Found, line: number, comment: string | undefined): FieldCandidate {
  const t = found.token;
  const f: { -readonly [K in keyof FieldCandidate]: FieldCandidate[K] } = {
    name: t.text,
    range: { start: { line, character: t.start }, end: { line, character: t.start + t.text.length } },
    role: found.role,
  };
  if (found.owner !== undefined) f.owner = found.owner;
  if (found.type !== undefined) f.declaredType = found.type;
  if (comment !== undefined && found.role === 'declaration') f.comment = comment;
  return f;
}
