/**
 * What the real-editor tests of `pilens lsp` (Neovim, Emacs) compare with: the findings
 * `pilens scan` reports for the same file, as `line:col-endLine:endCol category` (1-based).
 */
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/main.js';

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
