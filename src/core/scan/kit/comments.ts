/**
 * Attaching comments to declarations, for every extractor. Parsers and tokenizers say where
 * comments are; which comment describes which field is a layout question (a comment on the
 * lines just above, one trailing on the same line), answered here once.
 */
/** A comment's span in the text, as the parser or tokenizer found it. */
export interface CommentSpan {
  readonly from: number;
  readonly to: number;
  /** Its words with the markers stripped, when the tokenizer already has them. */
  readonly words?: string;
}

/**
 * Strips comment markers (`//`, `///`, `#`, `--`, `/** … *\/`, `<!-- -->`, leading `*`), XML
 * doc tags (`<summary>`) and doc comments' block tags (`@see`, `@author`, `@since`: see
 * `proseLines`), and collapses whitespace, keeping the words a reader would see.
 */
export function cleanComment(raw: string): string {
  return cleanLines(raw, true);
}

/**
 * `cleanComment` keeping block tags: a type's doc comment, whose `@param` and `@property`
 * tags describe the properties it declares (docTags.ts).
 */
export function cleanDocComment(raw: string): string {
  return cleanLines(raw, false);
}

function cleanLines(raw: string, prose: boolean): string {
  let s = raw.trim();
  // Most comments are one `//` or `#` line of plain words: skip the multi-line and tag passes.
  if (!/[\r\n<*@]/.test(s) && /^(\/\/|#)/.test(s)) {
    return s
      .replace(/^(\/\/+!?|#+)/, '')
      .replace(/^\s*(\/\/\/?|#)?\s?/, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (s.startsWith('<!--')) s = s.slice(4).replace(/-->$/, '');
  else if (s.startsWith('/*')) s = s.replace(/^\/\*+!?/, '').replace(/\*+\/$/, '');
  else s = s.replace(/^(\/\/+!?|#+|--)/, '');
  const lines = s.split(/\r\n?|\n/).map((line) => line.replace(/^\s*(\*(?!\/)|\/\/\/?|#)?\s?/, ''));
  return (prose && s.includes('@') ? proseLines(lines) : lines)
    .join(' ')
    .replace(/<\/?(summary|remarks|para|value|returns|c|see|description)\b[^>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Tags that carry the description itself (JSDoc `@description`, the `@Description:` of many
 * Chinese class headers): their text is kept, the tag dropped.
 */
const DESCRIBING_TAGS = /^@(?:description|desc|summary|remarks)\b:?\s*/i;
/** Block tags that end a one-line doc comment's prose where they stand (`/** 姓名 @see X *\/`). */
const INLINE_BLOCK_TAG = /\s@(?:see|since|author|deprecated|version|mbggenerated|mbg\.generated|date)\b.*$/;
/** Inline tags (`{@link Type label}`, `{@code x}`): their label or text stays in the prose. */
const INLINE_TAG = /\{@(link|linkplain|code|literal|value)\s+([^}\s]*)\s*([^}]*)\}/g;

/**
 * Inline doc tags as the text they stand for: a link's label, else its target (`{@link
 * #phone 手机号}` → `手机号`, `{@link UserType}` → `UserType`); code and literals as written.
 */
export function inlineTagsAsText(text: string): string {
  if (!text.includes('{@')) return text;
  return text.replace(INLINE_TAG, (_, tag: string, target: string, rest: string) =>
    tag.startsWith('link') ? rest.trim() || target : `${target} ${rest}`.trim(),
  );
}

/**
 * A doc comment's prose, without its block tags: from the first line that starts with `@tag`
 * on, the text belongs to the tags (Javadoc's rule; KDoc and JSDoc follow it), which say who
 * wrote it, since when, where else to look or which generator made it (`@mbggenerated`), not
 * what the field holds. A describing tag's text is kept; an inline tag keeps its label.
 */
function proseLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let describing = true;
  for (const line of lines) {
    if (line.startsWith('@')) {
      const described = DESCRIBING_TAGS.exec(line);
      describing = described !== null;
      if (described !== null) out.push(line.slice(described[0].length));
      continue;
    }
    if (describing) out.push(line.replace(INLINE_BLOCK_TAG, ''));
  }
  return out.map(inlineTagsAsText);
}

/** A comment's words: the tokenizer's when it kept them, else its cleaned source. */
export function commentWords(text: string, comment: CommentSpan): string {
  if (comment.words !== undefined) return comment.words;
  const raw = text.slice(comment.from, comment.to);
  let words = cleaned.get(raw);
  if (words === undefined) {
    if (cleaned.size >= CLEANED_BOUND) cleaned.clear();
    words = cleanComment(raw);
    cleaned.set(raw, words);
  }
  return words;
}

/**
 * Comments cleaned, by their source: a document scanned again after an edit has the same
 * comments, and a file repeats its short ones (`// 姓名`). Emptied past its bound, so memory
 * stays flat however many files are read.
 */
const cleaned = new Map<string, string>();
const CLEANED_BOUND = 10_000;

/**
 * The one description joiner: every extractor joins the parts of a field's description
 * (comment lines, a schema's title and description, an annotation's text) with it, so the
 * same comment reads the same in a Java class and a SQL table. Blank parts and parts an
 * earlier part already contains are dropped; `; ` keeps the parts apart for the reader.
 */
export function joinDescriptions(parts: readonly (string | undefined)[]): string | undefined {
  return joinDescriptionsAfter(undefined, parts);
}

/**
 * `joinDescriptions([first, ...parts])` without the spread: a declaration's attached comment
 * and its descriptions are joined once per declaration. No array is made until a second part is
 * kept, and none at all for the usual one part (issue 8).
 */
export function joinDescriptionsAfter(
  first: string | undefined,
  parts: readonly (string | undefined)[],
): string | undefined {
  let only: string | undefined;
  let kept: string[] | undefined;
  for (let i = -1; i < parts.length; i++) {
    const t = (i < 0 ? first : parts[i])?.trim();
    if (!t) continue;
    if (only === undefined) only = t;
    else if (kept === undefined) {
      if (!only.includes(t)) kept = [only, t];
    } else if (!containsPart(kept, t)) kept.push(t);
  }
  return kept === undefined ? only : kept.join('; ');
}

function containsPart(kept: readonly string[], part: string): boolean {
  for (const s of kept) if (s.includes(part)) return true;
  return false;
}

/**
 * The comments attached to a declaration spanning `[from, to)` in `text`, joined: its leading
 * and trailing comments (below). With `nameEnd`, a comment ending the name's line of a
 * multi-line declaration (`address: { // 地址`) counts too.
 *
 * `comments` must be sorted by `from`. Runs once per declaration: the comments are found as
 * index ranges of `comments` (leading and trailing ones are each a run of neighbours), so one
 * comment, the usual case, is found and returned without an array (issue 8).
 */
export function attachedComments(
  text: string,
  comments: readonly CommentSpan[],
  from: number,
  to: number,
  nameEnd?: number,
): string | undefined {
  if (comments.length === 0) return undefined;
  const leadEnd = endingBy(comments, from);
  const leadStart = leadingStart(text, comments, from, leadEnd);
  const trailStart = endingBy(comments, to);
  const trailEnd = trailingEnd(text, comments, to, trailStart);
  const onNameLine = nameLineComment(text, comments, to, nameEnd);
  const count = leadEnd - leadStart + (trailEnd - trailStart) + (onNameLine === undefined ? 0 : 1);
  if (count === 0) return undefined;
  if (count > 1) return joinDescriptions(attachedCommentWords(text, comments, from, to, nameEnd));
  // One comment needs no joining: `joinDescriptions` of one part is it, trimmed.
  const one =
    leadEnd > leadStart ? comments[leadStart] : trailEnd > trailStart ? comments[trailStart] : onNameLine;
  const only = one === undefined ? undefined : commentWords(text, one).trim();
  return only ? only : undefined;
}

/** The words of each comment `attachedComments` joins, in text order (for a format that adds parts). */
export function attachedCommentWords(
  text: string,
  comments: readonly CommentSpan[],
  from: number,
  to: number,
  nameEnd?: number,
): string[] {
  if (comments.length === 0) return [];
  const parts: string[] = [];
  for (const c of leadingComments(text, comments, from)) parts.push(commentWords(text, c));
  for (const c of trailingComments(text, comments, to)) parts.push(commentWords(text, c));
  const onNameLine = nameLineComment(text, comments, to, nameEnd);
  if (onNameLine !== undefined) parts.push(commentWords(text, onNameLine));
  return parts;
}

/** The comment ending the name's line of a multi-line declaration, when `nameEnd` asks for one. */
function nameLineComment(
  text: string,
  comments: readonly CommentSpan[],
  to: number,
  nameEnd: number | undefined,
): CommentSpan | undefined {
  if (nameEnd === undefined || nameEnd >= to) return undefined;
  const onNameLine = comments[endingBy(comments, nameEnd)];
  return onNameLine &&
    onNameLine.to <= to &&
    !/[\r\n]/.test(text.slice(nameEnd, onNameLine.from)) &&
    /^[\t ]*(\r|\n|$)/.test(text.slice(onNameLine.to, onNameLine.to + 2))
    ? onNameLine
    : undefined;
}

/**
 * The comments leading a declaration that starts at `from`, in text order: the block of
 * comment lines directly above it (no blank line between) and one before it on its own line
 * (`/* pk *\/ id int`). A comment line is one where only comments stand before the
 * declaration's text; a comment after code on its line trails that code and never leads.
 */
export function leadingComments(text: string, comments: readonly CommentSpan[], from: number): CommentSpan[] {
  const end = endingBy(comments, from);
  return comments.slice(leadingStart(text, comments, from, end), end);
}

/**
 * Where the comments leading `from` start in `comments` (they run up to `end`, the count of
 * comments ending by `from`): walks up line by line from the nearest.
 */
function leadingStart(text: string, comments: readonly CommentSpan[], from: number, end: number): number {
  let start = end;
  let i = end - 1;
  let edge = from;
  while (i >= 0) {
    const nearest = comments[i];
    if (!nearest || !isBlankGap(text, nearest.to, edge, 1)) break;
    // The comments sharing this line lead only if the first of them starts the line.
    let first = i;
    for (let c = comments[first]; c && !startsLine(text, c.from); c = comments[first]) {
      const before = comments[first - 1];
      if (!before || !isBlankGap(text, before.to, c.from, 0)) return start;
      first--;
    }
    start = first;
    edge = comments[first]?.from ?? edge;
    i = first - 1;
  }
  return start;
}

/**
 * The comments trailing a declaration that ends at `to`: those that follow it on its line with
 * only `,`, `;` and blanks before the first (`name varchar(20), -- 姓名`).
 */
export function trailingComments(text: string, comments: readonly CommentSpan[], to: number): CommentSpan[] {
  const start = endingBy(comments, to);
  return comments.slice(start, trailingEnd(text, comments, to, start));
}

/** Where the comments trailing `to` end in `comments`, given where they would start. */
function trailingEnd(text: string, comments: readonly CommentSpan[], to: number, start: number): number {
  let edge = to;
  let i = start;
  for (; i < comments.length; i++) {
    const c = comments[i];
    if (!c || c.from < edge || !onlyBlanks(text, edge, c.from, i === start)) break;
    edge = c.to;
  }
  return i;
}

/** `[from, to)` holds only spaces and tabs, and `,` and `;` too when `separators`. */
function onlyBlanks(text: string, from: number, to: number, separators: boolean): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || (separators && (c === 44 || c === 59))) continue;
    return false;
  }
  return true;
}

/** Comments starting in `[from, upTo)`. */
export function commentsWithin(comments: readonly CommentSpan[], from: number, upTo: number): CommentSpan[] {
  const found: CommentSpan[] = [];
  for (let i = startingBefore(comments, from); i < comments.length; i++) {
    const comment = comments[i];
    if (comment === undefined || comment.from >= upTo) break;
    found.push(comment);
  }
  return found;
}

/** The words of comments, joined as one description. */
export function describeComments(text: string, comments: readonly CommentSpan[]): string | undefined {
  return joinDescriptions(comments.map((c) => commentWords(text, c)));
}

/**
 * How many comments end at or before `offset`: a binary search (comments are sorted by
 * position, so their ends are too), which keeps big files linear. Written out for each bound
 * rather than given a predicate: it runs several times for every declaration.
 */
function endingBy(comments: readonly CommentSpan[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const c = comments[mid];
    if (c !== undefined && c.to <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many comments start before `offset` (the binary search of `endingBy`, on starts). */
function startingBefore(comments: readonly CommentSpan[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const c = comments[mid];
    if (c !== undefined && c.from < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function isBlankGap(text: string, from: number, to: number, maxNewlines: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return newlines <= maxNewlines;
}

function startsLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
