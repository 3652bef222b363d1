/**
 * The names-only first pass of a streamed walk (walkStream.ts): the names a text seems to define
 * as top-level functions, read from the lines that start a definition. Only a hint: a name it
 * misses or invents costs the streamed walk its speed (it lowers ahead, or gives up and the whole
 * form is walked), never a flow. Java has no top-level functions; C#'s (in top-level statements)
 * are left to the check.
 */
import type { FlowLanguage } from './sinks.js';

const DEFINITIONS: Partial<Record<FlowLanguage, RegExp>> = {
  python: /^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm,
  go: /^func[ \t]*(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)/gm,
  // `fun name(`, `private fun <T> List<T>.name(`: the last name before the parenthesis.
  kotlin: /^(?:[a-z]+[ \t]+)*fun\b[^(\n]*?([A-Za-z_]\w*)[ \t]*\(/gm,
};

/** The names the text's top-level definitions seem to give. */
export function topNames(language: FlowLanguage, text: string): ReadonlySet<string> {
  const names = new Set<string>();
  const re = DEFINITIONS[language];
  if (re === undefined) return names;
  for (const m of text.matchAll(re)) if (m[1] !== undefined) names.add(m[1]);
  return names;
}
