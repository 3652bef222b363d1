/**
 * Changed-lines mode: which lines were added or changed since a git ref, in the working tree
 * (staged or not) and in untracked files, with renames followed so a moved file is not
 * treated as new.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseUnifiedDiff, type LineSpan } from '../core/review/diff.js';

const run = promisify(execFile);

/** Added or changed lines per absolute path; `'all'` for untracked files. */
export type ChangedLines = ReadonlyMap<string, readonly LineSpan[] | 'all'>;

export class GitError extends Error {}

/** Runs git in `cwd`; a failure becomes `GitError` with git's first line of complaint. */
export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; code?: string | number; message?: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    const first = (err.stderr ?? err.message ?? '').trim().split('\n')[0] ?? '';
    throw new GitError(first || 'git failed');
  }
}

/**
 * The lines added or changed since `ref` in the repository containing `cwd`. Throws
 * `GitError` with git's one-line reason when `cwd` is not in a repository or the ref is
 * unknown.
 */
export async function changedLinesSince(cwd: string, ref: string): Promise<ChangedLines> {
  if (ref.startsWith('-')) throw new GitError(`not a git ref: ${ref}`);
  const root = resolve(cwd, (await git(cwd, ['rev-parse', '--show-toplevel'])).trim());
  await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new GitError(`unknown git ref: ${ref}`);
  });
  const diff = await git(root, [
    'diff',
    '-M',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    ref,
    '--',
  ]);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const changed = new Map<string, readonly LineSpan[] | 'all'>();
  for (const change of parseUnifiedDiff(diff)) changed.set(join(root, change.path), change.added);
  for (const path of untracked.split('\0')) if (path !== '') changed.set(join(root, path), 'all');
  return changed;
}
