// `npm run test:unit`: every test/unit/**/*.test.ts under node:test via tsx. Node 20's
// `--test` does not expand glob patterns itself, so the files are listed here.
// Extra arguments narrow the run: `npm run test:unit -- detect` runs files whose path has "detect".
// Output is a summary plus failures (scripts/lib/unitReporter.mjs); `--verbose` prints every test.
// The tests' temporary folders live in one folder of the run (TMPDIR), removed when it ends, so a
// failing or interrupted test leaves no workspace behind in the system's temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filters = args.filter((arg) => arg !== '--verbose');
const files = readdirSync(join(root, 'test', 'unit'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort()
  .map((name) => join('test', 'unit', name));
if (files.length === 0) {
  console.error('no unit tests matched');
  process.exit(1);
}
const reporter = verbose ? 'spec' : join(root, 'scripts', 'lib', 'unitReporter.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'pilens-unit-'));
// The tests run in a process group of their own, so an interrupt (Ctrl-C, or a CI job's SIGTERM)
// reaches every process of the run, and the scratch folder is removed only once the whole group
// has stopped: a test process still shutting down would otherwise write into it again.
const run = spawn('npx', ['--no-install', 'tsx', '--test', `--test-reporter=${reporter}`, ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: scratch },
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => signalGroup(signal));
run.on('close', async (code) => {
  while (signalGroup(0)) await new Promise((done) => setTimeout(done, 50));
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code ?? 1);
});

/** Sends `signal` to the run's process group; false once no process of it is left. */
function signalGroup(signal) {
  try {
    process.kill(-run.pid, signal);
    return true;
  } catch {
    return false;
  }
}
