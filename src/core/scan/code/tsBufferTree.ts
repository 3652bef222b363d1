import type { NodeSet } from '@lezer/common';
import type { TsNode } from './tsContext.js';
import type { TsBuffer } from './tsReader.js';
import { INT, type TsScratch } from './tsScratch.js';

/**
 * The fast reader's node buffer (tsReader.ts) as a tree to walk, without building Lezer's
 * `Tree` from it (issue 8): node `i` is the buffer's `i`-th record, and the top node (Script)
 * is `count`, one past the last. Lezer's buffer is post-order, which gives each node's last
 * child and its previous sibling directly; one pass over the records adds parents, first
 * children and next siblings as typed arrays, so a walk costs array reads, with no node
 * objects. `node(i)` wraps a node as a `TsNode` for the rules that read nodes (rare ones:
 * decorator options, schemas, constructors); it sees the same tree Lezer's `SyntaxNode` does.
 */
export class BufferTree {
  /** Number of records; also the index of the top node. */
  readonly count: number;
  readonly parent: Int32Array;
  readonly first: Int32Array;
  readonly next: Int32Array;
  /** Node type name by type id. */
  readonly names: readonly string[];
  /** The reader's records (`type, from, to, size` each), for walks that read types in bulk. */
  readonly buffer: Int32Array;
  readonly #nodeSet: NodeSet;
  readonly #topId: number;
  readonly #length: number;

  /**
   * With `scratch` (tsScratch.ts) the links are views of its arrays, valid while it is
   * borrowed; every slot of them is written here, so stale contents are never read. With
   * `links` (`kept`), they are those.
   */
  constructor(
    read: TsBuffer,
    nodeSet: NodeSet,
    topId: number,
    length: number,
    scratch?: TsScratch,
    links?: Pick<BufferTree, 'parent' | 'first' | 'next'>,
  ) {
    const buf = read.buffer;
    const count = read.size >> 2;
    this.count = count;
    this.buffer = buf;
    this.#nodeSet = nodeSet;
    this.#topId = topId;
    this.#length = length;
    this.names = namesOf(nodeSet);
    if (links !== undefined) {
      this.parent = links.parent;
      this.first = links.first;
      this.next = links.next;
      return;
    }
    const parent = linkArray(scratch, INT.PARENT, count + 1);
    const first = linkArray(scratch, INT.FIRST, count + 1);
    const next = linkArray(scratch, INT.NEXT, count + 1);
    parent[count] = -1;
    next[count] = -1;
    // A record's subtree is the `size / 4` records ending with it; its children, read backwards
    // from the record before it, each step back over their own subtrees.
    for (let r = 0; r <= count; r++) {
      let after = -1;
      for (let c = r - 1, start = this.start(r); c >= start; c -= (buf[(c << 2) + 3] ?? 4) >> 2) {
        parent[c] = r;
        next[c] = after;
        after = c;
      }
      first[r] = after;
    }
    this.parent = parent;
    this.first = first;
    this.next = next;
  }

  /**
   * This tree in arrays of its own (copies of the records in use and of the links), for what
   * outlives the scratch it was read into: a memo, which the flows walk after the scan and the
   * next scan's read would overwrite. The one place a memo's arrays come from.
   */
  kept(): BufferTree {
    const count = this.count;
    const read = { buffer: this.buffer.slice(0, count << 2), size: count << 2 };
    const links = { parent: this.parent.slice(), first: this.first.slice(), next: this.next.slice() };
    return new BufferTree(read, this.#nodeSet, this.#topId, this.#length, undefined, links);
  }

  /** The first record of `i`'s subtree. */
  start(i: number): number {
    return i === this.count ? 0 : i - ((this.buffer[(i << 2) + 3] ?? 4) >> 2) + 1;
  }

  /** The previous sibling, or -1: the record before the node's subtree, if still the parent's. */
  prev(i: number): number {
    const p = this.parent[i] ?? -1;
    const before = this.start(i) - 1;
    return p >= 0 && before >= this.start(p) ? before : -1;
  }

  type(i: number): number {
    return i === this.count ? this.#topId : (this.buffer[i << 2] ?? 0);
  }

  from(i: number): number {
    return i === this.count ? 0 : (this.buffer[(i << 2) + 1] ?? 0);
  }

  to(i: number): number {
    return i === this.count ? this.#length : (this.buffer[(i << 2) + 2] ?? 0);
  }

  /** The last child, or -1: in post-order, the record just before its parent. */
  last(i: number): number {
    return this.first[i] === -1 ? -1 : i - 1;
  }

  name(i: number): string {
    return this.names[this.type(i)] ?? '';
  }

  node(i: number): BufferNode {
    return new BufferNode(this, i);
  }
}

/** Node type names by id, made once per node set. */
const NAMES = new WeakMap<NodeSet, readonly string[]>();
function namesOf(nodeSet: NodeSet): readonly string[] {
  let names = NAMES.get(nodeSet);
  if (names === undefined) {
    names = nodeSet.types.map((t) => t.name);
    NAMES.set(nodeSet, names);
  }
  return names;
}

function linkArray(scratch: TsScratch | undefined, slot: number, length: number): Int32Array {
  return scratch ? scratch.ints(slot, length).subarray(0, length) : new Int32Array(length);
}

/** A node of a `BufferTree`, read as Lezer's `SyntaxNode` is (the subset `TsNode` names). */
export class BufferNode implements TsNode {
  readonly #tree: BufferTree;
  readonly #i: number;

  constructor(tree: BufferTree, i: number) {
    this.#tree = tree;
    this.#i = i;
  }

  get name(): string {
    return this.#tree.name(this.#i);
  }
  get from(): number {
    return this.#tree.from(this.#i);
  }
  get to(): number {
    return this.#tree.to(this.#i);
  }
  get parent(): BufferNode | null {
    return this.#at(this.#tree.parent[this.#i] ?? -1);
  }
  get firstChild(): BufferNode | null {
    return this.#at(this.#tree.first[this.#i] ?? -1);
  }
  get lastChild(): BufferNode | null {
    return this.#at(this.#tree.last(this.#i));
  }
  get nextSibling(): BufferNode | null {
    return this.#at(this.#tree.next[this.#i] ?? -1);
  }
  get prevSibling(): BufferNode | null {
    return this.#at(this.#tree.prev(this.#i));
  }

  #at(i: number): BufferNode | null {
    return i < 0 ? null : new BufferNode(this.#tree, i);
  }
}
