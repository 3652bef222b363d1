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
 * type named `Spec` alone) reads as before. Both Java readers' fields pass through here; the fast
 * reader's line index (`lineIndex`) is reused where it has one.
 */
export function javaResourceParts(
  text: string,
  path: string,
  fields: readonly FieldCandidate[],
  lineIndex?: LineIndex,
): readonly FieldCandidate[] {
  if (!fields.some((f) => f.owner !== undefined && PARTS.has(f.owner.toLowerCase()))) return fields;
  const enclosing = fileClass(path);
  const lines = lineIndex ?? new LineIndex(text);
  const declared = new Map<string, readonly Declared[]>();
  return fields.map((f) => {
    const owner = f.owner;
    if (owner === undefined || !PARTS.has(owner.toLowerCase())) return f;
    let resource: string | undefined;
    if (f.role === 'declaration') {
      // A nested class named only for the part (`Menu.java`: `public static class Spec`).
      if (owner !== owner.toLowerCase() && enclosing !== undefined && enclosing !== owner)
        resource = enclosing;
    } else if (owner === owner.toLowerCase()) {
      let list = declared.get(owner);
      if (list === undefined) declared.set(owner, (list = declarations(text, owner)));
      const before = lines.offsetAt(f.range.start);
      for (const d of list) if (d.end <= before) resource = d.resource;
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

/** A declaration of a variable named for a part: where it ends, and its resource if named. */
interface Declared {
  readonly end: number;
  readonly resource: string | undefined;
}

/**
 * The declarations of variables named `part`, in text order: a type qualified by its resource
 * (`Category.CategorySpec spec`, `var spec = new Tag.TagSpec()`) or the getter it was taken
 * from (`var status = menuItem.getStatus()`) names the resource; any other (a lambda's
 * parameter, `Spec spec`) names none and ends the one before. A usage reads the nearest before it.
 */
function declarations(text: string, part: string): Declared[] {
  const getter = `get${part.charAt(0).toUpperCase()}${part.slice(1)}`;
  // At one position the alternatives are tried in order, so a qualified form wins there.
  const declaration = new RegExp(
    String.raw`\b([A-Z]\w*)\.[A-Z]\w*(?:<[^<>;]*>)?\s+${part}\s*[=;,)]` +
      String.raw`|\bvar\s+${part}\s*=\s*(?:new\s+([A-Z]\w*)\.[A-Z]\w*\s*[(<]|([a-z]\w*)\.${getter}\(\s*\))` +
      String.raw`|\b${part}\s*->|\(\s*${part}\s*\)\s*->|\b(?:var|[A-Z]\w*(?:<[^<>;]*>)?)\s+${part}\s*[=;,)]`,
    'g',
  );
  return [...text.matchAll(declaration)].map((m) => ({
    end: m.index + m[0].length,
    resource: m[1] ?? m[2] ?? m[3],
  }));
}
