import { FlatDeclaration } from './flatDeclaration.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';
import { parseTag } from './goTags.js';

/**
 * One Go struct field declaration as both Go readers see it (go.ts walks Lezer's tree,
 * goReader.ts reads tokens): its names, its type and its tag, as spans of the text. The
 * candidates are made here, once, so the two readers cannot drift apart.
 */
export interface GoFieldParts {
  /** The field names (`A, B int`), at least one. */
  readonly names: readonly { readonly from: number; readonly to: number }[];
  /** The declared type's span; `struct` for an anonymous struct, whose fields are reported on their own. */
  readonly type: { readonly from: number; readonly to: number; readonly struct: boolean } | undefined;
  /** The tag string literal, quotes included. */
  readonly tag: { readonly from: number; readonly to: number } | undefined;
  /** The whole declaration, for comment attachment. */
  readonly from: number;
  readonly to: number;
  /** The struct's type name, or the enclosing field's name for an anonymous nested struct. */
  readonly owner: string | undefined;
}

/** The body of an anonymous struct inside a type (`[]struct {`, `map[string]struct {`). */
const STRUCT_BODY = /\bstruct\s*\{/;

/**
 * A type as written, up to an anonymous struct's body: `[]struct { Name string `json:"name"` … }`
 * is `[]struct`, as a bare `struct {…}` is `struct`. The body's fields are reported on their own
 * (owned by this field); their names and tags are no part of this field's type.
 */
function typeAsWritten(written: string): string {
  if (!written.includes('{')) return written;
  const body = STRUCT_BODY.exec(written);
  return body === null ? written : `${written.slice(0, body.index)}struct`;
}

/** Shared by the declarations whose tag names nothing (most of them), rather than one each. */
const NO_ALIASES: readonly never[] = [];

/** The declarations of one field declaration, one per name, with the tag's aliases and descriptions. */
export function goFieldDeclarations(text: string, parts: GoFieldParts, out: PendingDeclaration[]): void {
  const { names, tag, type, owner } = parts;
  const tagText = tag ? text.slice(tag.from, tag.to) : '';
  // Offsets inside a tag are exact only for raw (backquoted) strings, which have no escapes.
  const raw = tagText.startsWith('`');
  const info = parseTag(tagText.slice(1, -1));
  const declaredType = type
    ? type.struct
      ? 'struct'
      : typeAsWritten(text.slice(type.from, type.to))
    : undefined;
  // A tag names one field: its aliases apply only when the declaration has a single name.
  const aliases =
    names.length === 1 && raw && tag && info.aliases.length > 0
      ? info.aliases.map((a) => ({ name: a.value, from: tag.from + 1 + a.offset }))
      : NO_ALIASES;
  const nameEnd = names[0]?.to;
  for (const n of names) {
    const name = text.slice(n.from, n.to);
    out.push(
      new FlatDeclaration(
        name,
        n.from,
        owner,
        declaredType,
        parts.from,
        parts.to,
        nameEnd,
        info.descriptions,
        aliases,
      ),
    );
  }
}
