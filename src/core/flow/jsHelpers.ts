/**
 * The named functions of a TypeScript/JavaScript tree, for calls to helpers of the same file
 * (helpers.ts): function declarations, methods, and `const send = (x) => …` /
 * `const send = function (x) {…}`, each under the body defining it (the module, a block, a
 * class body), so a call finds the nearest one and two classes may each have their `audit`.
 * Read once per file, on the first call that needs them.
 */
import type { SyntaxNode } from '@lezer/common';
import { addHelper, type HelperTable } from './helpers.js';
import { childNamed, textOf, type Ctx } from './jsScope.js';

const VALUE_FUNCTIONS = new Set(['ArrowFunction', 'FunctionExpression']);
/** The bodies that hold definitions, numbered for their keys. */
const CONTAINERS = new Map([
  ['Script', 0],
  ['Block', 1],
  ['ClassBody', 2],
]);

/** A container's key: its offset and kind (a block and a class body may start at one offset). */
const keyAt = (from: number, kind: number): number => from * 3 + kind;

function containerOf(node: SyntaxNode): SyntaxNode | null {
  let c = node.parent;
  while (c && !CONTAINERS.has(c.name)) c = c.parent;
  return c;
}

/**
 * The file's helpers by the body defining them, read in one pass of a cursor that keeps the
 * containers it is inside (the pass visits every node of the file: no node is made but for the
 * definitions, no parent is climbed).
 */
function table(ctx: Ctx): Map<number, HelperTable<SyntaxNode>> {
  if (ctx.helpers.table) return ctx.helpers.table;
  const out = new Map<number, HelperTable<SyntaxNode>>();
  const add = (home: number | undefined, name: string, fn: SyntaxNode): void => {
    if (home === undefined) return;
    let t = out.get(home);
    if (t === undefined) out.set(home, (t = new Map<string, SyntaxNode | null>()));
    addHelper(t, name, fn);
  };
  const homes: { key: number; depth: number }[] = [];
  // `const send = (x) => …`: a VariableDefinition, then Equals, then the function, as siblings.
  let definedAt = -1;
  let definedName = '';
  let equalsAt = -1;
  const cursor = ctx.top.cursor();
  let depth = 0;
  for (;;) {
    while (homes.length > 0 && (homes[homes.length - 1]?.depth ?? -1) >= depth) homes.pop();
    const home = homes[homes.length - 1]?.key;
    const name = cursor.name;
    if (name === 'FunctionDeclaration' || name === 'MethodDeclaration') {
      const node = cursor.node;
      const id = childNamed(node, name === 'FunctionDeclaration' ? 'VariableDefinition' : 'PropertyDefinition');
      if (id) add(home, textOf(ctx, id), node);
    } else if (name === 'VariableDefinition') {
      definedAt = depth;
      definedName = ctx.text.slice(cursor.from, cursor.to);
      equalsAt = -1;
    } else if (name === 'Equals' && definedAt === depth) {
      equalsAt = depth;
      definedAt = -1;
    } else if (equalsAt === depth && VALUE_FUNCTIONS.has(name)) add(home, definedName, cursor.node);
    if (name !== 'VariableDefinition' && name !== 'Equals') definedAt = equalsAt = -1;
    const kind = CONTAINERS.get(name);
    if (kind !== undefined) homes.push({ key: keyAt(cursor.from, kind), depth });
    if (cursor.firstChild()) {
      depth++;
      continue;
    }
    while (depth > 0 && !cursor.nextSibling()) {
      cursor.parent();
      depth--;
    }
    if (depth === 0) break;
  }
  ctx.helpers.table = out;
  return out;
}

/** The helper a call at `node` names: the nearest definition, from the innermost body outwards. */
export function jsHelperAt(ctx: Ctx, node: SyntaxNode, name: string): SyntaxNode | undefined {
  const helpers = table(ctx);
  if (helpers.size === 0) return undefined;
  for (let c = containerOf(node); c; c = containerOf(c)) {
    const hit = helpers.get(keyAt(c.from, CONTAINERS.get(c.name) ?? 0))?.get(name);
    if (hit !== undefined) return hit ?? undefined;
  }
  return undefined;
}
