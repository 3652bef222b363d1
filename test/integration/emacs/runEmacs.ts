// The language server in Emacs: Emacs 28 from Debian (emacs-nox) with eglot (Debian's elpa-eglot;
// built into Emacs only from 29), in batch, opens a SQL and a TypeScript file of the CLI fixture
// project through `dist/cli.js lsp --stdio`, waits for the diagnostics to reach flymake, asks
// for a hover through eglot's connection and records what it saw (pilens-eglot.el). Checks that
// Emacs got the findings `pilens scan` reports for the same files, the legal explanation on hover
// (plain text: eglot 1.9 asks for Markdown only when markdown-mode is installed), and a clean
// end after shutdown/exit. The packages come from the test host's installer; if Emacs or eglot is
// still missing afterwards the run fails, it never skips.
//
//   npx tsx test/integration/emacs/runEmacs.ts [--skip-build]
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EDITOR_FILES, editorKey, ensureBuilt, inFixtureProject, scanFindings } from '../lspEditors.js';

const SCRIPT = join(__dirname, 'pilens-eglot.el');
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
  mode: string;
  waited: boolean;
  diagnostics: SeenDiagnostic[];
  hover: { contents: { kind: string; value: string } } | null;
}
interface Seen {
  emacs: string;
  eglot: number[];
  files: SeenFile[];
  exit_code: number | null;
  error?: string;
}

const { values: options } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });

function runEmacs(emacs: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(emacs, ['--batch', '-l', SCRIPT], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Emacs did not finish within ${String(TIMEOUT_MS / 1000)} s`));
    }, TIMEOUT_MS);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

async function main(): Promise<void> {
  // An ES module with top-level await: loaded with a dynamic import, as the test host is.
  const installer = await import('../../../scripts/vscode-host/install.mjs');
  const { emacs } = await installer.ensureDebianTools();
  if (!existsSync(emacs))
    throw new Error(`${emacs} is missing after the install step: the Emacs test cannot run`);
  console.log(`[emacs] ${spawnSync(emacs, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? ''}`);
  ensureBuilt(options['skip-build']);

  await inFixtureProject('emacs', async (project, out, env) => {
    const run = await runEmacs(emacs, env);
    assert.ok(existsSync(out), `Emacs (exit ${String(run.code)}) wrote no results: ${run.stderr}`);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    assert.equal(seen.error, undefined, `the Emacs Lisp script failed: ${seen.error ?? ''}`);
    assert.equal(run.code, 0);
    console.log(`[emacs] Emacs ${seen.emacs}, eglot ${seen.eglot.join('.')}`);
    for (const [k, rel] of EDITOR_FILES.entries()) {
      const file = seen.files[k];
      assert.ok(file, `no results for ${rel}`);
      assert.ok(file.waited, `${rel}: no diagnostics reached flymake`);
      const got = file.diagnostics.map(editorKey);
      assert.deepEqual(
        [...got].sort(),
        (await scanFindings(project, rel)).sort(),
        `${rel}: Emacs's diagnostics differ from pilens scan`,
      );
      assert.ok(file.diagnostics.every((d) => d.source === 'pilens'));
      const first = file.diagnostics[0];
      assert.ok(file.hover, `${rel}: no hover on the first finding`);
      assert.match(file.hover.contents.kind, /^(plaintext|markdown)$/);
      assert.match(file.hover.contents.value, new RegExp(`\\b${String(first?.code)}\\b`));
      assert.match(file.hover.contents.value, /法释〔2017〕10号/);
      console.log(
        `[emacs] ✔ ${rel} (${file.mode}): ${String(got.length)} diagnostics as pilens scan, ${file.hover.contents.kind} hover explains ${String(first?.code)}`,
      );
    }
    assert.equal(seen.exit_code, 0, 'the server did not exit cleanly after shutdown/exit');
    console.log('[emacs] ✔ server ended with exit code 0 after shutdown/exit');
  });
}

main().catch((error: unknown) => {
  console.error(`[emacs] ✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
