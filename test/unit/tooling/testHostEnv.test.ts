// The test host's installs run with the machine's own npm settings, never the outer `npm test`'s:
// code-server's install script reads the Node version from npm_config_user_agent, which an outer
// npm on Node 20 exports, and refused Node 24 on every new machine.
import assert from 'node:assert/strict';
import { isAbsolute, resolve, sep } from 'node:path';
import { test } from 'node:test';

const installer = () => import('../../../scripts/vscode-host/install.mjs');

const outerNpm = {
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_node_execpath: '/usr/local/bin/node',
  npm_execpath: '/usr/local/lib/node_modules/npm/bin/npm-cli.js',
  npm_lifecycle_event: 'test',
  NPM_CONFIG_PREFIX: '/tmp/prefix',
  INIT_CWD: '/work/main',
  NODE: '/usr/local/bin/node',
};

/** Runs `body` with `extra` added to process.env, then puts the environment back. */
function withEnv<T>(extra: Record<string, string>, body: () => T): T {
  const saved = Object.keys(extra).map((key) => [key, process.env[key]] as const);
  Object.assign(process.env, extra);
  try {
    return body();
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

test('cleanEnv drops every setting an outer npm exports and keeps the rest', async () => {
  const { cleanEnv } = await installer();
  const env = withEnv({ ...outerNpm, PILENS_KEEP_ME: 'yes' }, cleanEnv);
  for (const key of Object.keys(outerNpm)) assert.equal(env[key], undefined, key);
  assert.equal(env.PILENS_KEEP_ME, 'yes');
  assert.equal(env.PATH, process.env.PATH);
});

test('nodeEnv puts Node 24 first on PATH and builds native modules against its headers', async () => {
  const { nodeEnv } = await installer();
  const env = withEnv(outerNpm, () => nodeEnv('/cache/node'));
  assert.ok(env.PATH?.startsWith('/cache/node/bin:'));
  assert.equal(env.npm_config_nodedir, '/cache/node');
  assert.equal(env.npm_config_user_agent, undefined);
  assert.equal(env.npm_node_execpath, undefined);
});

test('cacheDir takes an empty PILENS_TEST_CACHE as unset and a relative one as absolute', async () => {
  const { cacheDir } = await installer();
  const fallback = withEnv({ PILENS_TEST_CACHE: '' }, cacheDir);
  assert.ok(fallback.includes(`${sep}.cache${sep}pilens-test${sep}`), fallback);
  const relative = withEnv({ PILENS_TEST_CACHE: 'some-cache' }, cacheDir);
  assert.ok(isAbsolute(relative), relative);
  assert.ok(relative.startsWith(resolve('some-cache') + sep), relative);
  const absolute = withEnv({ PILENS_TEST_CACHE: '/srv/cache' }, cacheDir);
  assert.ok(absolute.startsWith(`/srv/cache${sep}code-server-`), absolute);
});
