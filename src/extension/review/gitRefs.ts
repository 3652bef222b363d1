/**
 * The little git the review command needs beyond src/node/git.ts (changed lines): the refs to
 * offer, where renamed files came from, and a file's content at a ref for the diff's left side.
 * Arguments are passed as an array (no shell), and a ref never starts with `-`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GitError } from '../../node/git.js';

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[], maxBuffer = 64 * 1024 * 1024): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      maxBuffer,
      encoding: 'utf8',
    });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; code?: string | number; message?: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    throw new GitError((err.stderr ?? err.message ?? 'git failed').trim().split('\n')[0] ?? 'git failed');
  }
}

function checkRef(ref: string): void {
  if (ref === '' || ref.startsWith('-')) throw new GitError(`not a git ref: ${ref}`);
}

/** The repository root containing `cwd`, or undefined when it is not in one. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface GitRef {
  readonly name: string;
  readonly kind: 'branch' | 'tag' | 'remote' | 'commit';
  readonly subject?: string;
}

/** Local branches, tags and remote branches, most recently committed first. */
export async function listRefs(root: string): Promise<GitRef[]> {
  const out = await git(root, [
    'for-each-ref',
    '--sort=-committerdate',
    '--count=200',
    '--format=%(refname)%00%(refname:short)%00%(subject)',
    'refs/heads',
    'refs/tags',
    'refs/remotes',
  ]);
  const refs: GitRef[] = [];
  for (const line of out.split('\n')) {
    const [full, name, subject] = line.split('\0');
    if (full === undefined || name === undefined || name === '' || full.endsWith('/HEAD')) continue;
    const kind = full.startsWith('refs/heads/') ? 'branch' : full.startsWith('refs/tags/') ? 'tag' : 'remote';
    refs.push({ name, kind, ...(subject ? { subject } : {}) });
  }
  return refs;
}

/**
 * Paths in the new version that were renamed since `ref`, mapped to their old path
 * (`git diff -M --name-status`), so the diff's left side shows the file before the move.
 */
export async function renamesSince(root: string, ref: string): Promise<Map<string, string>> {
  checkRef(ref);
  const out = await git(root, ['diff', '-M', '--name-status', '-z', '--no-ext-diff', ref, '--']);
  const fields = out.split('\0');
  const renames = new Map<string, string>();
  for (let i = 0; i < fields.length;) {
    const status = fields[i] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i + 1];
      const to = fields[i + 2];
      if (from !== undefined && to !== undefined) renames.set(to, from);
      i += 3;
    } else i += status === '' ? 1 : 2;
  }
  return renames;
}

/** The text of `path` (relative to the root, `/`-separated) at `ref`; empty when it did not exist. */
export async function showAtRef(root: string, ref: string, path: string): Promise<string> {
  checkRef(ref);
  try {
    return await git(root, ['show', `${ref}:${path}`], 256 * 1024 * 1024);
  } catch {
    return '';
  }
}
