import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';

/**
 * Resources built like Kubernetes objects (`metadata`, `spec`, `status`: halo's `Category`,
 * `MenuItem`, an operator's custom resources) keep their fields in a nested class named `Spec`
 * or `Status`, and code reaches them through a local or a field named `spec` or `status`
 * (`var spec = new Category.CategorySpec(); spec.setDisplayName(…)`,
 * `var status = menuItem.getStatus()`). Read alone, the part says nothing of whose it is, so a
 * category's display name read as a person's name. Here the part is read as the resource it
 * belongs to, as the TypeScript readers read `category.spec` (`RECORD_PARTS`, tsUsages.ts): the
 * nested class `Spec` of `Menu.java` as `menu.spec`, a usage through a variable typed
 * `MenuItem.MenuItemStatus`, made with `new Tag.TagSpec()` or taken from `menuItem.getStatus()` as
 * `menuItem.status`. A part whose resource the text does not name (a lambda's `spec -> …`, a
 * type named `Spec` alone) reads as before. Both Java readers' fields pass through here.
 */
export function javaResourceParts(
  text: string,
  path: string,
  fields: readonly FieldCandidate[],
): FieldCandidate[] {
  if (!fields.some((f) => f.owner !== undefined && PARTS.has(f.owner.toLowerCase()))) return [...fields];
  const enclosing = fileClass(path);
  const lines = new LineIndex(text);
  return fields.map((f) => {
    const owner = f.owner;
    if (owner === undefined || !PARTS.has(owner.toLowerCase())) return f;
    let resource: string | undefined;
    if (f.role === 'declaration') {
      // A nested class named only for the part (`Menu.java`: `public static class Spec`).
      if (owner !== owner.toLowerCase() && enclosing !== undefined && enclosing !== owner)
        resource = enclosing;
    } else if (owner === owner.toLowerCase()) {
      resource = variableResource(text, owner, lines.offsetAt(f.range.start));
    }
    return resource === undefined ? f : { ...f, owner: `${lowerFirst(resource)}.${owner.toLowerCase()}` };
  });
}

const PARTS: ReadonlySet<string> = new Set(['spec', 'status']);

/** The public class a Java file is named for (`…/Menu.java` → `Menu`). */
function fileClass(path: string): string | undefined {
  return /([A-Z][A-Za-z0-9_]*)\.java$/.exec(path)?.[1];
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * The resource a variable named `part` holds a part of, from its nearest declaration before
 * `before`: a type qualified by its resource (`Category.CategorySpec spec`, `var spec = new
 * Tag.TagSpec()`), or the getter it was taken from (`var status = menuItem.getStatus()`).
 */
function variableResource(text: string, part: string, before: number): string | undefined {
  const getter = `get${part.charAt(0).toUpperCase()}${part.slice(1)}`;
  const declaration = new RegExp(
    String.raw`(?:\b([A-Z]\w*)\.[A-Z]\w*(?:<[^<>;]*>)?\s+${part}\s*[=;,)]` +
      String.raw`|\bvar\s+${part}\s*=\s*(?:new\s+([A-Z]\w*)\.[A-Z]\w*\s*[(<]|([a-z]\w*)\.${getter}\(\s*\)))` +
      // Any other declaration of the name says nothing of the resource, and ends the one before.
      String.raw`|\b${part}\s*->|\(\s*${part}\s*\)\s*->|\b(?:var|[A-Z]\w*(?:<[^<>;]*>)?)\s+${part}\s*[=;,)]`,
    'g',
  );
  let found: string | undefined;
  for (const m of text.slice(0, before).matchAll(declaration)) found = m[1] ?? m[2] ?? m[3];
  // (A qualified type also matches the last alternative at its second name: the regex takes the
  // leftmost match, so the qualified form wins where both start.)
  return found;
}
