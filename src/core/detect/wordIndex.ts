/**
 * Finding which words of a fixed list occur inside a short text (owner names, descriptions,
 * comment prefixes) without one `indexOf` per word: the list is indexed once by first character,
 * and the text is walked once. Lists are compiled vocabulary arrays that never change, so the
 * index is kept per array.
 */

interface Entry {
  readonly word: string;
  /** Position in the list, so callers can keep the list's order of preference. */
  readonly rank: number;
}

const indexes = new WeakMap<readonly string[], Map<string, Entry[]>>();

function indexOf(list: readonly string[]): Map<string, Entry[]> {
  const index = indexes.get(list);
  if (index !== undefined) return index;
  const built = new Map<string, Entry[]>();
  list.forEach((word, rank) => {
    if (word === '') return;
    const first = word.charAt(0);
    const entries = built.get(first) ?? [];
    entries.push({ word, rank });
    built.set(first, entries);
  });
  indexes.set(list, built);
  return built;
}

/** A list word found in a text, with where it last starts. */
export interface Occurrence {
  readonly word: string;
  /** Start of its last occurrence (what `text.lastIndexOf(word)` returns). */
  readonly at: number;
}

/** The words of `list` that occur in `text`, in list order, each with its last start. */
export function occurrencesIn(text: string, list: readonly string[]): Occurrence[] {
  const index = indexOf(list);
  let found: Map<string, { at: number; rank: number }> | undefined;
  for (let i = 0; i < text.length; i++) {
    const entries = index.get(text.charAt(i));
    if (entries === undefined) continue;
    for (const { word, rank } of entries) {
      if (!text.startsWith(word, i)) continue;
      found ??= new Map();
      found.set(word, { at: i, rank });
    }
  }
  if (found === undefined) return [];
  return [...found].sort((a, b) => a[1].rank - b[1].rank).map(([word, { at }]) => ({ word, at }));
}

/** Whether any word of `list` occurs in `text`. */
export function containsAny(text: string, list: readonly string[]): boolean {
  const index = indexOf(list);
  for (let i = 0; i < text.length; i++) {
    const entries = index.get(text.charAt(i));
    if (entries === undefined) continue;
    for (const { word } of entries) if (text.startsWith(word, i)) return true;
  }
  return false;
}
