import { commentWords, type CommentSpan } from '../kit/index.js';
import type { TokenReader } from './cfamilyDecls.js';

/**
 * What a type's doc comment says about the properties its header declares: KDoc's
 * `@property name text` and `@param name text` (Kotlin's convention for a data class's
 * constructor properties, which carry no comment of their own), by property name.
 */
export function docTagsOf(words: string): ReadonlyMap<string, string> | undefined {
  let tags: Map<string, string> | undefined;
  // A tag starts a word; `{@link X}` inside a description does not end it.
  for (const m of words.matchAll(
    /(?<=^|\s)@(?:property|param)\s+([\p{L}_$][\p{L}\p{N}_$]*)\s+((?:[^@]|(?<=\{)@)*)/gu,
  )) {
    const name = m[1];
    const text = m[2]?.trim().replace(/^-\s*/, '');
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
  return commentWords(r.text, comment);
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
