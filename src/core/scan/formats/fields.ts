import type { FieldCandidate, FieldRole } from '../../types.js';
import type { ExtractResult } from '../extractor.js';
import type { LineIndex } from '../../text/lines.js';
import { messageOf } from '../../errors.js';

/** Optional context an extractor knows about a declared field. */
export interface FieldContext {
  readonly owner?: string | undefined;
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
  readonly ownerComment?: string | undefined;
  /** Defaults to `declaration`; `usage` for a field merely referenced (a GraphQL selection). */
  readonly role?: FieldRole;
}

/**
 * Builds a candidate (a declaration unless told otherwise) for the name at `[start, start + length)`. Empty context
 * values are left out rather than set to `undefined` (exactOptionalPropertyTypes), so
 * consumers can test presence with `in`.
 */
export function declaredField(
  lines: LineIndex,
  name: string,
  start: number,
  length: number,
  context: FieldContext = {},
): FieldCandidate {
  const owner = clean(context.owner);
  const declaredType = clean(context.declaredType);
  const comment = clean(context.comment);
  const ownerComment = clean(context.ownerComment);
  return {
    name,
    range: lines.rangeAt(start, length),
    role: context.role ?? 'declaration',
    ...(owner === undefined ? {} : { owner }),
    ...(declaredType === undefined ? {} : { declaredType }),
    ...(comment === undefined ? {} : { comment }),
    ...(ownerComment === undefined ? {} : { ownerComment }),
  };
}

/** Collapses runs of whitespace; returns undefined for nothing worth reporting. */
export function clean(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

/** Joins the non-empty parts of an attached description (title, description…). */
export function joinComments(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.map(clean).filter((part): part is string => part !== undefined);
  return kept.length === 0 ? undefined : kept.join(' — ');
}

/**
 * Runs an extractor body so that nothing escapes as an exception: the contract is that a
 * failure is data (`ok: false`) and the pipeline falls back to the generic scanner.
 */
export function guarded(body: () => ExtractResult): ExtractResult {
  try {
    return body();
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/** The lower-cased extension of a path without the dot (`schema.prisma` → `prisma`). */
export function extensionOf(path: string): string {
  const base = baseNameOf(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The file name of a path or URI path, without folders. */
export function baseNameOf(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/** The file name without its last extension (`users.csv` → `users`). */
export function stemOf(path: string): string {
  const base = baseNameOf(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}
