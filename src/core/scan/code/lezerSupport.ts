/**
 * Syntax-node and name helpers for the code extractors. The walk itself (parse, comments,
 * dispatch, attachment) is lezerExtractor.ts; candidates and comments come from the kit
 * (`../kit/`).
 */

/**
 * What these helpers read of a syntax node: Lezer's `SyntaxNode` satisfies it, and so does the
 * fast TypeScript reader's node over its own buffer (tsBufferTree.ts), which builds no `Tree`.
 */
export interface NodeLike<N extends NodeLike<N>> {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly parent: N | null;
  readonly firstChild: N | null;
  readonly lastChild: N | null;
  readonly nextSibling: N | null;
  readonly prevSibling: N | null;
}

/** The text of a node. */
export function textOf(text: string, node: { readonly from: number; readonly to: number }): string {
  return text.slice(node.from, node.to);
}

/** The first direct child with one of the given node names. */
export function childNamed<N extends NodeLike<N>>(node: N, ...names: string[]): N | null {
  for (let c = node.firstChild; c; c = c.nextSibling) if (names.includes(c.name)) return c;
  return null;
}

/** The closest ancestor (not the node itself) with one of the given names. */
export function ancestorNamed<N extends NodeLike<N>>(node: N, ...names: string[]): N | null {
  for (let p = node.parent; p; p = p.parent) if (names.includes(p.name)) return p;
  return null;
}

/**
 * The content of a string literal and its offset: quotes and string prefixes (`r`, `u`, `f`,
 * `b`) removed, escapes left as written so offsets stay exact. Undefined for non-strings.
 */
export function stringContent(
  text: string,
  node: { readonly from: number; readonly to: number },
): { value: string; from: number } | undefined {
  return stringContentAt(text, node.from, node.to);
}

/** `stringContent` for the literal spanning `[from, to)` (token readers have no nodes). */
export function stringContentAt(
  text: string,
  from: number,
  to: number,
): { value: string; from: number } | undefined {
  const raw = text.slice(from, to);
  const m = /^([rubfRUBF]{0,2})("""|'''|"|'|`)/.exec(raw);
  if (!m?.[2]) return undefined;
  const open = (m[1]?.length ?? 0) + m[2].length;
  const close = raw.endsWith(m[2]) && raw.length >= open + m[2].length ? m[2].length : 0;
  return { value: raw.slice(open, raw.length - close), from: from + open };
}

/**
 * True when two identifiers differ once case, `_` and `-` are ignored: a column alias
 * (`sfzh` for `idCard`) is reported as its own candidate only when it says something new.
 */
export function differentName(a: string, b: string): boolean {
  if (a === b) return false;
  const same = sameAsciiName(a, b);
  return same === undefined ? normalizedName(a) !== normalizedName(b) : !same;
}

/**
 * `normalizedName(a) === normalizedName(b)` compared in place for ASCII names, the usual ones
 * (every alias of every declaration is compared, and two strings each were made for it: issue 8);
 * undefined when a character beyond ASCII is met, whose case and spacing the full rule decides.
 */
function sameAsciiName(a: string, b: string): boolean | undefined {
  let i = 0;
  let j = 0;
  for (;;) {
    for (; i < a.length; i++) {
      const c = a.charCodeAt(i);
      if (c > 127) return undefined;
      if (!ignoredInName(c)) break;
    }
    for (; j < b.length; j++) {
      const c = b.charCodeAt(j);
      if (c > 127) return undefined;
      if (!ignoredInName(c)) break;
    }
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (asciiLower(a.charCodeAt(i)) !== asciiLower(b.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

/** `_`, `-` and ASCII whitespace (`\s` below 128). */
function ignoredInName(c: number): boolean {
  return c === 95 || c === 45 || c === 32 || (c >= 9 && c <= 13);
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function normalizedName(s: string): string {
  return s.toLowerCase().replace(/[_\-\s]/g, '');
}

/** The simple name of a qualified type (`com.x.User` → `User`, `Outer$Inner` → `Inner`). */
export function simpleName(qualified: string): string {
  const parts = qualified.split(/[.$]/);
  return parts[parts.length - 1] ?? qualified;
}
