// `npm run demo`: installs dependencies if needed, builds, then shows pilens on bundled samples:
//   1. `pilens scan samples/project`  — PI fields in SQL, TypeScript, Java and OpenAPI files;
//   2. `pilens estimate samples/datasets/` — the risk tier of synthetic datasets written here.
// Output is pilens's own (masked examples only); the datasets are synthetic and deterministic.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './lib/ensureDeps.mjs';
import { writeSampleDatasets } from './lib/sampleDataset.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');

function step(title) {
  console.log(`\n━━ ${title} ━━`);
}

/** Runs a command; `okCodes` lists exit codes that are results rather than failures. */
function run(cmd, args, okCodes = [0]) {
  console.log(`$ ${[cmd, ...args].map((a) => a.replace(root + '/', '')).join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (!okCodes.includes(result.status ?? -1)) {
    console.error(
      `\n✘ demo stopped: ${cmd} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(1);
  }
  return result.status;
}

ensureDeps(root);
step('Build');
run('npm', ['run', '--silent', 'build']);
if (!existsSync(cli)) {
  console.error('✘ dist/cli.js was not built (src/cli/main.ts missing?)');
  process.exit(1);
}

step('Scan a sample project: pilens scan samples/project');
// Exit code 1 means "findings at or above --fail-on": the expected result here, not an error.
run('node', [cli, 'scan', 'samples/project'], [0, 1]);

step('Estimate the risk tier of synthetic datasets: pilens estimate samples/datasets/');
const files = writeSampleDatasets(join(root, 'samples', 'datasets'));
console.log(`wrote ${files.map((f) => f.replace(root + '/', '')).join(', ')} (synthetic, deterministic)`);
run('node', [cli, 'estimate', 'samples/datasets/'], [0, 1]);

console.log(
  '\n✔ demo finished. Try `node dist/cli.js scan --format sarif samples/project` or open the folder in VS Code.',
);
