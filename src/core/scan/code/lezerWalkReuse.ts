import type { ChangedRange } from '@lezer/common';
import type { CommentSpan, FieldDraft } from '../kit/index.js';

/**
 * Re-walking only what an edit touched. The walk of a Lezer tree reports, for each top-level
 * node (a class, an interface, a function, a comment), drafts, declarations and comments; a
 * handler reads only the node it is given, its descendants and its ancestors (never another
 * top-level node), and every handler's walk state is back where it was once the node is done.
 * So a top-level node that has the same type and span, shifted past the edit, and whose text
 * (with a margin for the parser's look-ahead) the edit did not touch, yields what it yielded
 * before, shifted: its record is reused and its subtree is not walked. The results still go
 * through the same comment attachment, positions and sorting, so they equal a fresh walk.
 */

/** A declaration waiting for the comments (see `LezerContext.declare`). */
export interface PendingDeclaration {
  readonly draft: FieldDraft;
  readonly span: {
    readonly from: number;
    readonly to: number;
    readonly nameEnd?: number | undefined;
    /** `DeclarationSpan.docAt` (lezerExtractor.ts). */
    readonly docAt?: number | undefined;
  };
  readonly extras:
    | {
        readonly descriptions?: readonly (string | undefined)[];
        readonly aliases?: readonly { readonly name: string; readonly from: number }[];
      }
    | undefined;
}

/** What the walk of one top-level node produced, in offsets of the text it was read from. */
export interface TopLevelRecord {
  readonly type: number;
  readonly from: number;
  readonly to: number;
  readonly emitted: readonly FieldDraft[];
  readonly declared: readonly PendingDeclaration[];
  readonly comments: readonly CommentSpan[];
}

/**
 * Characters around the edit within which a node is walked again even when it looks the same:
 * the tokenizer may have looked past a node's end when it closed it (`a` followed by `(`), and
 * a node right before or after the edit is cheap to walk.
 */
const LOOK_AHEAD_MARGIN = 64;

/** The records of the previous walk, matched in document order against the new top-level nodes. */
export class TopLevelReuse {
  readonly #records: readonly TopLevelRecord[];
  readonly #change: ChangedRange | undefined;
  #next = 0;

  /** `change` is the one edit from the text the records were read from to the new text. */
  constructor(records: readonly TopLevelRecord[], change: ChangedRange | undefined) {
    this.#records = records;
    this.#change = change;
  }

  /** The previous record for a new top-level node, shifted to the new text; undefined: walk it. */
  find(type: number, from: number, to: number): TopLevelRecord | undefined {
    const change = this.#change;
    let shift = 0;
    if (change !== undefined) {
      if (to + LOOK_AHEAD_MARGIN <= change.fromB) shift = 0;
      else if (from >= change.toB + LOOK_AHEAD_MARGIN) shift = change.toB - change.toA;
      else return undefined;
    }
    const oldFrom = from - shift;
    const records = this.#records;
    while (this.#next < records.length && (records[this.#next]?.from ?? Infinity) < oldFrom) this.#next++;
    const record = records[this.#next];
    if (record === undefined || record.from !== oldFrom || record.to !== to - shift || record.type !== type)
      return undefined;
    return shift === 0 ? record : shifted(record, shift);
  }
}

function shifted(r: TopLevelRecord, by: number): TopLevelRecord {
  return {
    type: r.type,
    from: r.from + by,
    to: r.to + by,
    emitted: r.emitted.map((d) => shiftDraft(d, by)),
    declared: r.declared.map((d) => shiftDeclaration(d, by)),
    comments: r.comments.map((c) => ({ from: c.from + by, to: c.to + by })),
  };
}

/** A draft moved `by` characters (text inserted or removed before it). */
export function shiftDraft(d: FieldDraft, by: number): FieldDraft {
  return { ...d, from: d.from + by };
}

/** A pending declaration moved `by` characters: its name, span and aliases. */
export function shiftDeclaration(
  { draft, span, extras }: PendingDeclaration,
  by: number,
): PendingDeclaration {
  return {
    draft: { ...draft, from: draft.from + by },
    span: {
      from: span.from + by,
      to: span.to + by,
      ...(span.nameEnd === undefined ? {} : { nameEnd: span.nameEnd + by }),
      ...(span.docAt === undefined ? {} : { docAt: span.docAt + by }),
    },
    extras:
      extras?.aliases === undefined || extras.aliases.length === 0
        ? extras
        : { ...extras, aliases: extras.aliases.map((a) => ({ ...a, from: a.from + by })) },
  };
}
