/**
 * Sorted runs of distinct hashes spilled to temporary files (core/dataset/runs.ts), so a
 * count's memory stays flat however many records the input has. The folder is made only when
 * a counter first spills, and removed when the run ends, whatever way it ends (tempCleanup.ts).
 */
import {
  createCipheriv,
  createDecipheriv,
  randomBytes,
  randomFillSync,
  type Cipher,
  type Decipher,
} from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CounterSetup } from '../../core/dataset/count.js';
import type { HashKey } from '../../core/dataset/hash.js';
import type { RunReader, RunStore, RunWriter } from '../../core/dataset/runs.js';
import { releaseTempDir, trackTempDir } from '../tempCleanup.js';
import { DEFAULT_MAX_TEMP_BYTES, tempCapError, tempWriteError, TempSpaceError } from './tempSpace.js';

/** A fresh random hash key for one run (never written anywhere). */
export function newHashKey(): HashKey {
  const w = randomFillSync(new Uint32Array(4));
  return [w[0] ?? 0, w[1] ?? 0, w[2] ?? 0, w[3] ?? 0];
}

/** The spill folder, made on the first write. */
type LazyDir = () => string;

/** Bytes read or written at a time: a whole number of triples. */
const IO_BYTES = 12 << 14;
/** Runs are cut into files of 768 MiB at most (whole triples), far below any file-size limit. */
const SEGMENT_TRIPLES = 1 << 26;

interface Segment {
  readonly file: string;
  readonly iv: Buffer;
  bytes: number;
}

/**
 * Runs in temporary files, encrypted with AES-256-CTR under a key drawn for this store and
 * kept only in memory: what is left on disk after a crash the process could not clean up
 * (SIGKILL, a native abort) reveals nothing. Each file has its own random IV.
 *
 * The files together never pass `maxBytes`: a write that would throws TempSpaceError, as does
 * a full disk.
 */
export class FileRunStore implements RunStore {
  readonly #key = randomBytes(32);
  readonly #runs = new Map<number, Segment[]>();
  readonly #segmentBytes: number;
  readonly #maxBytes: number;
  /** Bytes in the files now (runs removed after a merge give theirs back). */
  #bytes = 0;
  #next = 0;
  #files = 0;

  constructor(
    private readonly dir: LazyDir,
    segmentTriples = SEGMENT_TRIPLES,
    maxBytes = DEFAULT_MAX_TEMP_BYTES,
  ) {
    this.#segmentBytes = 12 * segmentTriples;
    this.#maxBytes = maxBytes;
  }

  /** Bytes held in the temporary files now. */
  get bytes(): number {
    return this.#bytes;
  }

  #segment(): Segment {
    return { file: path.join(this.dir(), `run-${this.#files++}.bin`), iv: randomBytes(16), bytes: 0 };
  }

  create(): RunWriter {
    const segments: Segment[] = [];
    let seg: Segment | null = null;
    let fd = -1;
    let cipher: Cipher | null = null;
    const close = (): void => {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    };
    return {
      write: (triples) => {
        const bytes = new Uint8Array(triples.buffer, triples.byteOffset, triples.byteLength);
        if (this.#bytes + bytes.length > this.#maxBytes) {
          close();
          throw tempCapError(this.#maxBytes);
        }
        try {
          for (let at = 0; at < bytes.length;) {
            if (seg === null || seg.bytes >= this.#segmentBytes) {
              close();
              seg = this.#segment();
              segments.push(seg);
              fd = openSync(seg.file, 'wx', 0o600);
              cipher = createCipheriv('aes-256-ctr', this.#key, seg.iv);
            }
            const n = Math.min(bytes.length - at, this.#segmentBytes - seg.bytes);
            const enc = (cipher as Cipher).update(bytes.subarray(at, at + n));
            writeAll(fd, enc);
            seg.bytes += n;
            this.#bytes += n;
            at += n;
          }
        } catch (e) {
          close();
          if (e instanceof TempSpaceError) throw e;
          throw tempWriteError(e, tmpdir()) ?? e;
        }
      },
      finish: () => {
        close();
        const id = this.#next++;
        this.#runs.set(id, segments);
        return id;
      },
    };
  }

  open(id: number): RunReader {
    const segments = [...(this.#runs.get(id) ?? [])];
    let fd = -1;
    let pos = 0;
    let decipher: Decipher | null = null;
    let seg: Segment | undefined;
    const buf = Buffer.alloc(IO_BYTES);
    const close = (): void => {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    };
    return {
      next: () => {
        for (;;) {
          if (seg === undefined || pos >= seg.bytes) {
            close();
            seg = segments.shift();
            if (seg === undefined) return null;
            fd = openSync(seg.file, 'r');
            pos = 0;
            decipher = createDecipheriv('aes-256-ctr', this.#key, seg.iv);
          }
          const n = readSync(fd, buf, 0, Math.min(IO_BYTES, seg.bytes - pos), pos);
          if (n <= 0) throw new Error('a temporary counting file was cut short');
          pos += n;
          const plain = (decipher as Decipher).update(buf.subarray(0, n));
          // Copied into a fresh, 4-byte-aligned array (Buffers may sit at any offset).
          const out = new Uint32Array(plain.length >>> 2);
          new Uint8Array(out.buffer).set(plain.subarray(0, out.length * 4));
          if (out.length > 0) return out;
        }
      },
      close,
    };
  }

  remove(id: number): void {
    for (const seg of this.#runs.get(id) ?? []) {
      rmSync(seg.file, { force: true });
      this.#bytes -= seg.bytes;
    }
    this.#runs.delete(id);
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let at = 0; at < data.length;) at += writeSync(fd, data, at, data.length - at);
}

/** One estimate run's hash key and temporary folder of partition files (made on first use). */
export class SpillDir {
  readonly key: HashKey = newHashKey();
  #dir: string | null = null;

  /** One store for every counter of the run, so counters can merge their runs. */
  readonly #store: FileRunStore;

  /** `maxBytes`: the cap on the temporary files of the whole run. */
  constructor(maxBytes = DEFAULT_MAX_TEMP_BYTES) {
    this.#store = new FileRunStore(() => this.#make(), SEGMENT_TRIPLES, maxBytes);
  }

  #make(): string {
    if (this.#dir === null) {
      try {
        this.#dir = mkdtempSync(path.join(tmpdir(), 'pilens-spill-'));
      } catch (e) {
        const why = e instanceof Error && 'code' in e ? String(e.code) : String(e);
        throw new TempSpaceError(`cannot create a temporary folder in ${tmpdir()} for counting (${why})`);
      }
      trackTempDir(this.#dir);
    }
    return this.#dir;
  }

  /** Whether a counter has spilled (the folder exists). */
  get created(): boolean {
    return this.#dir !== null;
  }

  /** Setup for one counter: the run's key and run store. */
  setup(budget?: number): CounterSetup {
    return { key: this.key, store: this.#store, budget };
  }

  dispose(): void {
    if (this.#dir !== null) releaseTempDir(this.#dir);
    this.#dir = null;
  }
}
