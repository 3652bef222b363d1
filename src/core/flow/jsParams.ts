/**
 * How the TypeScript/JavaScript walk binds names: a function's parameters (by their PI names,
 * their declared record types, destructuring, or, in a helper's summary walk, the probes of
 * helpers.ts) and destructuring patterns.
 */
import { define, named, textOf, type Ctx } from './jsScope.js';
import { childNamed, NONE } from './jsTree.js';
import { source, type Taint } from './taint.js';

/** In a summary walk: the value a parameter is bound to, by position. */
export type Binder = (index: number, name: string, at: number) => Taint;

/**
 * Parameters named as PI (`idCard`), destructured ones (`{ phone }`), and those of a record
 * type declared in the text; in a summary walk, the probes `bind` gives.
 */
export function parameters(ctx: Ctx, list: number, bind: Binder | undefined): void {
  const t = ctx.tree;
  let index = 0;
  for (let c = t.first[list] ?? NONE; c !== NONE; c = t.next[c] ?? NONE) {
    const kind = t.name(c);
    if (kind === 'VariableDefinition' || kind === 'ObjectPattern' || kind === 'ArrayPattern') index++;
    if (kind === 'VariableDefinition' && bind)
      define(ctx, textOf(ctx, c), bind(index - 1, textOf(ctx, c), t.from(c)));
    else if (kind === 'VariableDefinition') {
      const name = textOf(ctx, c);
      const after = t.next[c] ?? NONE;
      const typed =
        after !== NONE && t.name(after) === 'TypeAnnotation'
          ? typedRecord(ctx, after, t.from(c), name)
          : undefined;
      define(ctx, name, typed ?? named(ctx, name, undefined, t.from(c)) ?? null);
      if (typed !== undefined && after !== NONE) {
        const type = childNamed(t, after, 'TypeName');
        if (type !== NONE) ctx.varTypes.set(name, textOf(ctx, type));
      }
    } else if (kind === 'ObjectPattern') pattern(ctx, c, undefined);
  }
}

export function typedRecord(ctx: Ctx, annotation: number, at: number, name: string): Taint | undefined {
  const type = childNamed(ctx.tree, annotation, 'TypeName');
  const record = type !== NONE ? ctx.types.get(textOf(ctx, type)) : undefined;
  if (record === undefined || record.categories.length === 0) return undefined;
  const label = `${name}: ${type !== NONE ? textOf(ctx, type) : ''}`;
  return source(record.categories, at, label, record.confidence, true);
}

/** `{ phone, id: card }`: each bound name by its own (or its key's) reading, else the value's taint. */
export function pattern(ctx: Ctx, node: number, from: Taint | undefined): void {
  const t = ctx.tree;
  for (let prop = t.first[node] ?? NONE; prop !== NONE; prop = t.next[prop] ?? NONE) {
    if (t.name(prop) !== 'PatternProperty') continue;
    const key = t.first[prop] ?? NONE;
    const child = childNamed(t, prop, 'VariableDefinition');
    const bound = child !== NONE ? child : key !== NONE && t.name(key) === 'VariableDefinition' ? key : NONE;
    if (bound === NONE) continue;
    const name = textOf(ctx, bound);
    const keyName = key !== NONE ? textOf(ctx, key) : name;
    const at = t.from(bound);
    const own = named(ctx, keyName, undefined, at) ?? named(ctx, name, undefined, at);
    define(ctx, name, own ?? (from !== undefined && !from.record ? from : null));
  }
}
