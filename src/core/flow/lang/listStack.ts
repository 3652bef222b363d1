/**
 * The stack the token lowerings (Go, Java, Python) gather their form's lists on: statements,
 * arguments, entries, parameters, innermost last. A list is copied off once complete, at its own
 * size. A list pushed into an array of its own held 17 slots whatever its length (V8's first
 * growth), most of a lowering's bytes, and the form kept them all until walked.
 */
import type { Arg, Expr, Param, Stmt } from '../ir.js';

/** The one empty array every empty list of a form shares (the form is never changed). */
export const NO_ITEMS: readonly never[] = [];

/**
 * `stack[mark..top)` as an array of its own. Most lists have one to three items: an array
 * literal is allocated in place by the compiled code, where `slice` is a call.
 */
export function copyOff(stack: readonly unknown[], mark: number, top: number): readonly unknown[] {
  switch (top - mark) {
    case 0:
      return NO_ITEMS;
    case 1:
      return [stack[mark]];
    case 2:
      return [stack[mark], stack[mark + 1]];
    case 3:
      return [stack[mark], stack[mark + 1], stack[mark + 2]];
    default:
      return stack.slice(mark, top);
  }
}

/** The stack as a base of a class-shaped lowerer (its methods on the lowerer itself, no hop). */
export abstract class ListGatherer {
  readonly #stack: unknown[] = [];
  #top = 0;
  /** The highest `#top` since the stack was last cleared. */
  #high = 0;

  /** Where a list gathered from here starts (for `stmtsFrom` and the like). */
  mark(): number {
    return this.#top;
  }

  /** An item of the list being read. */
  gather(item: Stmt | Arg | Param): void {
    this.#stack[this.#top++] = item;
  }

  /** The last item gathered. */
  lastGathered(): unknown {
    return this.#top > 0 ? this.#stack[this.#top - 1] : undefined;
  }

  /** The items gathered since `mark`, taken off the stack (see `copyOff`). */
  #take(mark: number): readonly unknown[] {
    const top = this.#top;
    if (top > this.#high) this.#high = top;
    this.#top = mark;
    return copyOff(this.#stack, mark, top);
  }

  stmtsFrom(mark: number): readonly Stmt[] {
    return this.#take(mark) as readonly Stmt[];
  }

  exprsFrom(mark: number): readonly Expr[] {
    return this.#take(mark) as readonly Expr[];
  }

  argsFrom(mark: number): readonly Arg[] {
    return this.#take(mark) as readonly Arg[];
  }

  paramsFrom(mark: number): readonly Param[] {
    return this.#take(mark) as readonly Param[];
  }

  /**
   * Forgets what the stack still references above its top (items already copied off), so a
   * declaration's form is garbage once walked: called between top-level declarations.
   */
  clearStack(): void {
    this.#stack.fill(undefined, this.#top, this.#high);
    this.#high = this.#top;
  }
}
