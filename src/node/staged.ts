/**
 * What a commit would record: the staged files read from the git index, never the working tree
 * (a pre-commit hook must judge what is committed, not what happens to be on disk), and the
 * lines the commit adds or changes in each. At most five git processes whatever the number of files:
 * one `cat-file --batch` reads every blob, where `git show :path` per file would start hundreds.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseUnifiedDiff, type LineSpan } from '../core/review/diff.js';
import { git, GitError } from './git.js';

/** A staged regular file: its repository path and the blob the index holds for it. */
export interface StagedFile {
  /** Absolute path in the working tree (where the file lives, not what is read). */
  readonly absPath: string;
  /** Relative to the repository root, `/`-separated. */
  readonly repoPath: string;
  readonly blob: string;
  /** Lines added or changed by the commit (1-based, in the staged version); `'all'` for a new file. */
  readonly added: readonly LineSpan[] | 'all';
}

export interface StagedChanges {
  readonly root: string;
  readonly files: StagedFile[];
}

/** Regular files, executable or not; symlinks (120000) and submodules (160000) hold no text. */
const REGULAR_MODES = new Set(['100644', '100755']);

/** The same pairing of old and new names as the patch below, so both name a file alike. */
const DIFF_ARGS = ['diff', '--cached', '-M', '--no-color', '--no-ext-diff'];

/** One entry of `git diff --raw`: the new path, mode and blob, and the status letter (A, M, R…). */
export interface RawEntry {
  readonly path: string;
  readonly mode: string;
  readonly blob: string;
  readonly status: string;
}

/**
 * Parses `git diff --raw -z` output: `:mode mode sha sha status\0path\0` (two paths for a
 * rename or copy).
 */
export function parseRawDiff(raw: string): RawEntry[] {
  const parts = raw.split('\0');
  const out: RawEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const head = parts[i] ?? '';
    if (!head.startsWith(':')) continue;
    const [, mode = '', , blob = '', status = ''] = head.slice(1).split(' ');
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const path = parts[twoPaths ? i + 2 : i + 1] ?? '';
    i += twoPaths ? 2 : 1;
    if (path !== '') out.push({ path, mode, blob, status: status.charAt(0) });
  }
  return out;
}

/**
 * The staged files of the repository containing `cwd` with the lines the commit adds. Throws
 * `GitError` with git's one-line reason outside a repository. Works before the first commit
 * (git compares the index with the empty tree).
 */
export async function stagedChanges(cwd: string): Promise<StagedChanges> {
  const root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  const entries = parseRawDiff(
    await git(root, [...DIFF_ARGS, '--diff-filter=ACMR', '--raw', '-z', '--no-abbrev']),
  ).filter((e) => REGULAR_MODES.has(e.mode));
  // New files count whole; the patch is asked only for the others, so a commit of new files
  // does not pipe its whole content through git a second time, nor start git for nothing.
  const patch = entries.some((e) => e.status !== 'A')
    ? await git(root, [...DIFF_ARGS, '--diff-filter=MR', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/'])
    : '';
  const added = new Map(parseUnifiedDiff(patch).map((c) => [c.path, c.added]));
  const files = entries.map((e) => ({
    absPath: join(root, e.path),
    repoPath: e.path,
    blob: e.blob,
    added: e.status === 'A' ? ('all' as const) : (added.get(e.path) ?? []),
  }));
  return { root, files };
}

/** A blob's bytes, or its size alone when it is larger than the cap (never read into memory). */
export type BlobContent = { readonly bytes: Buffer } | { readonly tooLarge: number };

/**
 * Reads blobs through one `git cat-file --batch`: sizes first (`--batch-check`), then only the
 * blobs within `maxBytes`, so a huge staged file costs one header line, not its content.
 */
export async function readBlobs(
  root: string,
  blobs: readonly string[],
  maxBytes: number,
): Promise<BlobContent[]> {
  if (blobs.length === 0) return [];
  const sizes = (await catFile(root, '--batch-check', blobs)).toString('utf8').split('\n');
  const size = blobs.map((_, i) => Number(/^\S+ blob (\d+)$/.exec(sizes[i] ?? '')?.[1] ?? NaN));
  if (size.some((n) => Number.isNaN(n))) throw new GitError('could not read staged content from the index');
  const wanted = blobs.filter((_, i) => (size[i] ?? 0) <= maxBytes);
  const batch = await catFile(root, '--batch', wanted);
  const contents = new Map<string, Buffer>();
  let at = 0;
  for (const blob of wanted) {
    const eol = batch.indexOf(10, at);
    const m = /^(\S+) blob (\d+)$/.exec(batch.toString('utf8', at, eol));
    if (!m) throw new GitError('could not read staged content from the index');
    const start = eol + 1;
    const end = start + Number(m[2]);
    contents.set(blob, batch.subarray(start, end));
    at = end + 1;
  }
  return blobs.map((blob, i) => {
    const bytes = contents.get(blob);
    return bytes ? { bytes } : { tooLarge: size[i] ?? 0 };
  });
}

function catFile(root: string, mode: '--batch' | '--batch-check', blobs: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', mode], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(new GitError(e.code === 'ENOENT' ? 'git is not installed or not on PATH' : e.message));
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new GitError(stderr.trim().split('\n')[0] || 'git cat-file failed'));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(blobs.map((b) => `${b}\n`).join(''));
  });
}
