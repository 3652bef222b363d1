import { validationName } from '../../detect/validators.js';
import { joinDescriptions } from '../kit/index.js';
import { stringContentAt } from './lezerSupport.js';
import type { BufferTree } from './tsBufferTree.js';
import { readOptions, type FieldOptions, type TsContext } from './tsContext.js';
import { addDecoratorString, addOptions } from './tsMembers.js';
import * as nodeRoles from './tsNodeRoles.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call.
const { R } = nodeRoles;

/**
 * Reads of the fast reader's buffer tree (tsBufferTree.ts) by node index, for the buffer walk's
 * rules (tsBufferWalk.ts): a node's role by its type, a child by role, an object type's owner,
 * decorator options. They read what typescript.ts's rules read off Lezer's nodes, with no node
 * objects: a decorated entity has every member decorated (issue 8: `decoratorOptions` over
 * `BufferNode`s made 0.67 MB of them per 10,000-line file).
 */
export class BufferReads {
  readonly tree: BufferTree;
  readonly text: string;
  /** Role by node type id. */
  readonly roles: Uint8Array;

  constructor(tree: BufferTree, text: string) {
    this.tree = tree;
    this.text = text;
    this.roles = rolesFor(tree.names);
  }

  roleOf(i: number): number {
    return this.roles[this.tree.type(i)] ?? R.OTHER;
  }

  slice(i: number): string {
    return this.text.slice(this.tree.from(i), this.tree.to(i));
  }

  /** The first child with `role`, or -1. */
  child(i: number, role: number): number {
    const { first, next } = this.tree;
    for (let c = first[i] ?? -1; c >= 0; c = next[c] ?? -1) if (this.roleOf(c) === role) return c;
    return -1;
  }

  /** typescript.ts `readObjectTypeOwner`: the interface, alias or property an object type types. */
  objectTypeOwner(type: number): string | undefined {
    const tree = this.tree;
    const holder = tree.parent[type] ?? -1;
    if (holder < 0) return undefined;
    const role = this.roleOf(holder);
    if (role === R.NAMED_TYPE_HOLDER) {
      const def = this.child(holder, R.TYPE_DEFINITION);
      return def >= 0 ? this.slice(def) : undefined;
    }
    if (role === R.TYPE_ANNOTATION) {
      const outer = tree.parent[holder] ?? -1;
      if (outer >= 0) {
        for (let c = tree.first[outer] ?? -1; c >= 0; c = tree.next[c] ?? -1) {
          const r = this.roleOf(c);
          if (r === R.PROPERTY_DEFINITION || r === R.VARIABLE_DEFINITION) return this.slice(c);
        }
      }
      // Parameter lists are flat: the annotation follows the name it types.
      const prev = tree.prev(holder);
      if (prev >= 0 && this.roleOf(prev) === R.VARIABLE_DEFINITION) return this.slice(prev);
    }
    return undefined;
  }

  /**
   * tsMembers.ts `decoratorOptions` for the property at `prop`; a node is made only for an
   * options object, which `readOptions` reads.
   */
  decoratorOptions(ctx: TsContext, prop: number): FieldOptions {
    const tree = this.tree;
    const { first, next } = tree;
    const result: FieldOptions = {};
    const descriptions: (string | undefined)[] = [];
    for (let d = first[prop] ?? -1; d >= 0; d = next[d] ?? -1) {
      if (this.roleOf(d) !== R.DECORATOR) continue;
      const call = this.#callExpression(d);
      const callee = call < 0 ? -1 : (first[call] ?? -1);
      const args = call >= 0 ? this.child(call, R.ARG_LIST) : -1;
      if (callee < 0 || args < 0) continue;
      const last = tree.last(callee);
      const decorator = this.slice(last >= 0 ? last : callee);
      result.validation ??= validationName(decorator);
      let firstString = true;
      for (let a = first[args] ?? -1; a >= 0; a = next[a] ?? -1) {
        if (this.roleOf(a) === R.OBJECT_EXPRESSION) {
          addOptions(result, descriptions, readOptions(ctx, tree.node(a)));
        } else if (firstString) {
          const value = this.#literalString(a);
          if (value === undefined) continue;
          firstString = false;
          addDecoratorString(result, descriptions, decorator, value);
        }
      }
    }
    result.description = joinDescriptions(descriptions);
    return result;
  }

  /** The decorator's `CallExpression` child (not a `new`, which shares the call's role), or -1. */
  #callExpression(decorator: number): number {
    const { first, next } = this.tree;
    for (let c = first[decorator] ?? -1; c >= 0; c = next[c] ?? -1)
      if (this.roleOf(c) === R.CALL && this.tree.name(c) === 'CallExpression') return c;
    return -1;
  }

  /** tsContext.ts `literalString`: a plain string, or a template without holes. */
  #literalString(i: number): string | undefined {
    const tree = this.tree;
    const name = tree.name(i);
    if (name !== 'String' && (name !== 'TemplateString' || (tree.first[i] ?? -1) >= 0)) return undefined;
    return stringContentAt(this.text, tree.from(i), tree.to(i))?.value;
  }
}

/** Role tables by node set (its names array), made once. */
const ROLES = new WeakMap<readonly string[], Uint8Array>();
function rolesFor(names: readonly string[]): Uint8Array {
  let roles = ROLES.get(names);
  if (roles === undefined) {
    roles = nodeRoles.rolesOf(names);
    ROLES.set(names, roles);
  }
  return roles;
}
