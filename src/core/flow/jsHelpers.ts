/**
 * The named functions of a TypeScript/JavaScript tree, for calls to helpers of the same file
 * (helpers.ts): function declarations, methods, and `const send = (x) => …` /
 * `const send = function (x) {…}`, each under the body defining it (the module, a block, a
 * class body), so a call finds the nearest one and two classes may each have their `audit`.
 * Each body's are read once, on the first call that looks in it.
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
 * The helpers one body defines, read the first time a call looks there: one cursor pass over the
 * body that steps over the bodies nested in it (theirs are read when a call inside them looks),
 * so a file's calls read only the bodies they are in, not every node of the file.
 */
function tableOf(ctx: Ctx, body: SyntaxNode, key: number): HelperTable<SyntaxNode> {
  const tables = (ctx.helpers.tables ??= new Map<number, HelperTable<SyntaxNode>>());
  const known = tables.get(key);
  if (known !== undefined) return known;
  const out: HelperTable<SyntaxNode> = new Map<string, SyntaxNode | null>();
  // `const send = (x) => …`: a VariableDefinition, then Equals, then the function, as siblings.
  let definedAt = -1;
  let definedName = '';
  let equalsAt = -1;
  const cursor = body.cursor();
  let depth = 0;
  for (;;) {
    const name = cursor.name;
    if (name === 'FunctionDeclaration' || name === 'MethodDeclaration') {
      const node = cursor.node;
      const id = childNamed(
        node,
        name === 'FunctionDeclaration' ? 'VariableDefinition' : 'PropertyDefinition',
      );
      if (id) addHelper(out, textOf(ctx, id), node);
    } else if (name === 'VariableDefinition') {
      definedAt = depth;
      definedName = ctx.text.slice(cursor.from, cursor.to);
      equalsAt = -1;
    } else if (name === 'Equals' && definedAt === depth) {
      equalsAt = depth;
      definedAt = -1;
    } else if (equalsAt === depth && VALUE_FUNCTIONS.has(name)) addHelper(out, definedName, cursor.node);
    if (name !== 'VariableDefinition' && name !== 'Equals') definedAt = equalsAt = -1;
    // A nested body is another table's: its definitions are not this body's.
    if ((depth === 0 || !CONTAINERS.has(name)) && cursor.firstChild()) {
      depth++;
      continue;
    }
    while (depth > 0 && !cursor.nextSibling()) {
      cursor.parent();
      depth--;
    }
    if (depth === 0) break;
  }
  tables.set(key, out);
  return out;
}

/** The helper a call at `node` names: the nearest definition, from the innermost body outwards. */
export function jsHelperAt(ctx: Ctx, node: SyntaxNode, name: string): SyntaxNode | undefined {
  for (let c = containerOf(node); c; c = containerOf(c)) {
    const hit = tableOf(ctx, c, keyAt(c.from, CONTAINERS.get(c.name) ?? 0)).get(name);
    if (hit !== undefined) return hit ?? undefined;
  }
  return undefined;
}
