/**
 * A token reader's keyword table: lower-case ASCII words looked up in the source text without
 * slicing a string, by length, first and last character. The Java and TypeScript readers give
 * each keyword a number (its symbol) and ask this table for the number of a name they read.
 */
export class WordTable {
  private readonly buckets = new Map<number, { word: string; sym: number }[]>();
  private readonly shortest: number;
  private readonly longest: number;

  /** `entries` are words with their symbols; a word listed twice keeps its first symbol. */
  constructor(entries: Iterable<readonly [word: string, sym: number]>) {
    let shortest = Infinity;
    let longest = 0;
    for (const [word, sym] of entries) {
      const key = wordKey(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
      const bucket = this.buckets.get(key) ?? [];
      if (!bucket.some((b) => b.word === word)) bucket.push({ word, sym });
      this.buckets.set(key, bucket);
      shortest = Math.min(shortest, word.length);
      longest = Math.max(longest, word.length);
    }
    this.shortest = shortest;
    this.longest = longest;
  }

  /** The symbol of the name `text[i, j)` when it is one of the table's words, else 0. */
  symAt(text: string, i: number, j: number): number {
    const first = text.charCodeAt(i);
    if (first < 97 || first > 122 || j - i < this.shortest || j - i > this.longest) return 0;
    const bucket = this.buckets.get(wordKey(j - i, first, text.charCodeAt(j - 1)));
    if (bucket === undefined) return 0;
    for (const b of bucket) if (text.startsWith(b.word, i)) return b.sym;
    return 0;
  }
}

function wordKey(length: number, first: number, last: number): number {
  return (length << 16) | (first << 8) | last;
}
