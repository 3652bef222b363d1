/**
 * Hash partitions spilled to temporary files, one file per partition and kind, so a count's
 * memory stays flat however many records the input has. The folder is made only when a counter
 * first spills, and removed when the run ends, whatever way it ends (tempCleanup.ts).
 */
import { randomFillSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CounterSetup } from '../../core/dataset/count.js';
import type { HashKey } from '../../core/dataset/hash.js';
import type { PartitionStore } from '../../core/dataset/partitions.js';
import { releaseTempDir, trackTempDir } from '../tempCleanup.js';

/** A fresh random hash key for one run (never written anywhere). */
export function newHashKey(): HashKey {
  const w = randomFillSync(new Uint32Array(4));
  return [w[0] ?? 0, w[1] ?? 0, w[2] ?? 0, w[3] ?? 0];
}

/** The spill folder, made on the first write; `existing` is null until then. */
interface LazyDir {
  make(): string;
  existing(): string | null;
}

class FileStore implements PartitionStore {
  constructor(
    private readonly dir: LazyDir,
    private readonly name: string,
  ) {}

  #file(p: number, make = true): string | null {
    const dir = make ? this.dir.make() : this.dir.existing();
    return dir === null ? null : path.join(dir, `${this.name}-${p}.bin`);
  }

  append(p: number, triples: Uint32Array): void {
    appendFileSync(
      this.#file(p) as string,
      new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength),
    );
  }

  read(p: number): Uint32Array[] {
    const file = this.#file(p, false);
    if (file === null || !existsSync(file)) return [];
    const b = readFileSync(file);
    // Copied into a fresh, 4-byte-aligned buffer (small reads come from Node's shared pool).
    const copy = new Uint32Array(b.length / 4);
    new Uint8Array(copy.buffer).set(b);
    return copy.length > 0 ? [copy] : [];
  }

  rewrite(p: number, triples: Uint32Array): void {
    writeFileSync(
      this.#file(p) as string,
      new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength),
    );
  }
}

/** One estimate run's hash key and temporary folder of partition files (made on first use). */
export class SpillDir {
  readonly key: HashKey = newHashKey();
  #dir: string | null = null;
  #next = 0;

  readonly #lazy: LazyDir = {
    make: () => this.#make(),
    existing: () => this.#dir,
  };

  #make(): string {
    if (this.#dir === null) {
      try {
        this.#dir = mkdtempSync(path.join(tmpdir(), 'pilens-spill-'));
      } catch (e) {
        const why = e instanceof Error && 'code' in e ? String(e.code) : String(e);
        throw new Error(`cannot create a temporary folder in ${tmpdir()} for counting (${why})`);
      }
      trackTempDir(this.#dir);
    }
    return this.#dir;
  }

  /** Whether a counter has spilled (the folder exists). */
  get created(): boolean {
    return this.#dir !== null;
  }

  /** Setup for one counter: the run's key, and stores for its records and persons. */
  setup(budget?: number): CounterSetup {
    const n = this.#next++;
    return {
      key: this.key,
      records: new FileStore(this.#lazy, `r${n}`),
      persons: new FileStore(this.#lazy, `p${n}`),
      budget,
    };
  }

  dispose(): void {
    if (this.#dir !== null) releaseTempDir(this.#dir);
    this.#dir = null;
  }
}
