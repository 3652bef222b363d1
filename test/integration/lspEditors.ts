/**
 * What the real-editor tests of `pilens lsp` (Neovim, Emacs) compare with: the findings
 * `pilens scan` reports for the same file, as `line:col-endLine:endCol category` (1-based).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main.js';

const ROOT = resolve(__dirname, '../..');
/** The bundled CLI both editors start as `node dist/cli.js lsp --stdio`. */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** The fixture files both editors open: a SQL DDL and a TypeScript model. */
export const EDITOR_FILES = ['db/schema.sql', 'src/models/user.ts'] as const;

export async function scanFindings(project: string, rel: string): Promise<string[]> {
  let stdout = '';
  const code = await runCli(['scan', rel, '--format', 'json'], {
    cwd: project,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => true },
  });
  assert.ok(code === 0 || code === 1, `pilens scan ${rel} exited ${String(code)}`);
  const findings = (JSON.parse(stdout) as { findings: Record<string, number | string>[] }).findings;
  return findings.map(
    (f) =>
      `${String(f.line)}:${String(f.column)}-${String(f.endLine)}:${String(f.endColumn)} ${String(f.category)}`,
  );
}

/** 0-based editor positions as the same key. */
export function editorKey(d: {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string | null;
}): string {
  return `${String(d.lnum + 1)}:${String(d.col + 1)}-${String(d.end_lnum + 1)}:${String(d.end_col + 1)} ${String(d.code)}`;
}

/** Builds the bundle unless told not to, and fails when it is still missing. */
export function ensureBuilt(skipBuild: boolean | undefined): void {
  if (!skipBuild) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run without --skip-build`);
}

/**
 * Runs `use` on a fresh copy of the CLI fixture project, with the environment the editor
 * scripts read (where to write what they saw, the CLI, the project, the files to open); the
 * copy is removed afterwards whatever happens.
 */
export async function inFixtureProject(
  tag: string,
  use: (project: string, out: string, env: NodeJS.ProcessEnv) => Promise<void>,
): Promise<void> {
  const project = mkdtempSync(join(tmpdir(), `pilens-${tag}-`));
  try {
    cpSync(join(ROOT, 'test', 'fixtures', 'cli', 'project'), project, { recursive: true });
    const out = join(project, 'seen.json');
    await use(project, out, {
      ...process.env,
      PILENS_OUT: out,
      PILENS_CLI: CLI,
      PILENS_ROOT: project,
      PILENS_FILES: EDITOR_FILES.map((f) => join(project, f)).join(','),
    });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
