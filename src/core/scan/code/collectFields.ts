import type { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import {
  attachedComments,
  candidate,
  joinDescriptionsAfter,
  sortFields,
  type CommentSpan,
  type FieldDraft,
} from '../kit/index.js';
import { docCommentBefore, docTagsOf } from './docTags.js';
import { FlatDeclaration } from './flatDeclaration.js';
import { differentName } from './lezerSupport.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

const NO_DESCRIPTIONS: readonly never[] = [];

/**
 * The candidates of a walk in reading order: what was emitted as it is, and each declaration
 * with its attached comment, descriptions and aliases, now that every comment is known. Shared
 * by the Lezer walk (lezerExtractor.ts) and the token readers that stand in for a Lezer parse
 * (Java, Go, Python, TypeScript's buffer walk).
 */
export function collectFields(
  text: string,
  lines: LineIndex,
  comments: readonly CommentSpan[],
  emitted: readonly FieldDraft[],
  pending: readonly PendingDeclaration[],
): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  for (const draft of emitted) out.push(candidate(lines, draft));
  for (const d of pending) {
    if (d instanceof FlatDeclaration) declareFlat(text, comments, lines, d, out);
    else declareNow(text, comments, lines, d, out);
  }
  return sortFields(out);
}

function declareNow(
  text: string,
  comments: readonly CommentSpan[],
  lines: LineIndex,
  { draft, span, extras }: PendingDeclaration,
  out: FieldCandidate[],
): void {
  const attached = attachedComments(text, comments, span.from, span.to, span.nameEnd);
  const descriptions = extras?.descriptions ?? NO_DESCRIPTIONS;
  const comment = joinDescriptionsAfter(
    attached,
    withDocTag(text, comments, draft.name, span.docAt, descriptions),
  );
  out.push(candidate(lines, draft, comment));
  const aliases = extras?.aliases;
  if (aliases !== undefined && aliases.length > 0) pushAliases(lines, draft, aliases, comment, out);
}

/**
 * `declareNow` for a token reader's flat declaration, read from its own properties: its
 * `draft`, `span` and `extras` getters would make three objects per declaration, which is
 * most of what collecting a Java or Go file allocates (issue 8). A FlatDeclaration is a draft.
 */
function declareFlat(
  text: string,
  comments: readonly CommentSpan[],
  lines: LineIndex,
  d: FlatDeclaration,
  out: FieldCandidate[],
): void {
  const attached = attachedComments(text, comments, d.spanFrom, d.spanTo, d.nameEnd);
  const comment = joinDescriptionsAfter(
    attached,
    withDocTag(text, comments, d.name, d.docAt, d.descriptions),
  );
  out.push(candidate(lines, d, comment));
  const aliases = d.aliases;
  if (aliases !== undefined && aliases.length > 0) pushAliases(lines, d, aliases, comment, out);
}

/**
 * The descriptions of a declaration, and after them the `@param` tag of its name in the doc
 * comment of the type at `docAt` (a Java record's component): read here, with the comments,
 * so a declaration taken over from an earlier read sees the doc comment as it is now.
 */
function withDocTag(
  text: string,
  comments: readonly CommentSpan[],
  name: string,
  docAt: number | undefined,
  descriptions: readonly (string | undefined)[],
): readonly (string | undefined)[] {
  if (docAt === undefined) return descriptions;
  const doc = docCommentBefore(text, comments, docAt);
  const tag = doc === undefined ? undefined : docTagsOf(doc)?.get(name);
  return tag === undefined ? descriptions : [...descriptions, tag];
}

/**
 * A candidate for each alias that names the field differently from its name and earlier
 * aliases. Most aliases repeat the name (`json:"realName"` on `RealName`): the list of names
 * seen is made only once one does not.
 */
function pushAliases(
  lines: LineIndex,
  draft: FieldDraft,
  aliases: readonly { readonly name: string; readonly from: number }[],
  comment: string | undefined,
  out: FieldCandidate[],
): void {
  let seen: string[] | undefined;
  for (const alias of aliases) {
    const name = alias.name;
    if (!name || !differentName(draft.name, name)) continue;
    if (seen !== undefined && seenAlready(seen, name)) continue;
    (seen ??= []).push(name);
    const base = draft instanceof FlatDeclaration ? draft.draft : draft;
    out.push(candidate(lines, { ...base, name, from: alias.from }, comment));
  }
}

function seenAlready(seen: readonly string[], name: string): boolean {
  for (const s of seen) if (!differentName(s, name)) return true;
  return false;
}
