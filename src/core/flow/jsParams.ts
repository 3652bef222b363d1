/**
 * How the TypeScript/JavaScript walk binds names: a function's parameters (by their PI names,
 * their declared record types, destructuring, or, in a helper's summary walk, the probes of
 * helpers.ts) and destructuring patterns.
 */
import type { SyntaxNode } from '@lezer/common';
import { childNamed, define, named, textOf, type Ctx } from './jsScope.js';
import { source, type Taint } from './taint.js';

/** In a summary walk: the value a parameter is bound to, by position. */
export type Binder = (index: number, name: string, at: number) => Taint;

/**
 * Parameters named as PI (`idCard`), destructured ones (`{ phone }`), and those of a record
 * type declared in the text; in a summary walk, the probes `bind` gives.
 */
export function parameters(ctx: Ctx, list: SyntaxNode, bind: Binder | undefined): void {
  let index = 0;
  for (let c = list.firstChild; c; c = c.nextSibling) {
    if (c.name === 'VariableDefinition' || c.name === 'ObjectPattern' || c.name === 'ArrayPattern') index++;
    if (c.name === 'VariableDefinition' && bind)
      define(ctx, textOf(ctx, c), bind(index - 1, textOf(ctx, c), c.from));
    else if (c.name === 'VariableDefinition') {
      const name = textOf(ctx, c);
      const typed =
        c.nextSibling?.name === 'TypeAnnotation' ? typedRecord(ctx, c.nextSibling, c.from, name) : undefined;
      define(ctx, name, typed ?? named(ctx, name, undefined, c.from) ?? null);
    } else if (c.name === 'ObjectPattern') pattern(ctx, c, undefined);
  }
}

export function typedRecord(ctx: Ctx, annotation: SyntaxNode, at: number, name: string): Taint | undefined {
  const type = childNamed(annotation, 'TypeName');
  const categories = type ? ctx.types.get(textOf(ctx, type)) : undefined;
  if (categories === undefined || categories.length === 0) return undefined;
  return { ...source(categories, at, `${name}: ${type ? textOf(ctx, type) : ''}`), record: true };
}

/** `{ phone, id: card }`: each bound name by its own (or its key's) reading, else the value's taint. */
export function pattern(ctx: Ctx, node: SyntaxNode, from: Taint | undefined): void {
  for (let prop = node.firstChild; prop; prop = prop.nextSibling) {
    if (prop.name !== 'PatternProperty') continue;
    const key = prop.firstChild;
    const bound = childNamed(prop, 'VariableDefinition') ?? (key?.name === 'VariableDefinition' ? key : null);
    if (!bound) continue;
    const name = textOf(ctx, bound);
    const keyName = key ? textOf(ctx, key) : name;
    const own = named(ctx, keyName, undefined, bound.from) ?? named(ctx, name, undefined, bound.from);
    define(ctx, name, own ?? (from !== undefined && !from.record ? from : null));
  }
}
