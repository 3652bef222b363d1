import type { SyntaxNode, Tree } from '@lezer/common';
import type { FieldCandidate, FieldRole } from '../../types.js';
import type { LineIndex } from '../../text/lines.js';
import type { ExtractResult } from '../extractor.js';
import type { CommentSpan } from './comments.js';

/**
 * Helpers shared by the Lezer-based extractors (TypeScript/JavaScript, Python, Java, Go,
 * MyBatis XML). Lezer parsers are pure JavaScript, synchronous, error-tolerant and give exact
 * offsets, so every language goes through the same walk: parse, collect comments, visit
 * declarations, report candidates.
 */

/** The text of a node. */
export function textOf(text: string, node: SyntaxNode): string {
  return text.slice(node.from, node.to);
}

/** The direct children of a node, in order. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The first direct child with one of the given node names. */
export function childNamed(node: SyntaxNode, ...names: string[]): SyntaxNode | null {
  for (let c = node.firstChild; c; c = c.nextSibling) if (names.includes(c.name)) return c;
  return null;
}

/** The closest ancestor (not the node itself) with one of the given names. */
export function ancestorNamed(node: SyntaxNode, ...names: string[]): SyntaxNode | null {
  for (let p = node.parent; p; p = p.parent) if (names.includes(p.name)) return p;
  return null;
}

/**
 * The content of a string literal and its offset: quotes and string prefixes (`r`, `u`, `f`,
 * `b`) removed, escapes left as written so offsets stay exact. Undefined for non-strings.
 */
export function stringContent(text: string, node: SyntaxNode): { value: string; from: number } | undefined {
  const raw = textOf(text, node);
  const m = /^([rubfRUBF]{0,2})("""|'''|"|'|`)/.exec(raw);
  if (!m?.[2]) return undefined;
  const open = (m[1]?.length ?? 0) + m[2].length;
  const close = raw.endsWith(m[2]) && raw.length >= open + m[2].length ? m[2].length : 0;
  return { value: raw.slice(open, raw.length - close), from: node.from + open };
}

/** Every comment node of a tree, sorted by position. */
export function collectComments(tree: Tree, names: readonly string[]): CommentSpan[] {
  const out: CommentSpan[] = [];
  tree.iterate({
    enter(node) {
      if (names.includes(node.name)) {
        out.push({ from: node.from, to: node.to });
        return false;
      }
      return undefined;
    },
  });
  return out;
}

/** Counts error nodes; a parse that found nothing and has errors is reported as a failure. */
export function firstError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at !== undefined) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  return at;
}

/** What a visitor knows about a field; undefined properties are dropped on output. */
export interface FieldDraft {
  readonly name: string;
  readonly from: number;
  readonly role?: FieldRole;
  readonly owner?: string | undefined;
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
}

/** Builds a candidate from a draft, omitting absent optional properties. */
export function candidate(lines: LineIndex, d: FieldDraft): FieldCandidate {
  let type = d.declaredType;
  if (type !== undefined && /\s\s|[\t\r\n]/.test(type)) type = type.replace(/\s+/g, ' ').trim();
  const c: Mutable<FieldCandidate> = {
    name: d.name,
    range: lines.rangeAt(d.from, d.name.length),
    role: d.role ?? 'declaration',
  };
  if (d.owner) c.owner = d.owner;
  if (type) c.declaredType = type;
  if (d.comment) c.comment = d.comment;
  return c;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Wraps a tree walk: parser exceptions and a tree that is both erroneous and empty become
 * `{ ok: false }` with the position of the first syntax error.
 */
export function runExtraction(
  lines: LineIndex,
  parse: () => Tree,
  walk: (tree: Tree) => FieldCandidate[],
): ExtractResult {
  try {
    const tree = parse();
    const fields = walk(tree);
    if (fields.length === 0) {
      const err = firstError(tree);
      if (err !== undefined) {
        const p = lines.positionAt(err);
        return { ok: false, error: `syntax error at ${p.line + 1}:${p.character + 1}` };
      }
    }
    return { ok: true, fields };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * True when two identifiers differ once case, `_` and `-` are ignored: a column alias
 * (`sfzh` for `idCard`) is reported as its own candidate only when it says something new.
 */
export function differentName(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[_\-\s]/g, '');
  return norm(a) !== norm(b);
}

/** The simple name of a qualified type (`com.x.User` → `User`, `Outer$Inner` → `Inner`). */
export function simpleName(qualified: string): string {
  const parts = qualified.split(/[.$]/);
  return parts[parts.length - 1] ?? qualified;
}

/** Whether an extension or language id matches a source. */
export function matchesSource(
  source: { readonly path: string; readonly languageId?: string },
  extensions: readonly string[],
  languageIds: readonly string[],
): boolean {
  if (source.languageId && languageIds.includes(source.languageId)) return true;
  const lower = source.path.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

/** Sorted by position so every host sees fields in reading order. */
export function sortFields(fields: FieldCandidate[]): FieldCandidate[] {
  return fields.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
