import type { TreeEntry, TreeNode } from './tree.js';
import {
  decline,
  DECLINE,
  FlowReader,
  lineComment,
  plainStart,
  quoted,
  resolvePlain,
  type Resolved,
  type Scalar,
} from './yamlScalars.js';

/**
 * A line reader for the plain block YAML most schema documents are written in (OpenAPI,
 * JSON Schema): block mappings and sequences of one-line plain or quoted scalars, with `#`
 * comments above keys and at the ends of lines. It yields exactly the trees of
 * `parseYamlTrees` (yamlTree.ts, the reference, which a differential test holds it to) in a
 * fraction of the time — issue 8: the `yaml` package took ~150 ms for 10,000 lines — and
 * returns `undefined` for anything else (flow collections, block and multi-line scalars,
 * anchors, tags, escapes, several documents, tabs, CR line ends, comments in sequences or
 * where the `yaml` package's attachment is intricate); the caller then uses the reference.
 */
export function readYamlTrees(text: string): TreeNode[] | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  try {
    const reader = new LineReader(text);
    const root = reader.document();
    return root === undefined ? undefined : [root];
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

interface Line {
  /** Offset of the first character, of the first non-space, and of the line end. */
  readonly start: number;
  readonly content: number;
  readonly end: number;
  readonly indent: number;
  readonly kind: 'blank' | 'comment' | 'content';
}

/** Deeper nesting than any schema needs is declined rather than recursed into. */
const MAX_DEPTH = 64;

class LineReader {
  readonly #resolved: Resolved = new Map();
  readonly #text: string;
  /** Collections open: nesting is recursion here, so a deep one goes to the reference. */
  #depth = 0;
  readonly #lines: Line[] = [];
  #at = 0;

  constructor(text: string) {
    this.#text = text;
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      const c = text.charCodeAt(content);
      const kind = content === end ? 'blank' : c === 35 ? 'comment' : 'content';
      this.#lines.push({ start, content, end, indent: content - start, kind });
      start = end + 1;
    }
  }

  /** The root mapping; a document with no mapping at its root is declined. */
  document(): TreeNode | undefined {
    const before = this.#comments();
    const line = this.#lines[this.#at];
    if (line === undefined || line.indent !== 0) return decline();
    const text = this.#text;
    if (
      text.startsWith('---', line.content) ||
      text.startsWith('...', line.content) ||
      text[line.content] === '%'
    )
      decline();
    const root = this.#map(0, line.content, before);
    this.#comments();
    if (this.#at < this.#lines.length) decline();
    return root;
  }

  /**
   * Skips blank and comment lines to the next content line; the comments just above it, which
   * `yaml` attaches to what that line starts, in its shape: comment lines all at that line's
   * indentation with no blank line among them or after them. Any other comments are declined,
   * and so are those after the last line.
   */
  #comments(): string | undefined {
    const first = this.#at;
    let commentFrom = -1;
    for (; this.#lines[this.#at]?.kind === 'blank' || this.#lines[this.#at]?.kind === 'comment'; this.#at++) {
      if (this.#lines[this.#at]?.kind !== 'comment') continue;
      if (commentFrom < 0) commentFrom = this.#at;
    }
    const next = this.#lines[this.#at];
    if (commentFrom < 0) return undefined;
    // Comments after the last line attach to whatever came last, in ways not followed here.
    if (next === undefined) decline();
    // At the top a blank line changes whose comment it is (the document's or the first key's).
    if (first === 0 && commentFrom !== 0) decline();
    const parts: string[] = [];
    for (let k = commentFrom; k < this.#at; k++) {
      const line = this.#lines[k];
      if (line === undefined || line.kind !== 'comment' || line.indent !== next.indent) decline();
      parts.push(this.#text.slice(line.content + 1, line.end));
    }
    return parts.join('\n');
  }

  /**
   * A block mapping whose keys stand at column `indent`; the first key at `from` (after a
   * sequence's `- `, mid-line). `before`: the comments above the first key.
   */
  #map(indent: number, from: number, before: string | undefined): TreeNode {
    if (++this.#depth > MAX_DEPTH) decline();
    const entries: TreeEntry[] = [];
    const seen = new Set<string>();
    let at = from;
    let comment = before;
    for (;;) {
      const line = this.#lines[this.#at];
      if (line === undefined) decline();
      const key = this.#key(at, line.end);
      if (key === undefined) decline();
      // `yaml` refuses a duplicate key; comparing the texts declines more than it need.
      if (seen.has(key.name)) decline();
      seen.add(key.name);
      const entry = this.#entryValue(indent, key.after, line);
      const joined = joinComments(comment, entry.comment);
      entries.push(
        joined === undefined
          ? { key: key.name, keyStart: key.start, keyLength: key.length, value: entry.value }
          : {
              key: key.name,
              keyStart: key.start,
              keyLength: key.length,
              value: entry.value,
              comment: joined,
            },
      );
      const mark = this.#at;
      comment = this.#comments();
      const next = this.#lines[this.#at];
      if (next === undefined || next.indent < indent) {
        // Comments above a line further out are that line's: read again by the caller.
        if (comment !== undefined) this.#at = mark;
        break;
      }
      if (next.indent > indent) decline();
      if (isItemStart(this.#text, next.content)) decline();
      at = next.content;
    }
    this.#depth--;
    return { kind: 'object', entries };
  }

  /**
   * The value after a key's `:` at `after` on `line`, and the comment `yaml` shows for the
   * entry: the scalar's own line comment, or the comments above a nested collection.
   */
  #entryValue(indent: number, after: number, line: Line): { value: TreeNode; comment: string | undefined } {
    let p = after;
    while (p < line.end && this.#text.charCodeAt(p) === 32) p++;
    if (p < line.end && this.#text.charCodeAt(p) !== 35) {
      const scalar = this.#scalar(p, line.end);
      this.#at++;
      return { value: scalar.node ?? scalarNode(scalar), comment: scalar.comment };
    }
    const inline = p < line.end ? this.#text.slice(p + 1, line.end) : undefined;
    this.#at++;
    const mark = this.#at;
    const blankFirst = this.#lines[this.#at]?.kind === 'blank';
    const above = this.#comments();
    const next = this.#lines[this.#at];
    const nested =
      next !== undefined &&
      (next.indent > indent ||
        (next.indent === indent &&
          this.#text.charCodeAt(next.content) === 45 &&
          isItemStart(this.#text, next.content)));
    if (!nested) {
      // A null value. Comments right below it are its own; after a blank line, the next key's.
      const value: TreeNode = { kind: 'scalar', value: null, start: p, length: 0 };
      if (above !== undefined && inline !== undefined) decline();
      if (above !== undefined && !blankFirst) return { value, comment: above };
      this.#at = mark;
      return { value, comment: inline };
    }
    if (inline !== undefined && (blankFirst || above !== undefined)) decline();
    const lead = inline ?? above;
    const value = isItemStart(this.#text, next.content)
      ? this.#sequence(next.indent, lead)
      : this.#map(next.indent, next.content, lead);
    return { value, comment: lead };
  }

  /** A block sequence whose dashes stand at column `indent`; comments in it are declined. */
  #sequence(indent: number, before: string | undefined): TreeNode {
    if (++this.#depth > MAX_DEPTH) decline();
    if (before !== undefined) decline();
    const items: TreeNode[] = [];
    for (;;) {
      const line = this.#lines[this.#at];
      if (line === undefined || line.indent !== indent || !isItemStart(this.#text, line.content)) decline();
      let p = line.content + 1;
      while (p < line.end && this.#text.charCodeAt(p) === 32) p++;
      if (p === line.end) {
        this.#at++;
        const next = this.#nextContent();
        if (next !== undefined && next.indent > indent) {
          items.push(
            isItemStart(this.#text, next.content)
              ? this.#sequence(next.indent, undefined)
              : this.#map(next.indent, next.content, undefined),
          );
        } else items.push({ kind: 'scalar', value: null, start: p, length: 0 });
      } else {
        const c = this.#text.charCodeAt(p);
        if (c === 35 || (c === 45 && isItemStart(this.#text, p))) decline();
        if (this.#key(p, line.end) !== undefined) items.push(this.#map(p - line.start, p, undefined));
        else {
          const scalar = this.#scalar(p, line.end);
          if (scalar.comment !== undefined) decline();
          items.push(scalar.node ?? scalarNode(scalar));
          this.#at++;
        }
      }
      const next = this.#nextContent();
      if (next === undefined || next.indent < indent) break;
      if (next.indent > indent || !isItemStart(this.#text, next.content)) {
        // `key:\n- a\n- b\nnext: 1`: the sequence ends at its parent's next key.
        if (next.indent === indent) break;
        decline();
      }
    }
    this.#depth--;
    return { kind: 'array', items };
  }

  /** The next content line, skipping blank lines; a comment line there is declined. */
  #nextContent(): Line | undefined {
    while (this.#lines[this.#at]?.kind === 'blank') this.#at++;
    const line = this.#lines[this.#at];
    if (line?.kind === 'comment') decline();
    return line;
  }

  /** A mapping key at `p` (plain or quoted, then `:` and a space or the line end), if one. */
  #key(p: number, end: number): { name: string; start: number; length: number; after: number } | undefined {
    const text = this.#text;
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) {
      const q = quoted(text, p, end);
      const colon = q.end;
      if (text.charCodeAt(colon) !== 58 || !spaceOrEnd(text, colon + 1, end)) return undefined;
      return { name: q.value, start: p + 1, length: q.end - p - 2, after: colon + 1 };
    }
    let colon = -1;
    for (let k = p; k < end; k++) {
      const d = text.charCodeAt(k);
      if (d === 35 && text.charCodeAt(k - 1) === 32) break;
      if (d === 58 && spaceOrEnd(text, k + 1, end)) {
        colon = k;
        break;
      }
    }
    if (colon < 0) return undefined;
    const source = text.slice(p, colon);
    if (!plainStart(source) || source.endsWith(' ')) decline();
    return {
      name: String(resolvePlain(source, true, this.#resolved)),
      start: p,
      length: colon - p,
      after: colon + 1,
    };
  }

  /** A one-line scalar value at `p`, with the comment that ends its line. */
  #scalar(p: number, end: number): Scalar {
    const text = this.#text;
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) {
      const q = quoted(text, p, end);
      return { value: q.value, start: p + 1, length: q.end - p - 2, comment: lineComment(text, q.end, end) };
    }
    if (c === 91 || c === 123) {
      const flow = new FlowReader(text, end, this.#resolved);
      const value = flow.node(p);
      if (lineComment(text, flow.at, end) !== undefined) decline();
      return { ...value, comment: undefined };
    }
    let stop = end;
    for (let k = p + 1; k < end; k++) {
      if (text.charCodeAt(k) === 35 && text.charCodeAt(k - 1) === 32) {
        stop = k;
        break;
      }
    }
    let last = stop;
    while (last > p && text.charCodeAt(last - 1) === 32) last--;
    const source = text.slice(p, last);
    // A `: ` or a final `:` inside a value is a nested mapping where none may start.
    if (!plainStart(source) || source.includes(': ') || source.endsWith(':')) decline();
    return {
      value: resolvePlain(source, false, this.#resolved),
      start: p,
      length: last - p,
      comment: stop < end ? text.slice(stop + 1, end) : undefined,
    };
  }
}

/** The reference's joining of an entry's comments: the non-blank ones, with a space. */
function joinComments(a: string | undefined, b: string | undefined): string | undefined {
  const hasA = a !== undefined && a.trim() !== '';
  const hasB = b !== undefined && b.trim() !== '';
  if (hasA && hasB) return `${a} ${b}`;
  return hasA ? a : hasB ? b : undefined;
}

function scalarNode(s: Scalar): TreeNode {
  return { kind: 'scalar', value: s.value, start: s.start, length: s.length };
}

function spaceOrEnd(text: string, k: number, end: number): boolean {
  return k >= end || text.charCodeAt(k) === 32;
}

/** `- ` or a lone `-`: a sequence item. */
function isItemStart(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== 45) return false;
  const next = text.charCodeAt(p + 1);
  return next === 32 || next === 10 || Number.isNaN(next);
}
