/**
 * The state of the TypeScript/JavaScript walk (jsFlows.ts): nested scopes of variables and
 * their taints, URL hosts held in variables, the flows found, and the small readers of a
 * node (an index into the walk's tree, jsTree.ts) every part of the walk shares.
 */
import type { CallEffect } from './calls.js';
import type { FlowOut, HelperTable, Summary } from './helpers.js';
import * as jsTree from './jsTree.js';
import type { BufferTree } from './jsTree.js';
import type { ClientTable } from './clients.js';
import type { SinkRule } from './sinks.js';
import type { NameReader, RecordTypes } from './sources.js';
import { source, type Taint } from './taint.js';
import type { Flow, FlowSink } from './types.js';

// Module-local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { K, NONE } = jsTree;

export type Scope = Map<string, Taint | null>;

/** What the walk knows of one dotted callee, read once per callee rather than once per call. */
export interface JsCallee {
  readonly sink: Pick<SinkRule, 'kind' | 'vendor' | 'region'> | undefined;
  readonly effect: CallEffect | undefined;
  /** The label of the sink's step in a flow's path. */
  readonly argument: string;
  /** The sink of this callee's flows by destination host ('' for none), built once (flows are read only). */
  readonly sinks: Map<string, FlowSink>;
}

/** One walk's state. */
export interface Ctx extends FlowOut {
  readonly text: string;
  readonly read: NameReader;
  readonly types: RecordTypes;
  /**
   * Parameters declared with a record type of the text (`app: RefundApplication`), by name: a
   * member of one is the field as the scan read it (sources.ts RecordTypes). A name defined again
   * leaves it.
   */
  readonly varTypes: Map<string, string>;
  /** Variables holding a file writer a known call made (`out = fs.createWriteStream(f)`). */
  readonly writers: ClientTable;
  readonly scopes: Scope[];
  /** Variables holding a URL literal: their host, for the sinks they reach. */
  readonly hosts: Map<string, string>;
  readonly flows: Flow[];
  /** What the functions being walked return, innermost last. */
  readonly returns: (Taint | undefined)[];
  /** The file's named functions by body (read on the first call that needs them), and their summaries by offset. */
  readonly helpers: { tables?: Map<number, HelperTable<number>> };
  readonly summaries: Map<number, Summary | 'pending'>;
  /** What each summarised helper returns, by offset (null: no PI), as walk.ts keeps it. */
  readonly returned: Map<number, Taint | null>;
  /** The tree walked: nodes are its indices. */
  readonly tree: BufferTree;
  /** The kind (jsTree.ts K) of each of the tree's node types. */
  readonly kinds: Uint8Array;
  /** Facts of the callees met so far: a file calls the same few (`logger.info`) over and over. */
  readonly callees: Map<string, JsCallee>;
}

/** A node's kind (jsTree.ts K), 0 for a type the walk does not tell apart. */
export const kindOf = (ctx: Ctx, n: number): number => ctx.kinds[ctx.tree.type(n)] ?? 0;

export const textOf = (ctx: Ctx, n: number): string => ctx.text.slice(ctx.tree.from(n), ctx.tree.to(n));

export function lookup(ctx: Ctx, name: string): Taint | null | undefined {
  for (let i = ctx.scopes.length - 1; i >= 0; i--) {
    const hit = ctx.scopes[i]?.get(name);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function define(ctx: Ctx, name: string, taint: Taint | null): void {
  ctx.scopes[ctx.scopes.length - 1]?.set(name, taint);
  if (ctx.varTypes.size !== 0) ctx.varTypes.delete(name);
}

export function assign(ctx: Ctx, name: string, taint: Taint | null): void {
  for (let i = ctx.scopes.length - 1; i >= 0; i--) {
    const scope = ctx.scopes[i];
    if (scope?.has(name) === true) {
      scope.set(name, taint);
      return;
    }
  }
  define(ctx, name, taint);
}

/** A name read as a source, or nothing. */
export function named(
  ctx: Ctx,
  name: string,
  owner: string | undefined,
  at: number,
  label = name,
): Taint | undefined {
  const r = ctx.read(name, owner);
  return r === undefined ? undefined : source([r.category], at, label, r.confidence);
}

export function isConstant(ctx: Ctx, node: number): boolean {
  const kind = kindOf(ctx, node);
  if (
    kind === K.String ||
    kind === K.Number ||
    kind === K.BooleanLiteral ||
    kind === K.RegExp ||
    kind === K.null ||
    kind === K.undefined
  )
    return true;
  if (kind !== K.TemplateString) return false;
  const tree = ctx.tree;
  for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE)
    if (kindOf(ctx, c) === K.Interpolation) return false;
  return true;
}
