/**
 * A syntax node built from the fast Python reader's tokens (pyTree.ts): the same names and
 * offsets as the node @lezer/python would make, and the part of Lezer's node interface the
 * Python lowering reads (python.ts), so one lowering serves both trees. Children are a linked
 * list (first, next, last): a 10,000-line file has ~70,000 nodes, and an array and a parent
 * link for each cost the analysis more garbage collection than the rest of the build.
 */
export class PyNode {
  firstChild: PyNode | null = null;
  lastChild: PyNode | null = null;
  nextSibling: PyNode | null = null;

  constructor(
    /** Settable: the builder names some nodes once it has read their insides (`(a)` vs `(a,)`). */
    public name: string,
    readonly from: number,
    public to: number,
  ) {}

  /** Appends a child and extends this node to its end. */
  add(child: PyNode): PyNode {
    if (this.lastChild === null) this.firstChild = child;
    else this.lastChild.nextSibling = child;
    this.lastChild = child;
    if (child.to > this.to) this.to = child.to;
    return child;
  }

  getChild(name: string): PyNode | null {
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.name === name) return c;
    return null;
  }

  getChildren(name: string): PyNode[] {
    const out: PyNode[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) if (c.name === name) out.push(c);
    return out;
  }
}
