/** Runs the CLI in-process over temporary copies of test/fixtures/cli. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { runCli } from '../../../src/cli/main.js';

export const FIXTURES = resolve(__dirname, '../../fixtures/cli');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function pilens(cwd: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

export function writeFile(root: string, rel: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content);
}

/**
 * Runs the CLI in a child process that file modes apply to: root ignores them, so as root the
 * child runs without the capabilities that override them (setpriv, util-linux).
 */
export function pilensWithoutOverride(
  cwd: string,
  ...args: string[]
): { code: number | null; stdout: string; stderr: string } {
  const node = [
    process.execPath,
    '--import',
    pathToFileURL(require.resolve('tsx')).href,
    join(__dirname, '../../../src/cli/main.ts'),
    ...args,
  ];
  const root = process.getuid?.() === 0;
  const [cmd = '', ...rest] = root
    ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', ...node]
    : node;
  const r = spawnSync(cmd, rest, { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A copy of the fixture project plus what cannot live in the repository itself: an ignored
 * folder (a real .gitignore would hide it from our own commits), a binary and a large file,
 * and legacy encodings (GBK, UTF-16 with a BOM) that editors and linters may rewrite.
 */
export function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'pilens-cli-'));
  cpSync(join(FIXTURES, 'project'), root, { recursive: true });
  writeFile(root, '.gitignore', 'ignored/\n');
  writeFile(root, 'ignored/leak.ts', 'export interface Person { idCardNumber: string }\n');
  writeFile(root, 'assets/blob.dat', Buffer.from([0x00, 0x01, 0x02, 0x03]));
  writeFile(root, 'dump/huge.sql', `-- ${'x'.repeat(2 * 1024 * 1024)}\n`);
  writeFile(
    root,
    'legacy/gbk.sql',
    iconv.encode("CREATE TABLE t_kh (\n  id INT,\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n", 'gbk'),
  );
  const utf16 = 'export interface Patient {\n  medicalHistory: string;\n}\n';
  writeFile(
    root,
    'legacy/utf16.ts',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]),
  );
  return root;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  field: string;
  owner: string | null;
  category: string;
  class: 'A' | 'B' | 'C';
  confidence: string;
  evidence: { kind: string; matched: string; detail: string }[];
}

export interface JsonOutput {
  version: number;
  findings: JsonFinding[];
  summary: {
    findings: number;
    baselined: number;
    stale: { file: string; line: number; category: string; field: string }[];
    skipped: { file: string; reason: string }[];
    since?: string;
    baseline?: string;
  };
}
