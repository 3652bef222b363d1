// Installs the project's npm dependencies when node_modules is missing or older than the
// lockfile (npm records what it installed in node_modules/.package-lock.json).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `npm ci` in `root` when needed; returns true if it ran. */
export function ensureDeps(root) {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const fresh = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return false;
  console.log(`[deps] node_modules ${existsSync(installed) ? 'is older than package-lock.json' : 'is missing'}: npm ci`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci failed (exit ${result.status ?? 'signal'})`);
  return true;
}
