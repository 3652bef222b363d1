/**
 * The named functions of a TypeScript/JavaScript tree, for calls to helpers of the same file
 * (helpers.ts): function declarations, methods, and `const send = (x) => …` /
 * `const send = function (x) {…}`, each under the body defining it (the module, a block, a
 * class body), so a call finds the nearest one and two classes may each have their `audit`.
 * Each body's are read once, on the first call that looks in it.
 */
import { addHelper, type HelperTable } from './helpers.js';
import { textOf, type Ctx } from './jsScope.js';
import { childNamed, NONE, type BufferTree } from './jsTree.js';

const VALUE_FUNCTIONS = new Set(['ArrowFunction', 'FunctionExpression']);
/** The bodies that hold definitions. */
const CONTAINERS = new Set(['Script', 'Block', 'ClassBody']);

function containerOf(tree: BufferTree, node: number): number {
  let c = tree.parent[node] ?? NONE;
  while (c !== NONE && !CONTAINERS.has(tree.name(c))) c = tree.parent[c] ?? NONE;
  return c;
}

/**
 * The helpers one body defines, read the first time a call looks there: one pass over the
 * body's nodes in order that steps over the bodies nested in it (theirs are read when a call
 * inside them looks), so a file's calls read only the bodies they are in, not every node of the
 * file.
 */
function tableOf(ctx: Ctx, body: number): HelperTable<number> {
  const tables = (ctx.helpers.tables ??= new Map<number, HelperTable<number>>());
  const known = tables.get(body);
  if (known !== undefined) return known;
  const out: HelperTable<number> = new Map<string, number | null>();
  const t = ctx.tree;
  // `const send = (x) => …`: a VariableDefinition, then Equals, then the function, as siblings.
  let definedAt = -1;
  let definedName = '';
  let equalsAt = -1;
  let node = body;
  let depth = 0;
  for (;;) {
    const name = t.name(node);
    if (name === 'FunctionDeclaration' || name === 'MethodDeclaration') {
      const id = childNamed(
        t,
        node,
        name === 'FunctionDeclaration' ? 'VariableDefinition' : 'PropertyDefinition',
      );
      if (id !== NONE) addHelper(out, textOf(ctx, id), node);
    } else if (name === 'VariableDefinition') {
      definedAt = depth;
      definedName = textOf(ctx, node);
      equalsAt = -1;
    } else if (name === 'Equals' && definedAt === depth) {
      equalsAt = depth;
      definedAt = -1;
    } else if (equalsAt === depth && VALUE_FUNCTIONS.has(name)) addHelper(out, definedName, node);
    if (name !== 'VariableDefinition' && name !== 'Equals') definedAt = equalsAt = -1;
    // A nested body is another table's: its definitions are not this body's.
    const first = depth === 0 || !CONTAINERS.has(name) ? (t.first[node] ?? NONE) : NONE;
    if (first !== NONE) {
      node = first;
      depth++;
      continue;
    }
    while (depth > 0) {
      const next = t.next[node] ?? NONE;
      if (next !== NONE) {
        node = next;
        break;
      }
      node = t.parent[node] ?? NONE;
      depth--;
    }
    if (depth === 0) break;
  }
  tables.set(body, out);
  return out;
}

/** The helper a call at `node` names: the nearest definition, from the innermost body outwards. */
export function jsHelperAt(ctx: Ctx, node: number, name: string): number | undefined {
  const t = ctx.tree;
  for (let c = containerOf(t, node); c !== NONE; c = containerOf(t, c)) {
    const hit = tableOf(ctx, c).get(name);
    if (hit !== undefined) return hit ?? undefined;
  }
  return undefined;
}
