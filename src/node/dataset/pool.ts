/**
 * A small pool of dataset worker threads: jobs queue up, each idle worker takes the next, and
 * each job's promise settles with the worker's reply. Cancellation terminates every worker.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker, type Transferable } from 'node:worker_threads';
import { CancelledError } from './input.js';

/**
 * The worker: the bundled dist/worker.js next to the running bundle, else (tests and the
 * benchmark under tsx) the TypeScript source loaded through tsx's require hook.
 */
function startWorker(): Worker {
  const bundled = path.join(__dirname, 'worker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = path.join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
}

export interface WorkerReply {
  readonly type: 'progress' | 'done' | 'error';
  readonly bytes?: number;
  readonly result?: unknown;
  readonly message?: string;
}

interface Job {
  readonly message: unknown;
  readonly transfer: readonly Transferable[];
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: Error) => void;
}

export class WorkerPool {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: Job[] = [];
  readonly #current = new Map<Worker, Job>();
  #failed: Error | null = null;
  #closing = false;

  constructor(size: number, onProgress: (bytes: number) => void, signal?: AbortSignal) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      this.#all.push(w);
      this.#idle.push(w);
      w.on('message', (m: WorkerReply) => {
        if (m.type === 'progress') {
          onProgress(m.bytes ?? 0);
          return;
        }
        const job = this.#current.get(w);
        this.#current.delete(w);
        this.#idle.push(w);
        if (m.type === 'error') job?.reject(new Error(m.message ?? 'worker failed'));
        else job?.resolve(m.result);
        this.#next();
      });
      w.on('error', (e) => {
        this.#fail(e);
      });
      // A worker that dies without an error event (killed, out of memory) fails the run
      // instead of leaving its job pending forever.
      w.on('exit', (code) => {
        if (!this.#closing)
          this.#fail(new Error(`a counting worker stopped unexpectedly (exit code ${code})`));
      });
    }
    const abort = (): void => {
      this.#fail(new CancelledError());
    };
    if (signal?.aborted === true) abort();
    signal?.addEventListener('abort', abort, { once: true });
  }

  /** Queues a job; resolves with the worker's result. */
  run<T>(message: unknown, transfer: readonly Transferable[] = []): Promise<T> {
    if (this.#failed !== null) return Promise.reject(this.#failed);
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ message, transfer, resolve: resolve as (v: unknown) => void, reject });
      this.#next();
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#all.map((w) => w.terminate()));
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const w = this.#idle.pop() as Worker;
      const job = this.#queue.shift() as Job;
      this.#current.set(w, job);
      w.postMessage(job.message, job.transfer);
    }
  }

  #fail(e: Error): void {
    this.#failed ??= e;
    for (const job of [...this.#queue, ...this.#current.values()]) job.reject(e);
    this.#queue.length = 0;
    this.#current.clear();
  }
}

/** The distinct buffers behind some typed arrays (a transfer list may not repeat one). */
export function buffersOf(arrays: readonly Uint32Array[]): ArrayBuffer[] {
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
