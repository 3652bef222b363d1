/**
 * Worker-thread entry (bundled to dist/worker.js): counts byte ranges sent by the parent and
 * posts back their mergeable counts, transferring the hash-set arrays instead of copying them.
 */
import { parentPort } from 'node:worker_threads';
import { countRange, type RangeTask } from './rangeCount.js';

const port = parentPort;
if (port !== null) {
  port.on('message', (task: RangeTask) => {
    try {
      let pending = 0;
      const result = countRange(task, (n) => {
        pending += n;
        if (pending >= 1 << 24) {
          port.postMessage({ type: 'progress', bytes: pending });
          pending = 0;
        }
      });
      if (pending > 0) port.postMessage({ type: 'progress', bytes: pending });
      const s = result.state;
      port.postMessage({ type: 'done', result }, [s.records.buffer, s.persons.buffer] as ArrayBuffer[]);
    } catch (e) {
      port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  });
}
