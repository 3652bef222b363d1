/**
 * The names-only first pass of a streamed walk (walkStream.ts): the names a text seems to define
 * as top-level functions, read from the lines that start a definition. Only a hint: a name it
 * misses or invents costs the streamed walk its speed (it lowers ahead, or gives up and the whole
 * form is walked), never a flow. Java has no top-level functions; C#'s (in top-level statements)
 * are left to the check.
 *
 * Each language's definition is a pattern anchored at a line start (DEFINITIONS, the reference).
 * A regular expression anchored by `^` in multiline mode is tried at every character of the
 * text, so the same patterns are read by hand, from the start of each line holding the word
 * they need (`def`, `func`, `fun`, found by `indexOf`), with the same answers: a line starts
 * after `\n` or `\r`; a text with U+2028 or U+2029 (also line ends to a regular expression)
 * is read by the patterns themselves.
 */
import type { FlowLanguage } from './sinks.js';

/** The patterns the readers below follow, character for character. */
export const DEFINITIONS: Partial<Record<FlowLanguage, RegExp>> = {
  python: /^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm,
  go: /^func[ \t]*(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)/gm,
  // `fun name(`, `private fun <T> List<T>.name(`: the last name before the parenthesis.
  kotlin: /^(?:[a-z]+[ \t]+)*fun\b[^(\n]*?([A-Za-z_]\w*)[ \t]*\(/gm,
};

/** Reads the definition starting a line at `at`: the name it gives, or undefined. */
type LineReader = (text: string, at: number) => string | undefined;

/** Each language's reader, and the word every line it reads a definition from holds. */
const READERS: Partial<Record<FlowLanguage, { readonly word: string; readonly read: LineReader }>> = {
  python: { word: 'def', read: pythonDef },
  go: { word: 'func', read: goFunc },
  kotlin: { word: 'fun', read: kotlinFun },
};

/** The names the text's top-level definitions seem to give. */
export function topNames(language: FlowLanguage, text: string): ReadonlySet<string> {
  const names = new Set<string>();
  const reader = READERS[language];
  if (reader === undefined) return names;
  if (text.includes('\u2028') || text.includes('\u2029')) {
    const re = DEFINITIONS[language] as RegExp;
    for (const m of text.matchAll(re)) if (m[1] !== undefined) names.add(m[1]);
    return names;
  }
  // Only the lines holding the word can define: each is read once, from its start.
  const { word, read } = reader;
  let lastLine = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // Back to the line's start, by hand (lastIndexOf is a runtime call, µs each).
    let start = at;
    for (let c = text.charCodeAt(start - 1); start > 0 && c !== NEWLINE && c !== RETURN;)
      c = text.charCodeAt(--start - 1);
    if (start <= lastLine) continue;
    lastLine = start;
    const name = read(text, start);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** Code of `c` (one character). */
const code = (c: string): number => c.charCodeAt(0);
const SPACE = code(' ');
const TAB = code('\t');
const OPEN = code('(');
const CLOSE = code(')');
const NEWLINE = code('\n');
const RETURN = code('\r');

const isBlank = (c: number): boolean => c === SPACE || c === TAB;
/** `[A-Za-z_]` */
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
/** `\w` without the `u` flag: `[A-Za-z0-9_]` */
const isWord = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57);
const isLower = (c: number): boolean => c >= 97 && c <= 122;

function skipBlanks(text: string, i: number): number {
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (isWord(text.charCodeAt(i))) i++;
  return i;
}

/** `[A-Za-z_]\w*` at `i`, or undefined. */
function nameAt(text: string, i: number): string | undefined {
  return isNameStart(text.charCodeAt(i)) ? text.slice(i, wordEnd(text, i)) : undefined;
}

/** `(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)` */
function pythonDef(text: string, at: number): string | undefined {
  let i = at;
  if (text.startsWith('async', i) && isBlank(text.charCodeAt(i + 5))) i = skipBlanks(text, i + 5);
  if (!text.startsWith('def', i) || !isBlank(text.charCodeAt(i + 3))) return undefined;
  return nameAt(text, skipBlanks(text, i + 3));
}

/** `func[ \t]*(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)` */
function goFunc(text: string, at: number): string | undefined {
  if (!text.startsWith('func', at)) return undefined;
  let i = skipBlanks(text, at + 4);
  if (text.charCodeAt(i) === OPEN) {
    // The receiver: to the first `)` on the line. Without one, the name would have to start at
    // the `(` itself, which it cannot.
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) !== CLOSE && text.charCodeAt(j) !== NEWLINE) j++;
    if (text.charCodeAt(j) !== CLOSE) return undefined;
    i = skipBlanks(text, j + 1);
  }
  return nameAt(text, i);
}

/**
 * `(?:[a-z]+[ \t]+)*fun\b[^(\n]*?([A-Za-z_]\w*)[ \t]*\(`: lower-case words, one of them `fun`
 * (the last such that the rest matches, as the greedy modifiers back off), then the first name
 * before the line's first `(` that the `(` follows.
 */
function kotlinFun(text: string, at: number): string | undefined {
  const funs: number[] = [];
  let i = at;
  while (isLower(text.charCodeAt(i))) {
    let j = i;
    while (isLower(text.charCodeAt(j))) j++;
    if (j - i === 3 && text.startsWith('fun', i) && !isWord(text.charCodeAt(j))) funs.push(j);
    if (!isBlank(text.charCodeAt(j))) break;
    i = skipBlanks(text, j);
  }
  for (let k = funs.length - 1; k >= 0; k--) {
    const name = kotlinName(text, funs[k] as number);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** After `fun`: the first `[A-Za-z_]\w*[ \t]*\(` starting before the line's first `(` or its end. */
function kotlinName(text: string, from: number): string | undefined {
  for (let s = from; s < text.length; s++) {
    const c = text.charCodeAt(s);
    if (c === OPEN || c === NEWLINE) return undefined;
    if (!isNameStart(c)) continue;
    const end = wordEnd(text, s);
    if (text.charCodeAt(skipBlanks(text, end)) === OPEN) return text.slice(s, end);
  }
  return undefined;
}
