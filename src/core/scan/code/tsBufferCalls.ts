import type { BufferReads } from './tsBufferReads.js';
import { report, type TsContext } from './tsContext.js';
import * as nodeRoles from './tsNodeRoles.js';
import { readSchemaMap, schemaCall } from './tsSchemas.js';
import { constantOfType, constructorAssignment, NAMESPACE_RECEIVERS, RECORD_PARTS } from './tsUsages.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the walk would pay for every call and access.
const { R } = nodeRoles;

/**
 * The buffer walk's rules (tsBufferWalk.ts) for calls and property accesses, by node index:
 * typescript.ts `schema` and tsUsages.ts `readUsage`. A call notes its callee, so the member
 * expression entered next that is that callee (`user.save()`) is no usage of a field.
 */
export class BufferCalls {
  readonly #reads: BufferReads;
  readonly #ctx: TsContext;
  /** The first child of the call or `new` entered last, as `TsContext.callee` holds it. */
  #calleeRole = -1;
  #calleeFrom = -1;
  #calleeTo = -1;

  constructor(reads: BufferReads, ctx: TsContext) {
    this.#reads = reads;
    this.#ctx = ctx;
  }

  /** typescript.ts `schema`: notes the callee, reads a schema when an argument is an object. */
  call(i: number): void {
    const reads = this.#reads;
    const tree = reads.tree;
    const callee = tree.first[i] ?? -1;
    if (callee < 0) return;
    this.#calleeRole = reads.roleOf(callee);
    this.#calleeFrom = tree.from(callee);
    this.#calleeTo = tree.to(callee);
    const args = reads.child(i, R.ARG_LIST);
    if (args < 0 || reads.child(args, R.OBJECT_EXPRESSION) < 0) return;
    const call = schemaCall(this.#ctx, tree.node(i));
    if (call) readSchemaMap(this.#ctx, call.map, call.owner);
  }

  /** tsUsages.ts `readUsage`. */
  usage(i: number): void {
    const reads = this.#reads;
    const tree = reads.tree;
    const from = tree.from(i);
    const to = tree.to(i);
    const prop = tree.last(i);
    if (prop < 0 || reads.roleOf(prop) !== R.PROPERTY_NAME) return;
    if (this.#calleeRole === R.MEMBER && this.#calleeFrom === from && this.#calleeTo === to) return;
    const ctx = this.#ctx;
    if (ctx.decoratorDepth > 0) return;
    const receiver = tree.first[i] ?? -1;
    const receiverRole = reads.roleOf(receiver);
    const owner = this.#receiverName(receiver, receiverRole);
    if (owner === undefined || NAMESPACE_RECEIVERS.has(owner)) return;
    const name = reads.slice(prop);
    const propFrom = tree.from(prop);
    if (receiverRole !== R.THIS && constantOfType(owner, name)) return;
    if (receiverRole === R.THIS && from < ctx.constructorEnd) {
      const member = tree.node(i);
      const parent = member.parent;
      if (constructorAssignment(ctx, member, parent)) {
        report(ctx, { name, from: propFrom, owner }, parent ?? member);
        return;
      }
    }
    ctx.emit({ name, from: propFrom, role: 'usage', owner });
  }

  /** tsUsages.ts `receiverNameAt`. */
  #receiverName(receiver: number, role: number): string | undefined {
    const reads = this.#reads;
    switch (role) {
      case R.VARIABLE_NAME:
        return reads.slice(receiver);
      case R.THIS:
        return this.#ctx.classes[this.#ctx.classes.length - 1] || 'this';
      case R.MEMBER: {
        const tree = reads.tree;
        const last = tree.last(receiver);
        if (last < 0 || reads.roleOf(last) !== R.PROPERTY_NAME) return undefined;
        const part = reads.slice(last);
        if (!RECORD_PARTS.has(part)) return part;
        // tsUsages.ts `receiverName`: `menu.spec` names the record with its part.
        const inner = tree.first[receiver] ?? -1;
        const innerRole = inner >= 0 ? reads.roleOf(inner) : R.OTHER;
        const innerLast = innerRole === R.MEMBER ? tree.last(inner) : -1;
        const record =
          innerRole === R.VARIABLE_NAME
            ? reads.slice(inner)
            : innerLast >= 0 && reads.roleOf(innerLast) === R.PROPERTY_NAME
              ? reads.slice(innerLast)
              : undefined;
        return record === undefined ? part : `${record}.${part}`;
      }
      default:
        return undefined;
    }
  }
}
