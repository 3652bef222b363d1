/**
 * Hash partitions spilled to temporary files, one file per partition and kind, so a count's
 * memory stays flat however many records the input has. Removed when the run ends.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { PartitionStore } from '../../core/dataset/partitions.js';

class FileStore implements PartitionStore {
  constructor(private readonly prefix: string) {}

  #file(p: number): string {
    return `${this.prefix}-${p}.bin`;
  }

  append(p: number, triples: Uint32Array): void {
    appendFileSync(this.#file(p), new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength));
  }

  read(p: number): Uint32Array[] {
    const file = this.#file(p);
    if (!existsSync(file)) return [];
    const b = readFileSync(file);
    // Copied into a fresh, 4-byte-aligned buffer (small reads come from Node's shared pool).
    const copy = new Uint32Array(b.length / 4);
    new Uint8Array(copy.buffer).set(b);
    return copy.length > 0 ? [copy] : [];
  }

  rewrite(p: number, triples: Uint32Array): void {
    writeFileSync(this.#file(p), new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength));
  }
}

/** A temporary folder of partition files for one estimate run. */
export class SpillDir {
  readonly #dir = mkdtempSync(path.join(tmpdir(), 'pilens-spill-'));
  #next = 0;

  /** Stores for one counter's records and persons. */
  stores(budget?: number): { records: PartitionStore; persons: PartitionStore; budget?: number } {
    const n = this.#next++;
    return {
      records: new FileStore(path.join(this.#dir, `r${n}`)),
      persons: new FileStore(path.join(this.#dir, `p${n}`)),
      ...(budget !== undefined ? { budget } : {}),
    };
  }

  dispose(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
