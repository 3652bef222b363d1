// Runs code-server (VS Code server + web workbench) from the provisioned cache, as CONTRIBUTING.md
// ("What `npm test` installs, and where") describes.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Profile } from './profile.js';
import type { TestHost } from './testHost.js';

export interface RunningCodeServer {
  readonly url: string;
  /** The workbench URL with the profile's workspace open. */
  readonly workbenchUrl: string;
  readonly logFile: string;
  stop(): void;
}

/**
 * The host's environment with temporary files kept inside the profile: otherwise VS Code's IPC
 * sockets and the TypeScript server's folders stay behind in the machine's /tmp after the run.
 */
function serverEnv(
  host: TestHost,
  profile: Profile,
  env: Record<string, string> = {},
): Record<string, string> {
  return { ...host.env, TMPDIR: profile.tmpDir, XDG_RUNTIME_DIR: profile.tmpDir, ...env };
}

function baseArgs(host: TestHost, profile: Profile): string[] {
  // --config inside the profile: otherwise code-server writes ~/.config/code-server/config.yaml.
  return [
    host.codeServerEntry,
    '--config',
    join(profile.root, 'config.yaml'),
    '--extensions-dir',
    profile.extensionsDir,
    '--user-data-dir',
    profile.userDataDir,
  ];
}

/** `--install-extension` the packaged .vsix: proves the package installs as a user would. */
export function installExtension(host: TestHost, profile: Profile, vsixOrId: string): void {
  console.log(`[host] code-server --install-extension ${vsixOrId}`);
  const result = spawnSync(host.nodeBin, [...baseArgs(host, profile), '--install-extension', vsixOrId], {
    env: serverEnv(host, profile),
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0 || !/successfully installed|already installed/i.test(output)) {
    throw new Error(`installing ${vsixOrId} failed (exit ${result.status ?? 'signal'}):\n${output}`);
  }
  console.log(`[host] ${output.split('\n').at(-1) ?? ''}`);
}

/**
 * Copies an unpacked extension folder into the profile and registers it in extensions.json:
 * once that file exists (after --install-extension), VS Code removes unlisted folders.
 */
export function addUnpackedExtension(
  profile: Profile,
  sourceDir: string,
  skip: (path: string) => boolean = () => false,
): string {
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = `${id}-${manifest.version}`;
  const target = join(profile.extensionsDir, folder);
  cpSync(sourceDir, target, { recursive: true, filter: (path) => !skip(path) });
  const registry = join(profile.extensionsDir, 'extensions.json');
  const entries = existsSync(registry) ? (JSON.parse(readFileSync(registry, 'utf8')) as unknown[]) : [];
  entries.push({
    identifier: { id },
    version: manifest.version,
    location: { $mid: 1, path: target, scheme: 'file' },
    relativeLocation: folder,
    metadata: { installedTimestamp: Date.now(), source: 'vsix' },
  });
  writeFileSync(registry, JSON.stringify(entries));
  return target;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitUntilServing(
  url: string,
  logFile: string,
  exited: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`code-server exited early:\n${readFileSync(logFile, 'utf8')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms; log: ${logFile}`);
}

/** Starts code-server on a free 127.0.0.1 port and waits until it answers. */
export async function startCodeServer(
  host: TestHost,
  profile: Profile,
  env: Record<string, string> = {},
): Promise<RunningCodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(profile.root, 'code-server.log');
  const log = createWriteStream(logFile);
  const args = [
    ...baseArgs(host, profile),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    profile.workspace,
  ];
  // Detached: its own process group, so stopping it also stops the extension hosts it forked.
  const child = spawn(host.nodeBin, args, {
    env: serverEnv(host, profile, env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = (): void => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  try {
    await waitUntilServing(url, logFile, () => exited, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  console.log(`[host] code-server listening on ${url} (log ${logFile})`);
  return { url, workbenchUrl: `${url}/?folder=${encodeURIComponent(profile.workspace)}`, logFile, stop };
}
