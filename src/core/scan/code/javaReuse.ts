import type { FieldDraft } from '../kit/index.js';
import type { JavaTokens } from './javaTokens.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

/**
 * What the fast Java reader found in one top-level statement or class-body member, kept so the
 * next read of the same document after an edit can take it over instead of reading it again
 * (the editor's re-scan; Lezer's incremental parse did the same for the reference). A construct
 * is read alike wherever its tokens are the same and it sits in the same enclosing types.
 */
export interface JavaRecord {
  /** The enclosing types and body kind the construct was read in. */
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly emitted: readonly FieldDraft[];
  readonly pending: readonly PendingDeclaration[];
}

/** Finds the records of the previous read that still hold after an edit. */
export class JavaReuse {
  private readonly byFrom = new Map<number, JavaRecord>();
  /** The edit: text before `prefix` and from `newSuffix` (old: `oldSuffix`) on is unchanged. */
  private readonly prefix: number;
  private readonly oldSuffix: number;
  private readonly newSuffix: number;

  constructor(previousText: string, previous: readonly JavaRecord[], text: string) {
    for (const r of previous) this.byFrom.set(r.from, r);
    const max = Math.min(previousText.length, text.length);
    let a = 0;
    while (a < max && previousText.charCodeAt(a) === text.charCodeAt(a)) a++;
    let b = 0;
    while (
      b < max - a &&
      previousText.charCodeAt(previousText.length - 1 - b) === text.charCodeAt(text.length - 1 - b)
    )
      b++;
    this.prefix = a;
    this.oldSuffix = previousText.length - b;
    this.newSuffix = text.length - b;
  }

  /**
   * The record for a construct of `key` whose first token is `start`: one wholly before the
   * edit, with two more tokens before it (the reader looks at most that far past a construct's
   * end, for an `else`), or one wholly after it, where the text from its start on is the same.
   * The token index after the construct comes with it, and the record moved to the new offsets.
   */
  find(t: JavaTokens, start: number, key: string): { record: JavaRecord; next: number } | undefined {
    const at = t.from[start] ?? 0;
    if (at >= this.newSuffix) {
      const delta = this.newSuffix - this.oldSuffix;
      const old = this.byFrom.get(at - delta);
      if (old === undefined || old.key !== key || old.from < this.oldSuffix) return undefined;
      const next = tokenAfter(t, old.to + delta, start);
      return next === undefined ? undefined : { record: moved(old, delta), next };
    }
    const old = this.byFrom.get(at);
    if (old === undefined || old.key !== key || old.to > this.prefix) return undefined;
    const next = tokenAfter(t, old.to, start);
    if (next === undefined || (t.to[next + 1] ?? Infinity) >= this.prefix) return undefined;
    return { record: old, next };
  }
}

/** The index of the token after the one ending at `end` (searched from `start`). */
function tokenAfter(t: JavaTokens, end: number, start: number): number | undefined {
  let lo = start;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.to[mid] ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  return t.to[lo] === end ? lo + 1 : undefined;
}

function moved(r: JavaRecord, delta: number): JavaRecord {
  return {
    key: r.key,
    from: r.from + delta,
    to: r.to + delta,
    emitted: r.emitted.map((d) => ({ ...d, from: d.from + delta })),
    pending: r.pending.map((d) => ({
      draft: { ...d.draft, from: d.draft.from + delta },
      span: movedSpan(d.span, delta),
      extras: movedExtras(d.extras, delta),
    })),
  };
}

function movedSpan(span: PendingDeclaration['span'], delta: number): PendingDeclaration['span'] {
  const moved = { ...span, from: span.from + delta, to: span.to + delta };
  return span.docAt === undefined ? moved : { ...moved, docAt: span.docAt + delta };
}

function movedExtras(extras: PendingDeclaration['extras'], delta: number): PendingDeclaration['extras'] {
  const aliases = extras?.aliases;
  if (extras === undefined || aliases === undefined || aliases.length === 0) return extras;
  return { ...extras, aliases: aliases.map((a) => ({ name: a.name, from: a.from + delta })) };
}
