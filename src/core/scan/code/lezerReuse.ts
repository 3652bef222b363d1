import { TreeFragment, type ChangedRange, type Tree } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import type { TopLevelRecord } from './lezerWalkReuse.js';

/**
 * Incremental re-parsing for the Lezer extractors: a successful extraction leaves a memo (the
 * parser, the text it parsed and the tree); the next extraction of the same document diffs
 * the two texts and lets Lezer reuse every subtree outside the edit. The memo is a class so a
 * value from anywhere else (another extractor, a host's mistake) is recognised and ignored.
 */
export class LezerMemo {
  #parsed: string | (() => string);
  #tree: Tree | (() => Tree);
  /** The text the handlers read (before `parseText`), for reusing the walk. */
  readonly text: string;

  constructor(
    readonly parser: LRParser,
    /**
     * Exactly the text the parser saw (after `parseText`), so the diff matches the tree; or how
     * to make it, for a reader that read the text without that copy (typescript.ts).
     */
    parsed: string | (() => string),
    /**
     * The tree, or how to build it: a reader that walks its own buffer (tsBufferWalk.ts) builds
     * Lezer's tree of it only when an edit comes to re-parse from it.
     */
    tree: Tree | (() => Tree),
    /** The text the handlers read; `parsed` when omitted (then `parsed` must be a string). */
    text?: string,
    /** What the walk found under each top-level node (lezerWalkReuse.ts). */
    readonly walked: readonly TopLevelRecord[] = [],
  ) {
    this.#parsed = parsed;
    this.#tree = tree;
    this.text = text ?? this.parsed;
  }

  get parsed(): string {
    if (typeof this.#parsed === 'function') this.#parsed = this.#parsed();
    return this.#parsed;
  }

  get tree(): Tree {
    if (typeof this.#tree === 'function') this.#tree = this.#tree();
    return this.#tree;
  }
}

/**
 * The one edit that turns `before` into `after`: the common prefix and suffix are unchanged,
 * everything between is replaced. Exact for any edit (a multi-cursor edit becomes one wider
 * range, which only costs reuse). Undefined when the texts are equal.
 */
export function changedRange(before: string, after: string): ChangedRange | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // The suffix may not overlap the prefix in either text (`aa` → `aaa`).
  const suffixLimit = limit - prefix;
  let suffix = 0;
  while (
    suffix < suffixLimit &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { fromA: prefix, toA: before.length - suffix, fromB: prefix, toB: after.length - suffix };
}

/**
 * Parses `text`, reusing `previous` when it is a memo of the same parser; otherwise (or when
 * nothing changed) a plain parse or the same tree.
 *
 * Reuse is exact only between trees without error recovery: where either tree holds an error
 * node, Lezer's recovery around reused fragments can settle differently from a fresh parse
 * (random edits to the fixtures showed it in JavaScript, Python and Go). So a broken text is
 * always parsed afresh, and a broken previous tree lends nothing.
 */
export function parseReusing(parser: LRParser, text: string, previous: unknown): Tree {
  if (!(previous instanceof LezerMemo) || previous.parser !== parser) return parser.parse(text);
  const change = changedRange(previous.parsed, text);
  if (change === undefined) return previous.tree;
  if (hasErrorNode(previous.tree)) return parser.parse(text);
  const fragments = TreeFragment.applyChanges(TreeFragment.addTree(previous.tree), [change]);
  const reused = parser.parse(text, fragments);
  return hasErrorNode(reused) ? parser.parse(text) : reused;
}

/** Trees already searched for error nodes (a memo's tree is asked again at the next edit). */
const searched = new WeakMap<Tree, boolean>();

/** Whether error recovery left an error node anywhere in the tree. */
export function hasErrorNode(tree: Tree): boolean {
  const known = searched.get(tree);
  if (known !== undefined) return known;
  let found = false;
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) {
      found = true;
      break;
    }
  } while (cursor.next());
  searched.set(tree, found);
  return found;
}
