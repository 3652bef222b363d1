/**
 * The named functions of a TypeScript/JavaScript tree, for calls to helpers of the same file
 * (helpers.ts): function declarations, methods, and `const send = (x) => …` /
 * `const send = function (x) {…}`, each under the body defining it (the module, a block, a
 * class body), so a call finds the nearest one and two classes may each have their `audit`.
 */
import { addHelper, type HelperTable } from './helpers.js';
import { kindOf, textOf, type Ctx } from './jsScope.js';
import * as jsTree from './jsTree.js';

// Module-local copies: under a CommonJS transform (tsx) every use of an imported binding is a getter call.
const { childNamed, K, NONE } = jsTree;

/** The bodies that hold definitions. */
const isContainer = (kind: number): boolean => kind === K.Script || kind === K.Block || kind === K.ClassBody;

function containerOf(ctx: Ctx, node: number): number {
  const tree = ctx.tree;
  let c = tree.parent[node] ?? NONE;
  while (c !== NONE && !isContainer(kindOf(ctx, c))) c = tree.parent[c] ?? NONE;
  return c;
}

/**
 * The helpers of the whole file, by the body defining them, read the first time a call looks for
 * one: one pass over the node records in buffer order, by kind alone, then, for each function
 * found, its name and the nearest body above it. A body's helpers are what a walk of the body
 * that steps over the bodies nested in it would meet: function declarations and methods by their
 * names, and a function right after `name =` (a VariableDefinition, then Equals, as its previous
 * siblings).
 */
function tablesOf(ctx: Ctx): Map<number, HelperTable<number>> {
  const known = ctx.helpers.tables;
  if (known !== undefined) return known;
  const tables = new Map<number, HelperTable<number>>();
  const t = ctx.tree;
  const buffer = t.buffer;
  const kinds = ctx.kinds;
  const add = (body: number, name: string, fn: number): void => {
    let table = tables.get(body);
    if (table === undefined) tables.set(body, (table = new Map<string, number | null>()));
    addHelper(table, name, fn);
  };
  for (let r = 0; r < t.count; r++) {
    const kind = kinds[buffer[r << 2] ?? 0] ?? 0;
    if (kind === K.FunctionDeclaration || kind === K.MethodDeclaration) {
      const id = childNamed(
        t,
        r,
        kind === K.FunctionDeclaration ? 'VariableDefinition' : 'PropertyDefinition',
      );
      if (id !== NONE) add(containerOf(ctx, r), textOf(ctx, id), r);
    } else if (kind === K.ArrowFunction || kind === K.FunctionExpression) {
      const equals = t.prev(r);
      if (equals === NONE || kindOf(ctx, equals) !== K.Equals || (t.first[equals] ?? NONE) !== NONE) continue;
      const defined = t.prev(equals);
      if (
        defined === NONE ||
        kindOf(ctx, defined) !== K.VariableDefinition ||
        (t.first[defined] ?? NONE) !== NONE
      )
        continue;
      add(containerOf(ctx, r), textOf(ctx, defined), r);
    }
  }
  ctx.helpers.tables = tables;
  return tables;
}

/** The helper a call at `node` names: the nearest definition, from the innermost body outwards. */
export function jsHelperAt(ctx: Ctx, node: number, name: string): number | undefined {
  const tables = tablesOf(ctx);
  for (let c = containerOf(ctx, node); c !== NONE; c = containerOf(ctx, c)) {
    const hit = tables.get(c)?.get(name);
    if (hit !== undefined) return hit ?? undefined;
  }
  return undefined;
}
