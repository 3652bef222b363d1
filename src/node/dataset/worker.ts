/**
 * Worker-thread entry (bundled to dist/worker.js). Two jobs: count a byte range of a CSV file,
 * and de-duplicate one hash partition. Hash arrays travel by transfer, never by copy.
 */
import { parentPort } from 'node:worker_threads';
import { dedupePartition } from '../../core/dataset/partitions.js';
import { buffersOf } from './pool.js';
import { countRange, type RangeTask } from './rangeCount.js';
import { messageOf } from '../../core/errors.js';

export type WorkerJob =
  | { readonly kind: 'count'; readonly task: RangeTask }
  | {
      readonly kind: 'dedupe';
      readonly records: Uint32Array[];
      readonly persons: Uint32Array[];
      readonly keep: boolean;
    };

const port = parentPort;
if (port !== null) {
  port.on('message', (job: WorkerJob) => {
    try {
      if (job.kind === 'count') {
        let pending = 0;
        const result = countRange(job.task, (n) => {
          pending += n;
          if (pending >= 1 << 24) {
            port.postMessage({ type: 'progress', bytes: pending });
            pending = 0;
          }
        });
        if (pending > 0) port.postMessage({ type: 'progress', bytes: pending });
        const s = result.state;
        port.postMessage({ type: 'done', result }, buffersOf([...s.records.flat(), ...s.persons.flat()]));
      } else {
        const r = dedupePartition(job.records, job.persons, job.keep);
        port.postMessage({ type: 'done', result: r }, buffersOf([r.records, r.persons]));
      }
    } catch (e) {
      port.postMessage({ type: 'error', message: messageOf(e) });
    }
  });
}
