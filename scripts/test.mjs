// `npm test`: every check, in order, stopping at the first failure.
//   deps → lint → typecheck → unit → db → build → package → test host → integration → nvim → emacs → e2e
// Options: --only a,b  run just these steps;  --skip a,b  leave these out;  --list.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDeps } from './lib/ensureDeps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = ['npx', '--no-install', 'tsx'];

/** Each step is one command; integration and e2e reuse the build and package made before them. */
const steps = [
  { id: 'lint', title: 'Lint (eslint, prettier)', cmd: ['npm', 'run', 'lint'] },
  { id: 'typecheck', title: 'Type check (tsc)', cmd: ['npm', 'run', 'typecheck'] },
  { id: 'unit', title: 'Unit tests (node:test)', cmd: ['npm', 'run', 'test:unit'] },
  // Installs Debian's postgresql, mariadb-server and sqlite3 when missing; starts both servers on loopback.
  {
    id: 'db',
    title: 'Estimates in real PostgreSQL, MariaDB, SQLite and DuckDB',
    cmd: [
      ...tsx,
      '--test',
      'test/integration/db/dbEstimate.test.ts',
      'test/integration/db/dbCancel.test.ts',
      'test/integration/db/duckdbEngine.test.ts',
      'test/integration/db/duckdbSpill.test.ts',
      'test/integration/db/sqliteEstimate.test.ts',
    ],
  },
  { id: 'build', title: 'Build (esbuild)', cmd: ['npm', 'run', 'build'] },
  { id: 'package', title: 'Package the .vsix (vsce)', cmd: ['npm', 'run', 'package'] },
  {
    id: 'host',
    title: 'Provision code-server, Node 24, Chromium, Neovim',
    cmd: ['node', 'scripts/vscode-host/install.mjs'],
  },
  {
    id: 'integration',
    title: 'Integration tests in code-server',
    cmd: [...tsx, 'test/integration/runCodeServer.ts', '--skip-build'],
  },
  {
    id: 'nvim',
    title: 'Language server in Neovim (headless)',
    cmd: [...tsx, 'test/integration/nvim/runNeovim.ts', '--skip-build'],
  },
  {
    id: 'emacs',
    title: 'Language server in Emacs with eglot (batch)',
    cmd: [...tsx, 'test/integration/emacs/runEmacs.ts', '--skip-build'],
  },
  { id: 'e2e', title: 'End-to-end UI tests (Chromium)', cmd: [...tsx, 'test/e2e/run.ts', '--skip-build'] },
];

const { values } = parseArgs({
  options: { only: { type: 'string' }, skip: { type: 'string' }, list: { type: 'boolean' } },
});
const split = (text) =>
  text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const only = split(values.only);
const skip = split(values.skip);
for (const id of [...only, ...skip]) {
  if (!steps.some((s) => s.id === id)) {
    console.error(`unknown step "${id}"; steps: ${steps.map((s) => s.id).join(', ')}`);
    process.exit(2);
  }
}
if (values.list) {
  for (const s of steps) console.log(`${s.id.padEnd(12)} ${s.title}`);
  process.exit(0);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const SILENCE_MS = 30_000;

/** Runs one step, passing its output through; after 30 s without output says it is still going. */
function runStep(step) {
  return new Promise((resolveStep) => {
    const started = Date.now();
    let lastOutput = started;
    const child = spawn(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const pass = (stream) => (chunk) => {
      lastOutput = Date.now();
      stream.write(chunk);
    };
    child.stdout.on('data', pass(process.stdout));
    child.stderr.on('data', pass(process.stderr));
    const heartbeat = setInterval(() => {
      if (Date.now() - lastOutput < SILENCE_MS) return;
      lastOutput = Date.now();
      console.log(`  … ${step.id} still running (${seconds(Date.now() - started)})`);
    }, 5_000);
    const finish = (why) => {
      clearInterval(heartbeat);
      resolveStep({ why, took: Date.now() - started });
    };
    child.on('error', (error) => finish(error.message));
    child.on('close', (status, signal) =>
      finish(status === 0 ? undefined : signal ? `signal ${signal}` : `exit ${status}`),
    );
  });
}

const started = Date.now();
const done = [];

try {
  if (ensureDeps(root)) done.push(['deps (npm ci)', Date.now() - started]);
} catch (error) {
  console.error(`\n✘ npm test stopped: installing dependencies failed: ${error.message}`);
  process.exit(1);
}

const selected = steps.filter((step) => !(only.length && !only.includes(step.id)) && !skip.includes(step.id));
for (const [index, step] of selected.entries()) {
  console.log(
    `\n━━ step ${index + 1} of ${selected.length}: ${step.id} — ${step.title} ━━ ${step.cmd.join(' ')}`,
  );
  const { why, took } = await runStep(step);
  if (why) {
    console.error(`\n✘ npm test stopped at "${step.id}" (${step.title}): ${why} after ${seconds(took)}`);
    console.error(`  re-run just this step with: npm test -- --only ${step.id}`);
    process.exit(1);
  }
  done.push([step.id, took]);
}

console.log('\n━━ Summary ━━');
for (const [id, took] of done) console.log(`  ✔ ${id.padEnd(14)} ${seconds(took)}`);
const notRun = steps.filter((s) => !done.some(([id]) => id === s.id)).map((s) => s.id);
if (notRun.length) console.log(`  (not run: ${notRun.join(', ')})`);
console.log(`  all passed in ${seconds(Date.now() - started)}`);
