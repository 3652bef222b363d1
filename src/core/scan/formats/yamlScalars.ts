import { Document, isScalar } from 'yaml';
import type { TreeEntry, TreeNode } from './tree.js';

/**
 * Scalars and one-line flow collections for the YAML line reader (yamlLines.ts), resolved as
 * the `yaml` package resolves them; anything else is declined.
 */

/** Thrown (and caught by `readYamlTrees`) when the text is the reference's to read. */
export const DECLINE = new Error('not for the YAML line reader');

/** Gives the text up to the reference. */
export function decline(): never {
  throw DECLINE;
}

/**
 * The `yaml` package's own scalar tags (core schema, as its documents use by default), so a
 * plain scalar resolves exactly as it does (`1.0` is 1, `~` null, `0x1F` 31).
 */
const TAGS = new Document().schema.tags as readonly ScalarTag[];
const OPTIONS = { intAsBigInt: false } as const;

interface ScalarTag {
  readonly default?: boolean | 'key';
  readonly test?: RegExp;
  readonly resolve?: (source: string, onError: (message: string) => void, options: object) => unknown;
}

/**
 * Plain scalars already resolved in one read (schema documents repeat `type`, `string`,
 * `object`…); the values are primitives, so they can be shared.
 */
export type Resolved = Map<string, unknown>;

/** The value of a plain scalar, as `yaml` composes it. */
export function resolvePlain(source: string, atKey: boolean, resolved: Resolved): unknown {
  const cacheKey = atKey ? `k${source}` : `v${source}`;
  if (resolved.has(cacheKey)) return resolved.get(cacheKey);
  const value = resolveUncached(source, atKey);
  resolved.set(cacheKey, value);
  return value;
}

function resolveUncached(source: string, atKey: boolean): unknown {
  const tag = TAGS.find(
    (t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source) === true,
  );
  if (tag?.resolve === undefined) return source;
  const value = tag.resolve(source, decline, OPTIONS);
  return isScalar(value) ? value.value : value;
}

/** A scalar read from one line: its value, the text range inside any quotes, its comment. */
export interface Scalar {
  readonly value: unknown;
  readonly start: number;
  readonly length: number;
  readonly comment: string | undefined;
  /** A one-line flow collection (`[a, b]`, `{ type: string }`) in place of the scalar. */
  readonly node?: TreeNode;
}

/**
 * A one-line flow collection of plain and quoted scalars: `[id, name]`, `{ type: string }`,
 * `{}`. Anything fancier (comments, `:` or `#` in a plain scalar, trailing commas, entries
 * without values, several lines) is declined.
 */
export class FlowReader {
  at = 0;
  readonly #text: string;
  readonly #end: number;
  readonly #resolved: Resolved;

  constructor(text: string, end: number, resolved: Resolved) {
    this.#text = text;
    this.#end = end;
    this.#resolved = resolved;
  }

  /** The collection at `p`, as a scalar stand-in whose `node` is the collection. */
  node(p: number): Scalar {
    this.at = p;
    const node = this.#collection(0);
    return { value: undefined, start: p, length: 0, comment: undefined, node };
  }

  #collection(depth: number): TreeNode {
    // Nesting is recursion here: a deep one goes to the reference.
    if (depth > 64) decline();
    const text = this.#text;
    const close = text.charCodeAt(this.at) === 91 ? 93 : 125;
    this.at++;
    const items: TreeNode[] = [];
    const entries: TreeEntry[] = [];
    const seen = new Set<string>();
    this.#spaces();
    if (text.charCodeAt(this.at) === close) {
      this.at++;
      return close === 93 ? { kind: 'array', items } : { kind: 'object', entries };
    }
    for (;;) {
      if (close === 93) items.push(this.#item(false, depth).node);
      else {
        const key = this.#item(true, depth);
        if (key.node.kind !== 'scalar' || text.charCodeAt(this.at) !== 58) decline();
        this.at++;
        if (text.charCodeAt(this.at) !== 32) decline();
        this.#spaces();
        const name = String(key.node.value);
        if (seen.has(name)) decline();
        seen.add(name);
        const value = this.#item(false, depth).node;
        entries.push({ key: name, keyStart: key.node.start, keyLength: key.node.length, value });
      }
      const c = text.charCodeAt(this.at);
      this.at++;
      if (c === close) return close === 93 ? { kind: 'array', items } : { kind: 'object', entries };
      if (c !== 44) decline();
      this.#spaces();
      const next = text.charCodeAt(this.at);
      if (next === 93 || next === 125 || next === 44) decline();
    }
  }

  /** One item or key: a nested collection, a quoted or a plain scalar; spaces after it skipped. */
  #item(atKey: boolean, depth: number): { node: TreeNode } {
    const text = this.#text;
    const c = text.charCodeAt(this.at);
    let node: TreeNode;
    if (c === 91 || c === 123) {
      if (atKey) decline();
      node = this.#collection(depth + 1);
    } else if (c === 34 || c === 39) {
      const q = quoted(text, this.at, this.#end);
      node = { kind: 'scalar', value: q.value, start: this.at + 1, length: q.end - this.at - 2 };
      this.at = q.end;
    } else {
      const from = this.at;
      let k = from;
      while (k < this.#end && !FLOW_STOP.includes(text.charAt(k))) k++;
      let last = k;
      while (last > from && text.charCodeAt(last - 1) === 32) last--;
      const source = text.slice(from, last);
      if (!plainStart(source)) decline();
      node = {
        kind: 'scalar',
        value: resolvePlain(source, atKey, this.#resolved),
        start: from,
        length: last - from,
      };
      this.at = k;
    }
    this.#spaces();
    if (this.at >= this.#end) decline();
    return { node };
  }

  #spaces(): void {
    while (this.at < this.#end && this.#text.charCodeAt(this.at) === 32) this.at++;
  }
}

/** Characters that end a plain scalar in a flow collection, or that the reader declines there. */
const FLOW_STOP = ',[]{}:#';

/** A one-line quoted scalar at `p`: single quotes double to escape; escapes in double quotes are declined. */
export function quoted(text: string, p: number, end: number): { value: string; end: number } {
  const quote = text.charCodeAt(p);
  let value = '';
  let from = p + 1;
  for (let k = p + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (quote === 34 && c === 92) decline();
    if (c !== quote) continue;
    if (quote === 39 && text.charCodeAt(k + 1) === 39) {
      value += text.slice(from, k + 1);
      from = k + 2;
      k++;
      continue;
    }
    return { value: value + text.slice(from, k), end: k + 1 };
  }
  return decline();
}

/** After a closing quote: spaces, then the line end or a comment. */
export function lineComment(text: string, p: number, end: number): string | undefined {
  let k = p;
  while (k < end && text.charCodeAt(k) === 32) k++;
  if (k === end) return undefined;
  if (text.charCodeAt(k) !== 35 || k === p) decline();
  return text.slice(k + 1, end);
}

/** Plain scalars that start with an indicator (or are empty) are the reference's to read. */
export function plainStart(source: string): boolean {
  if (source === '') return false;
  const c = source.charAt(0);
  if ('[]{}&*!|>\'"%@`,#'.includes(c)) return false;
  if ((c === '-' || c === '?' || c === ':') && (source.length === 1 || source.charAt(1) === ' '))
    return false;
  return true;
}
