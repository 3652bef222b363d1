import type { Position, Range } from '../types.js';

/**
 * Maps string offsets to 0-based line/character positions. Build once per text; each lookup
 * is a binary search, so extractors that only know offsets can report exact ranges cheaply.
 */
export class LineIndex {
  readonly #starts: number[];

  constructor(text: string) {
    const starts = [0];
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
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
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
