/**
 * The worker side of scanPool.ts: receives batches of files, answers with their outcomes.
 * Started by the bundle's entry (cli/bundles/scan.ts, action/main.ts) when loaded as a worker thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScanOptions } from '../core/scan/index.js';
import { SCAN_WORKER_KIND, scanBatch, type WorkerRequest } from './scanPool.js';

interface ScanWorkerData {
  readonly kind: typeof SCAN_WORKER_KIND;
  readonly scanOptions: ScanOptions;
  readonly maxBytes: number;
  readonly sourceBase: string;
  readonly flows: boolean;
  readonly fingerprints: boolean;
}

/** Whether this thread was started as a scan worker. */
export function isScanWorker(): boolean {
  return parentPort !== null && (workerData as Partial<ScanWorkerData> | null)?.kind === SCAN_WORKER_KIND;
}

/** Serves batches until the pool terminates the thread. */
export function runScanWorker(): void {
  const data = workerData as ScanWorkerData;
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: WorkerRequest) => {
    port.postMessage(scanBatch(request.files, data));
  });
}
