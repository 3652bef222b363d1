// Installs the project's npm dependencies when node_modules is missing or older than the
// lockfile (npm records what it installed in node_modules/.package-lock.json).
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Runs `npm ci` in `root` when needed; returns true if it ran. */
export function ensureDeps(root) {
  const modules = join(root, 'node_modules');
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) return sharedDeps(root, modules);
  const installed = join(modules, '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const fresh = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return false;
  console.log(
    `[deps] node_modules ${existsSync(installed) ? 'is older than package-lock.json' : 'is missing'}: npm ci`,
  );
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci failed (exit ${result.status ?? 'signal'})`);
  return true;
}

/**
 * A node_modules linked from another checkout (a git worktree sharing the main one's): `npm ci`
 * through the link would empty the other checkout's install, so it is used as it is when that
 * checkout's lockfile is this one's, and refused otherwise.
 */
function sharedDeps(root, modules) {
  const owner = dirname(realpathSync(modules));
  const same = (file) =>
    existsSync(join(owner, file)) && readFileSync(join(owner, file)).equals(readFileSync(join(root, file)));
  if (same('package-lock.json')) return ensureDeps(owner);
  throw new Error(
    `node_modules is a link to ${owner}'s, whose package-lock.json differs: replace the link with an install of its own (rm node_modules && npm ci)`,
  );
}
