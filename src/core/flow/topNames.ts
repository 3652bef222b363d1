/**
 * The names-only first pass of a streamed walk (walkStream.ts): the names a text seems to define
 * as top-level functions, read from the lines that start a definition. Only a hint: a name it
 * misses or invents costs the streamed walk its speed (it lowers ahead, or gives up and the whole
 * form is walked), never a flow. Java has no top-level functions; C#'s (in top-level statements)
 * are left to the check.
 *
 * Each language's definition is a pattern anchored at a line start (DEFINITIONS). Anchored by
 * `^` in multiline mode, a regular expression is tried at every character of the text; the same
 * pattern is tried instead, sticky, only at the start of each line holding the word it needs
 * (`def`, `func`, `fun`, found by `indexOf`), past the end of the match before it, which is
 * where `matchAll` would find it.
 */
import type { FlowLanguage } from './sinks.js';

/** The definitions, as patterns for `matchAll` (the unit test's reference). */
export const DEFINITIONS: Partial<Record<FlowLanguage, RegExp>> = {
  python: /^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm,
  go: /^func[ \t]*(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)/gm,
  // `fun name(`, `private fun <T> List<T>.name(`: the last name before the parenthesis.
  kotlin: /^(?:[a-z]+[ \t]+)*fun\b[^(\n]*?([A-Za-z_]\w*)[ \t]*\(/gm,
};

/** The word each definition holds: only lines holding it are tried. */
const WORDS: Partial<Record<FlowLanguage, string>> = { python: 'def', go: 'func', kotlin: 'fun' };

/** Each definition without its `^`, sticky: tried at one line start. */
const AT_LINE: Partial<Record<FlowLanguage, RegExp>> = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([language, re]) => [language, new RegExp(re.source.slice(1), 'y')]),
);

/** The names the text's top-level definitions seem to give. */
export function topNames(language: FlowLanguage, text: string): ReadonlySet<string> {
  const names = new Set<string>();
  const re = AT_LINE[language];
  const word = WORDS[language];
  if (re === undefined || word === undefined) return names;
  let past = 0;
  let lastLine = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const start = lineStart(text, at);
    if (start === lastLine || start < past) continue;
    lastLine = start;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m === null) continue;
    past = re.lastIndex;
    if (m[1] !== undefined) names.add(m[1]);
  }
  return names;
}

/** Where the line holding `at` starts: after a line end of `^` (\n, \r, U+2028, U+2029). */
function lineStart(text: string, at: number): number {
  let start = at;
  // By hand: lastIndexOf is a runtime call (µs each) and takes one character only.
  for (let c = text.charCodeAt(start - 1); start > 0 && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029;)
    c = text.charCodeAt(--start - 1);
  return start;
}
