/**
 * The named functions of a TypeScript/JavaScript tree, for calls to helpers of the same file
 * (helpers.ts): function declarations, methods, and `const send = (x) => …` /
 * `const send = function (x) {…}`, each under the body defining it (the module, a block, a
 * class body), so a call finds the nearest one and two classes may each have their `audit`.
 * Read once per file, on the first call that needs them.
 */
import type { SyntaxNode } from '@lezer/common';
import { addHelper, type HelperTable } from './helpers.js';
import { textOf, type Ctx } from './jsScope.js';

const VALUE_FUNCTIONS = new Set(['ArrowFunction', 'FunctionExpression']);
const CONTAINERS = new Set(['Script', 'Block', 'ClassBody']);

const keyOf = (n: SyntaxNode): string => `${n.name}@${String(n.from)}`;

function containerOf(node: SyntaxNode): SyntaxNode | null {
  let c = node.parent;
  while (c && !CONTAINERS.has(c.name)) c = c.parent;
  return c;
}

/** The file's helpers by the body defining them. */
function table(ctx: Ctx): Map<string, HelperTable<SyntaxNode>> {
  if (ctx.helpers.table) return ctx.helpers.table;
  const out = new Map<string, HelperTable<SyntaxNode>>();
  const add = (at: SyntaxNode, name: string, fn: SyntaxNode): void => {
    const home = containerOf(at);
    if (!home) return;
    let t = out.get(keyOf(home));
    if (t === undefined) out.set(keyOf(home), (t = new Map<string, SyntaxNode | null>()));
    addHelper(t, name, fn);
  };
  const cursor = ctx.top.cursor();
  do {
    const name = cursor.name;
    if (name === 'FunctionDeclaration' || name === 'MethodDeclaration') {
      const node = cursor.node;
      const id = node.getChild(name === 'FunctionDeclaration' ? 'VariableDefinition' : 'PropertyDefinition');
      if (id) add(node, textOf(ctx, id), node);
    } else if (name === 'VariableDefinition') {
      const eq = cursor.node.nextSibling;
      const value = eq?.name === 'Equals' ? eq.nextSibling : null;
      if (value && VALUE_FUNCTIONS.has(value.name)) add(cursor.node, textOf(ctx, cursor.node), value);
    }
  } while (cursor.next());
  ctx.helpers.table = out;
  return out;
}

/** The helper a call at `node` names: the nearest definition, from the innermost body outwards. */
export function jsHelperAt(ctx: Ctx, node: SyntaxNode, name: string): SyntaxNode | undefined {
  const helpers = table(ctx);
  if (helpers.size === 0) return undefined;
  for (let c = containerOf(node); c; c = containerOf(c)) {
    const hit = helpers.get(keyOf(c))?.get(name);
    if (hit !== undefined) return hit ?? undefined;
  }
  return undefined;
}
