import { cleanDocComment, inlineTagsAsText, type CommentSpan } from '../kit/index.js';
import type { TokenReader } from './cfamilyDecls.js';

/**
 * What a type's doc comment says about the properties its header declares: KDoc's
 * `@property name text` and `@param name text` (Kotlin's convention for a data class's
 * constructor properties, which carry no comment of their own) and Javadoc's `@param name
 * text` on a record (its components), by property name.
 */
export function docTagsOf(words: string): ReadonlyMap<string, string> | undefined {
  let tags: Map<string, string> | undefined;
  // A tag starts a word; `{@link X}` inside a description does not end it.
  for (const m of words.matchAll(
    /(?<=^|\s)@(?:property|param)\s+([\p{L}_$][\p{L}\p{N}_$]*)\s+((?:[^@]|(?<=\{)@)*)/gu,
  )) {
    const name = m[1];
    const text = inlineTagsAsText(m[2]?.trim().replace(/^-\s*/, '') ?? '');
    if (name === undefined || !text) continue;
    tags ??= new Map();
    if (!tags.has(name)) tags.set(name, text);
  }
  return tags;
}

/** Tokens that end a declaration: a doc comment before one of them documents something else. */
const ENDS = new Set(['{', '}', ';', 'fun', 'val', 'var', 'class', 'interface', 'object']);

/**
 * The doc comment (`/** … *\/`) of the type declared by the keyword token at `kw`: the nearest
 * comment before it with only modifiers and annotations between (`@Entity(…) data class`).
 */
export function typeDoc(r: TokenReader, kw: number): string | undefined {
  const at = r.code[kw]?.from ?? 0;
  const comment = lastCommentBefore(r.comments, at);
  if (comment === undefined || !r.text.startsWith('/**', comment.from)) return undefined;
  for (let k = kw - 1; k >= 0; k--) {
    const t = r.code[k];
    if (!t || t.to <= comment.from) break;
    // `X::class` inside an annotation's arguments is no declaration.
    if (ENDS.has(t.text) && t.kind !== 'string' && r.code[k - 1]?.text !== '::') return undefined;
  }
  return docWords(r.text, comment);
}

/**
 * The doc comment (`/** … *\/`) of the type whose name starts at `at`, read from the text: the
 * nearest comment before it with only modifiers, the type's keyword and annotations (with
 * their arguments) between (`/** … *\/ @Schema(…) public record User(`). Java's two readers
 * resolve a record component's `@param` with it when comments are attached (collectFields.ts),
 * so a reused declaration reads the comment as it is now.
 */
export function docCommentBefore(
  text: string,
  comments: readonly CommentSpan[],
  at: number,
): string | undefined {
  const comment = lastCommentBefore(comments, at);
  if (comment === undefined || !text.startsWith('/**', comment.from)) return undefined;
  return onlyModifiers(text, comment.to, at) ? docWords(text, comment) : undefined;
}

/** A doc comment's words with its block tags, which a field's description leaves out. */
function docWords(text: string, comment: CommentSpan): string {
  return comment.words ?? cleanDocComment(text.slice(comment.from, comment.to));
}

/** `[from, to)` holds only words, `@`, `.` and bracketed annotation arguments. */
function onlyModifiers(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text[k] ?? '';
    if (c === '"' || c === "'") {
      k = stringEnd(text, k, to);
      if (depth === 0) return false;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return false;
    } else if (depth === 0 && !/[\s\p{L}\p{N}_$@.]/u.test(c)) return false;
  }
  return depth === 0;
}

/** The offset of the quote closing the literal opened at `k` (or `to`). */
function stringEnd(text: string, k: number, to: number): number {
  const quote = text[k];
  for (let j = k + 1; j < to; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === quote) return j;
  }
  return to;
}

/** The last comment ending at or before `offset` (comments are sorted). */
function lastCommentBefore(comments: readonly CommentSpan[], offset: number): CommentSpan | undefined {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((comments[mid]?.to ?? Infinity) <= offset) low = mid + 1;
    else high = mid;
  }
  return comments[low - 1];
}
