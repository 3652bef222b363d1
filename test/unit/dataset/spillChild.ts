// Child process for spillCleanup.test.ts: `tsx spillChild.ts FILE MODE` counts FILE with a tiny
// memory budget (so it spills early), prints "spilling" once its spill folder holds files,
// then, by MODE: goes on slowly (300 ms a chunk) waiting to be signalled (`wait`), throws an
// uncaught exception (`throw`), or runs to the end at full speed (`finish`).
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';

const [file = '', mode = 'wait'] = process.argv.slice(2);
let told = false;

function spillFiles(): number {
  return readdirSync(tmpdir())
    .filter((d) => d.startsWith('pilens-spill-'))
    .reduce((n, d) => n + readdirSync(path.join(tmpdir(), d)).length, 0);
}

void estimateDataset(
  [file],
  { workers: 1, memoryBudget: 64 },
  {
    onProgress: () => {
      if (told || spillFiles() === 0) return;
      told = true;
      process.stdout.write('spilling\n');
      if (mode === 'throw')
        setImmediate(() => {
          throw new Error('crash while spilling');
        });
    },
  },
).then(() => {
  process.stdout.write('finished\n');
});
