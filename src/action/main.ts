/** Entry of the GitHub Action, bundled to dist/action.js (action.yml `runs.main`). */
import { isScanWorker, runScanWorker } from '../cli/scanWorker.js';
import { runAction } from './run.js';

function main(): void {
  process.stderr.on('error', () => undefined);
  void runAction(process.env, { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}

// The scan pool starts workers on this very file (scanPool.ts: `new Worker(__filename)`).
if (isScanWorker()) runScanWorker();
else main();
