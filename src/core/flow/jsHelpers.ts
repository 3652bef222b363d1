/**
 * The named functions of a TypeScript/JavaScript tree, for calls to helpers of the same file
 * (helpers.ts): function declarations, methods, and `const send = (x) => …` /
 * `const send = function (x) {…}`. Read once per file, on the first call that needs them.
 */
import type { SyntaxNode } from '@lezer/common';
import { addHelper, type HelperTable } from './helpers.js';
import { textOf, type Ctx } from './jsScope.js';

const VALUE_FUNCTIONS = new Set(['ArrowFunction', 'FunctionExpression']);

/** The file's helpers by name. */
export function jsHelpers(ctx: Ctx): HelperTable<SyntaxNode> {
  if (ctx.helpers.table) return ctx.helpers.table;
  const table: HelperTable<SyntaxNode> = new Map();
  const cursor = ctx.top.cursor();
  do {
    const name = cursor.name;
    if (name === 'FunctionDeclaration' || name === 'MethodDeclaration') {
      const node = cursor.node;
      const id = node.getChild(name === 'FunctionDeclaration' ? 'VariableDefinition' : 'PropertyDefinition');
      if (id) addHelper(table, textOf(ctx, id), node);
    } else if (name === 'VariableDefinition') {
      const eq = cursor.node.nextSibling;
      const value = eq?.name === 'Equals' ? eq.nextSibling : null;
      if (value && VALUE_FUNCTIONS.has(value.name)) addHelper(table, textOf(ctx, cursor.node), value);
    }
  } while (cursor.next());
  ctx.helpers.table = table;
  return table;
}
