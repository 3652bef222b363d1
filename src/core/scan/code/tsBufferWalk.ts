import type { CommentSpan, FieldDraft } from '../kit/index.js';
import { FlatDeclaration } from './flatDeclaration.js';
import type { LezerContext } from './lezerExtractor.js';
import { stringContentAt } from './lezerSupport.js';
import type { PendingDeclaration, TopLevelRecord } from './lezerWalkReuse.js';
import { BufferCalls } from './tsBufferCalls.js';
import { BufferReads } from './tsBufferReads.js';
import type { BufferTree } from './tsBufferTree.js';
import { tsContext, type FieldOptions, type TsContext } from './tsContext.js';
import {
  classComment,
  className,
  CONSTANT_CASE,
  constructorParameters,
  entityComment,
  leaveClass,
  typeTextAt,
} from './tsMembers.js';
import * as nodeRoles from './tsNodeRoles.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the walk would pay for every node.
const { R } = nodeRoles;

/**
 * The TypeScript extractor's walk over the fast reader's buffer (tsBufferTree.ts) instead of
 * Lezer's tree: the same nodes in the same order, the same rules (typescript.ts's handlers,
 * here over node indices, dispatched by a per-type role table, so the nodes met by the
 * thousand — members, property accesses, calls — cost array reads and no node objects or
 * strings until a candidate is made), the same walk state, and the same per-top-level
 * records for reuse after an edit. Calls and property accesses are read in tsBufferCalls.ts,
 * reads by index (decorator options, object type owners) in tsBufferReads.ts; the rules met
 * rarely (schemas, constructors, `this.x = …` in a constructor) run unchanged on `BufferNode`s.
 * A differential test holds the candidates equal to the Lezer walk's.
 */

/** What a walk found, as `lezerExtractor`'s walk returns it, ready for `collectFields`. */
export interface TsBufferWalk {
  readonly emitted: FieldDraft[];
  readonly pending: PendingDeclaration[];
  readonly comments: CommentSpan[];
  readonly walked: TopLevelRecord[];
}

/** Walks a reader's buffer tree of `text` as the Lezer walk walks Lezer's tree of it. */
export function walkBuffer(
  tree: BufferTree,
  base: Omit<LezerContext, 'emit' | 'declare' | 'comments'>,
): TsBufferWalk {
  const emitted: FieldDraft[] = [];
  const pending: PendingDeclaration[] = [];
  const comments: CommentSpan[] = [];
  const ctx = tsContext({
    ...base,
    comments,
    emit: (draft) => emitted.push(draft),
    declare: (draft, span, extras) => pending.push({ draft, span, extras }),
  });
  const walker = new Walker(tree, ctx, comments, pending);
  const walked: TopLevelRecord[] = [];
  for (let c = tree.first[tree.count] ?? -1; c >= 0; c = tree.next[c] ?? -1) {
    const marks = [emitted.length, pending.length, comments.length] as const;
    walker.subtree(c);
    walked.push({
      type: tree.type(c),
      from: tree.from(c),
      to: tree.to(c),
      emitted: emitted.slice(marks[0]),
      declared: pending.slice(marks[1]),
      comments: comments.slice(marks[2]),
    });
  }
  return { emitted, pending, comments, walked };
}

const NO_DESCRIPTIONS: readonly never[] = [];

class Walker {
  readonly #tree: BufferTree;
  readonly #reads: BufferReads;
  readonly #ctx: TsContext;
  readonly #text: string;
  readonly #comments: CommentSpan[];
  readonly #pending: PendingDeclaration[];
  /** Role by node type id. */
  readonly #role: Uint8Array;
  readonly #calls: BufferCalls;
  /** The object type whose owner was read last, and that owner. */
  #ownedType = -1;
  #owner: string | undefined;

  /** The offset of the name `#keyName` read last (its caller takes it at once). */
  #keyFrom = -1;

