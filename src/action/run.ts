/**
 * The GitHub Action (action.yml at the repository root): `pilens scan` on what a pull request
 * changes, written as SARIF for `github/codeql-action/upload-sarif`, with scan's exit code.
 * GitHub passes inputs as `INPUT_<NAME>` variables (upper case, spaces as `_`, hyphens kept) and
 * collects outputs from the file named by `GITHUB_OUTPUT`.
 */
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { EXIT, type CliIO } from '../cli/io.js';
import { runCli } from '../cli/runCli.js';
import { git, GitError } from '../node/git.js';
import { messageOf } from '../core/errors.js';

/** The inputs action.yml declares, in its order (a test keeps the two equal). */
export const ACTION_INPUTS = ['paths', 'fail-on', 'since', 'sarif'] as const;
export type ActionInput = (typeof ACTION_INPUTS)[number];

export type Env = Readonly<Record<string, string | undefined>>;

/** An input as the runner sets it, trimmed; '' when absent. */
export function readInput(env: Env, name: ActionInput): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * The commit the pull request's diff starts from: `git diff base...HEAD` is the diff from the
 * merge base, so a base branch that moved on after the branch was cut adds nothing.
 */
async function mergeBase(cwd: string, base: string): Promise<string> {
  if (base.startsWith('-')) throw new GitError(`not a git ref: ${base}`);
  return (await git(cwd, ['merge-base', base, 'HEAD'])).trim();
}

interface SarifSummary {
  readonly results: number;
}

function countResults(sarif: string): SarifSummary {
  const log = JSON.parse(sarif) as { runs?: { results?: unknown[] }[] };
  return { results: (log.runs ?? []).reduce((n, run) => n + (run.results?.length ?? 0), 0) };
}

/** Runs the action; resolves to the exit code (scan's: 0, 1 at or above fail-on, 2 on errors). */
export async function runAction(env: Env, io: CliIO): Promise<number> {
  const cwd =
    env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : io.cwd;
  const paths = readInput(env, 'paths').split(/\s+/).filter(Boolean);
  const failOn = readInput(env, 'fail-on') || 'none';
  const sarifPath = resolve(cwd, readInput(env, 'sarif') || 'pilens.sarif');
  // Without an explicit base, a pull_request run compares with its base branch.
  const baseRef = env.GITHUB_BASE_REF ?? '';
  const since = readInput(env, 'since') || (baseRef !== '' ? `origin/${baseRef}` : '');
  const args = ['scan', ...paths, '--format', 'sarif', '--fail-on', failOn];
  if (since !== '') {
    try {
      args.push('--since', await mergeBase(cwd, since));
    } catch (e) {
      const why = messageOf(e);
      io.stderr.write(
        `::error::pilens: no merge base of ${since} and HEAD (${why}); fetch the history (actions/checkout fetch-depth: 0)\n`,
      );
      return EXIT.usage;
    }
  }
  // A SARIF file left by an earlier run in this workspace is untracked: the scan would read it.
  rmSync(sarifPath, { force: true });
  let sarif = '';
  const code = await runCli(args, { cwd, stdout: { write: (t: string) => (sarif += t) }, stderr: io.stderr });
  if (code === EXIT.usage && sarif === '') {
    io.stderr.write('::error::pilens: the scan failed; see the line above\n');
    return code;
  }
  writeFileSync(sarifPath, sarif);
  const { results } = countResults(sarif);
  const shown = relative(cwd, sarifPath) || sarifPath;
  const scope = since !== '' ? ` on the lines changed since ${since}` : '';
  io.stdout.write(
    `pilens: ${results} finding${results === 1 ? '' : 's'}${scope}; SARIF written to ${shown}\n`,
  );
  if (env.GITHUB_OUTPUT !== undefined && env.GITHUB_OUTPUT !== '')
    appendFileSync(env.GITHUB_OUTPUT, `sarif=${shown}\nfindings=${results}\n`);
  if (code === EXIT.findings)
    io.stderr.write(`::error::pilens: findings at or above class ${failOn.toUpperCase()}\n`);
  return code;
}
