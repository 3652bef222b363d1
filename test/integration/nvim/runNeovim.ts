// The language server in a real editor: Neovim, headless, with its built-in LSP client, opens a
// SQL and a TypeScript file of the CLI fixture project through `dist/cli.js lsp --stdio`, waits
// for diagnostics, asks for a hover and records what it saw (pilens-lsp.lua). This checks that
// the editor got the findings `pilens scan` reports for the same files, a legal explanation on
// hover, and a clean shutdown. Neovim comes from Debian through the test host's installer; if it
// is still missing afterwards the run fails, it never skips.
//
//   npx tsx test/integration/nvim/runNeovim.ts [--skip-build]
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EDITOR_FILES, editorKey, ensureBuilt, inFixtureProject, scanFindings } from '../lspEditors.js';

const SCRIPT = join(__dirname, 'pilens-lsp.lua');
const TIMEOUT_MS = 180_000;

interface SeenDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  source: string | null;
  code: string | null;
  message: string;
}
interface SeenFile {
  path: string;
  filetype: string;
  waited: boolean;
  diagnostics: SeenDiagnostic[];
  hover: { contents: { kind: string; value: string } } | null;
}
interface Seen {
  nvim: { major: number; minor: number; patch: number };
  files: SeenFile[];
  exit_code: number | null;
  error?: string;
}

const { values: options } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });

function nvimVersion(nvim: string): string {
  const out = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
  if (out.status !== 0)
    throw new Error(`${nvim} --version failed: Neovim is not usable (${out.stderr || String(out.error)})`);
  return out.stdout.split('\n')[0] ?? '';
}

function runNvim(nvim: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(nvim, ['--headless', '--clean', '-c', `luafile ${SCRIPT}`], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Neovim did not finish within ${String(TIMEOUT_MS / 1000)} s`));
    }, TIMEOUT_MS);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

async function main(): Promise<void> {
  // An ES module with top-level await: loaded with a dynamic import, as the test host is.
  const installer = await import('../../../scripts/vscode-host/install.mjs');
  const { nvim } = await installer.ensureDebianTools();
  if (!existsSync(nvim))
    throw new Error(`${nvim} is missing after the install step: the Neovim test cannot run`);
  const version = nvimVersion(nvim);
  console.log(`[nvim] ${version}`);
  ensureBuilt(options['skip-build']);

  await inFixtureProject('nvim', async (project, out, env) => {
    const code = await runNvim(nvim, env);
    assert.ok(existsSync(out), `Neovim (exit ${String(code)}) wrote no results`);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    assert.equal(seen.error, undefined, `the Lua script failed: ${seen.error ?? ''}`);
    assert.equal(code, 0);
    for (const [k, rel] of EDITOR_FILES.entries()) {
      const file = seen.files[k];
      assert.ok(file, `no results for ${rel}`);
      assert.ok(file.waited, `${rel}: no diagnostics arrived`);
      const got = file.diagnostics.map(editorKey);
      assert.deepEqual(
        got.sort(),
        (await scanFindings(project, rel)).sort(),
        `${rel}: Neovim's diagnostics differ from pilens scan`,
      );
      assert.ok(file.diagnostics.every((d) => d.source === 'pilens'));
      assert.ok(file.hover, `${rel}: no hover on the first finding`);
      assert.equal(file.hover.contents.kind, 'markdown');
      assert.match(file.hover.contents.value, new RegExp(String(file.diagnostics[0]?.code)));
      assert.match(file.hover.contents.value, /253/);
      console.log(
        `[nvim] ✔ ${rel} (filetype ${file.filetype}): ${String(got.length)} diagnostics as pilens scan, hover explains ${String(file.diagnostics[0]?.code)}`,
      );
    }
    assert.equal(seen.exit_code, 0, 'the server did not exit cleanly after shutdown/exit');
    console.log('[nvim] ✔ server ended with exit code 0 after shutdown/exit');
  });
}

main().catch((error: unknown) => {
  console.error(`[nvim] ✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
