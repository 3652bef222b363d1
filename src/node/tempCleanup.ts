/**
 * Temporary folders removed on every way out of the process: a normal end (the owner disposes
 * them), an error, an uncaught exception (the 'exit' event still fires), and SIGINT, SIGTERM
 * or SIGHUP. Spill folders hold hashes of personal data (one per person key): an
 * interrupted `pilens estimate` must not leave them behind.
 *
 * The registry is process-wide by nature (signals are), so it lives at module level. Handlers
 * are installed only while a folder is live, and a signal is re-raised after clean-up when no
 * other listener is there to handle it, so the default exit status (130, 143) is kept; in a
 * host that listens itself (the editor), the host decides.
 */
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const live = new Set<string>();

function removeAll(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeAll);
}

/** Removes `dir` (recursively) if the process ends before `releaseTempDir(dir)`. */
export function trackTempDir(dir: string): void {
  if (live.size === 0) install();
  live.add(dir);
}

/** Removes `dir` now and stops tracking it. */
export function releaseTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  if (live.delete(dir) && live.size === 0) uninstall();
}