  constructor(tree: BufferTree, ctx: TsContext, comments: CommentSpan[], pending: PendingDeclaration[]) {
    this.#tree = tree;
    this.#reads = new BufferReads(tree, ctx.text);
    this.#calls = new BufferCalls(this.#reads, ctx);
    this.#ctx = ctx;
    this.#text = ctx.text;
    this.#comments = comments;
    this.#pending = pending;
    this.#role = this.#reads.roles;
  }

  #roleOf(i: number): number {
    return this.#role[this.#tree.type(i)] ?? R.OTHER;
  }

  /**
   * Depth-first over the subtree at `root` (never the top node), entering each node and leaving
   * it once done. Types are read from the buffer here, and only the roles with a rule are
   * dispatched: most nodes are tokens and expressions that have none.
   */
  subtree(root: number): void {
    const { first, next, parent, buffer } = this.#tree;
    const roles = this.#role;
    let i = root;
    for (;;) {
      const role = roles[buffer[i << 2] ?? 0] ?? R.OTHER;
      if (role !== R.OTHER) this.#enter(i, role);
      const child = first[i] ?? -1;
      if (child >= 0) {
        i = child;
        continue;
      }
      for (;;) {
        const left = roles[buffer[i << 2] ?? 0] ?? R.OTHER;
        if (left === R.CLASS) leaveClass(this.#ctx);
        else if (left === R.DECORATOR) this.#ctx.decoratorDepth--;
        if (i === root) return;
        const sibling = next[i] ?? -1;
        if (sibling >= 0) {
          i = sibling;
          break;
        }
        i = parent[i] ?? root;
      }
    }
  }

  #enter(i: number, role: number): void {
    const tree = this.#tree;
    switch (role) {
      case R.COMMENT:
        this.#comments.push({ from: tree.from(i), to: tree.to(i) });
        break;
      case R.DECORATOR:
        this.#ctx.decoratorDepth++;
        break;
      case R.PROPERTY_DECLARATION:
        this.#classProperty(i);
        break;
      case R.PROPERTY_TYPE:
        this.#typeMember(i);
        break;
      case R.CALL:
        this.#calls.call(i);
        break;
      case R.MEMBER:
        this.#calls.usage(i);
        break;
      case R.CLASS:
        this.#enterClass(i);
        break;
      case R.METHOD:
        this.#method(i);
        break;
    }
  }

  /**
   * `keyAt`: a key's name (a string key by its content, when not empty), its offset left in
   * `#keyFrom`, so a member's key makes no object.
   */
  #keyName(i: number): string | undefined {
    const tree = this.#tree;
    if (this.#roleOf(i) !== R.STRING) {
      this.#keyFrom = tree.from(i);
      return this.#reads.slice(i);
    }
    const s = stringContentAt(this.#text, tree.from(i), tree.to(i));
    if (!s || !s.value) return undefined;
    this.#keyFrom = s.from;
    return s.value;
  }

  /**
   * tsContext.ts `report` for a member: one flat object per declaration, where `report` made a
   * draft, a span, the pending record holding them and, for the key, a name-and-offset pair;
   * a long model file has a declaration every other line (issue 8).
   */
  #declare(
    name: string,
    from: number,
    owner: string | undefined,
    declaredType: string | undefined,
    span: number,
    extra: FieldOptions | undefined,
    ownerComment?: string,
  ): void {
    const tree = this.#tree;
    const description = extra?.description;
    const alias = extra?.alias;
    const plain = description === undefined && alias === undefined;
    if (ownerComment !== undefined) {
      // An entity's field: few per file, declared as a plain pending declaration.
      const validation = extra?.validation;
      this.#pending.push({
        draft: { name, from, owner, declaredType, ownerComment, ...(validation ? { validation } : {}) },
        span: { from: tree.from(span), to: tree.to(span), nameEnd: from + name.length },
        extras: plain ? undefined : { descriptions: [description], aliases: alias ? [alias] : [] },
      });
      return;
    }
    this.#pending.push(
      new FlatDeclaration(
        name,
        from,
        owner,
        declaredType,
        tree.from(span),
        tree.to(span),
        from + name.length,
        plain ? NO_DESCRIPTIONS : [description],
        plain ? undefined : alias ? [alias] : [],
        undefined,
        extra?.validation,
      ),
    );
  }

  /** typescript.ts `enterClass`. */
  #enterClass(i: number): void {
    const def = this.#reads.child(i, R.VARIABLE_DEFINITION);
    this.#ctx.classes.push(def >= 0 ? this.#reads.slice(def) : '');
    this.#ctx.classFields.push(new Set());
    // A node is made only for a decorated class, whose entity decorator may describe it.
    const decorated = this.#reads.child(i, R.DECORATOR) >= 0;
    this.#ctx.classComments.push(decorated ? entityComment(this.#ctx, this.#tree.node(i)) : undefined);
  }

  /** typescript.ts `constructorParameters`, for the one method named `constructor`. */
  #method(i: number): void {
    const name = this.#reads.child(i, R.PROPERTY_DEFINITION);
    const tree = this.#tree;
    if (name >= 0 && tree.to(name) - tree.from(name) === 11 && this.#reads.slice(name) === 'constructor')
      constructorParameters(this.#ctx, tree.node(i));
  }

  /** typescript.ts `classProperty`. */
  #classProperty(i: number): void {
    const tree = this.#tree;
    let key = -1;
    let annotation = -1;
    let signature = false;
    let isFunction = false;
    let isStatic = false;
    let initialised = false;
    let decorated = false;
    for (let c = tree.first[i] ?? -1; c >= 0; c = tree.next[c] ?? -1) {
      switch (this.#roleOf(c)) {
        case R.PROPERTY_DEFINITION:
        case R.KEY:
        case R.STRING:
          if (key < 0) key = c;
          break;
        case R.FUNCTION:
          isFunction = true;
          break;
        case R.STATIC:
          isStatic = true;
          break;
        case R.EQUALS:
          initialised = true;
          break;
        case R.TYPE_ANNOTATION:
          if (annotation < 0) {
            annotation = c;
            signature = this.#reads.child(c, R.FUNCTION_SIGNATURE) >= 0;
          }
          break;
        case R.DECORATOR:
          decorated = true;
          break;
      }
    }
    const name = key >= 0 ? this.#keyName(key) : undefined;
    if (!name || isFunction) return;
    if (isStatic || (initialised && CONSTANT_CASE.test(name))) return;
    if (signature) return;
    const ctx = this.#ctx;
    const from = this.#keyFrom;
    const options = decorated ? this.#reads.decoratorOptions(ctx, i) : undefined;
    const declaredType =
      annotation >= 0 ? typeTextAt(this.#text, tree.from(annotation), tree.to(annotation)) : options?.type;
    ctx.classFields[ctx.classFields.length - 1]?.add(name);
    this.#declare(name, from, className(ctx), declaredType, i, options, classComment(ctx));
  }

  /** typescript.ts `typeMember`. */
  #typeMember(i: number): void {
    const tree = this.#tree;
    let key = -1;
    let annotation = -1;
    let signature = false;
    for (let c = tree.first[i] ?? -1; c >= 0; c = tree.next[c] ?? -1) {
      const role = this.#roleOf(c);
      if (role === R.PROPERTY_DEFINITION || role === R.STRING) {
        if (key < 0) key = c;
      } else if (role === R.TYPE_ANNOTATION && annotation < 0) {
        annotation = c;
        signature = this.#reads.child(c, R.FUNCTION_SIGNATURE) >= 0;
      }
    }
    const name = key >= 0 ? this.#keyName(key) : undefined;
    if (!name || signature) return;
    const from = this.#keyFrom;
    const owner = this.#objectTypeOwner(tree.parent[i] ?? -1);
    const declaredType =
      annotation >= 0 ? typeTextAt(this.#text, tree.from(annotation), tree.to(annotation)) : undefined;
    this.#declare(name, from, owner, declaredType, i, undefined);
  }

  /** typescript.ts `objectTypeOwner`: read once per object type, its members share it. */
  #objectTypeOwner(type: number): string | undefined {
    if (type < 0) return undefined;
    if (type !== this.#ownedType) {
      this.#ownedType = type;
      this.#owner = this.#reads.objectTypeOwner(type);
    }
    return this.#owner;
  }
}
