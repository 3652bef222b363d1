import type { Position, Range } from '../types.js';

/**
 * Maps string offsets to 0-based line/character positions. Build once per text; a lookup on
 * the line of the previous one (or the next) is constant time and any other is a binary
 * search, so extractors that only know offsets can report exact ranges cheaply.
 */
export class LineIndex {
  readonly #starts: number[];
  /** The line of the last `positionAt` answer. */
  #last = 0;

  constructor(text: string) {
    const starts = [0];
    // Most texts break lines with `\n` alone: `indexOf` finds each faster than a loop reads
    // every character (issue 8); a text with a `\r` anywhere is read character by character.
    if (text.indexOf('\r') < 0) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      this.#starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.#starts = starts;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** The position of a UTF-16 offset. */
  positionAt(offset: number): Position {
    const starts = this.#starts;
    // Callers mostly ask in reading order: the line of the last answer, or the next, is likely.
    const hint = this.#last;
    const start = starts[hint] ?? 0;
    if (start <= offset) {
      const next = starts[hint + 1];
      if (next === undefined || offset < next) return { line: hint, character: offset - start };
      const after = starts[hint + 2];
      if (after === undefined || offset < after) {
        this.#last = hint + 1;
        return { line: hint + 1, character: offset - next };
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    this.#last = low;
    return { line: low, character: offset - (this.#starts[low] ?? 0) };
  }

  /** The offset of a position (clamped to the line start table). */
  offsetAt(position: Position): number {
    return (this.#starts[position.line] ?? 0) + position.character;
  }

  /** The range covering `[start, start + length)`. */
  rangeAt(start: number, length: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(start + length) };
  }
}
