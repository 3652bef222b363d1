/**
 * Changed-lines mode and baselines on a real temporary git repository: commits, a rename, a
 * moved block and an untracked file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Baseline } from '../../../src/core/review/baseline.js';
import { changedLinesSince } from '../../../src/node/git.js';
import { pilens, writeFile, type JsonOutput } from './harness.js';
import type { SarifLog } from './sarifSchema.js';

const USER_V1 = `// Users.
export interface User {
  id: number;
  realName: string;
  idCardNumber: string;
}

export interface Paging {
  pageSize: number;
}
`;

// Three comment lines on top, and the User block moved below Paging.
const USER_V2 = `// Users
// of the shop,
// with their documents.
export interface Paging {
  pageSize: number;
}

export interface User {
  id: number;
  realName: string;
  idCardNumber: string;
}
`;

const SQL_V1 = `CREATE TABLE t_ry (
  id BIGINT,
  sfzh VARCHAR(18) COMMENT '身份证号码',
  remark VARCHAR(200)
);
`;

// One column inserted; the sfzh line itself is unchanged.
const SQL_V2 = `CREATE TABLE t_ry (
  id BIGINT,
  sfzh VARCHAR(18) COMMENT '身份证号码',
  lxdh VARCHAR(20) COMMENT '联系电话',
  remark VARCHAR(200)
);
`;

describe('--since and the baseline on a git repository', () => {
  let repo: string;
  let printsV1: Map<string, string>;
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.invalid',
      },
    });
  const json = async (...args: string[]): Promise<JsonOutput> => {
    const run = await pilens(repo, 'scan', '--format', 'json', ...args);
    assert.ok(run.code === 0, run.stderr);
    return JSON.parse(run.stdout) as JsonOutput;
  };
  const readBaseline = (): Baseline =>
    JSON.parse(readFileSync(join(repo, '.pilens-baseline.json'), 'utf8')) as Baseline;
  const fields = (out: JsonOutput): string[] => out.findings.map((f) => f.field).sort();
  const fingerprints = async (): Promise<Map<string, string>> => {
    const run = await pilens(repo, 'scan', '--format', 'sarif', '--no-baseline');
    const results = (JSON.parse(run.stdout) as SarifLog).runs[0]!.results;
    return new Map(
      results.map((r) => [
        /`([^`]+)`/.exec(r.message.text)?.[1] ?? '',
        r.partialFingerprints['pilens/v1'] ?? '',
      ]),
    );
  };

  before(async () => {
    repo = mkdtempSync(join(tmpdir(), 'pilens-git-'));
    git('init', '-q', '-b', 'main');
    writeFile(repo, 'src/user.ts', USER_V1);
    writeFile(repo, 'db/old.sql', SQL_V1);
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    git('tag', 'v1');
    printsV1 = await fingerprints();
    const recorded = await pilens(repo, 'baseline', '--reason', 'accepted at v1');
    assert.equal(recorded.code, 0, recorded.stderr);
    git('add', '.pilens-baseline.json');
    git('commit', '-q', '-m', 'baseline');

    writeFile(repo, 'src/user.ts', USER_V2);
    git('mv', 'db/old.sql', 'db/people.sql');
    writeFile(repo, 'db/people.sql', SQL_V2);
    git('commit', '-q', '-am', 'v2: move a block, rename a table file, add a column');
    writeFile(repo, 'src/member.ts', 'export interface Member {\n  mobilePhone: string;\n}\n');
  });
  after(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('computes changed lines: renames followed, untracked files whole', async () => {
    const changed = await changedLinesSince(repo, 'v1');
    assert.deepEqual(changed.get(join(repo, 'db/people.sql')), [{ start: 4, end: 4 }]);
    assert.equal(changed.get(join(repo, 'src/member.ts')), 'all');
    assert.equal(changed.has(join(repo, 'db/old.sql')), false);
    const userSpans = changed.get(join(repo, 'src/user.ts'));
    assert.ok(Array.isArray(userSpans) && userSpans.some((s) => s.start === 1));
    assert.deepEqual(
      [...(await changedLinesSince(join(repo, 'src'), 'HEAD')).keys()],
      [join(repo, 'src/member.ts')],
    );
  });

  it('records the baseline with reasons', () => {
    const baseline = readBaseline();
    const recorded = baseline.entries.map((e) => e.field).sort();
    assert.deepEqual(recorded, ['idCardNumber', 'realName', 'sfzh']);
    assert.ok(baseline.entries.every((e) => e.reason === 'accepted at v1'));
  });

  it('keeps fingerprints when lines move and files are renamed', async () => {
    const now = await fingerprints();
    for (const field of ['User.realName', 'User.idCardNumber']) {
      assert.ok(printsV1.has(field), field);
      assert.equal(now.get(field), printsV1.get(field), field);
    }
    const sfzh = [...printsV1.entries()].find(([k]) => k.endsWith('sfzh'));
    assert.ok(sfzh);
    assert.equal(now.get(sfzh[0]), sfzh[1]);
  });

  it('reports only new findings against the baseline, the moved and renamed ones stay baselined', async () => {
    const out = await json();
    assert.deepEqual(fields(out), ['lxdh', 'mobilePhone']);
    assert.equal(out.summary.baselined, 3);
    assert.deepEqual(out.summary.stale, []);
    assert.equal(out.summary.baseline, '.pilens-baseline.json');
  });

  it('--since reports changed lines only, following the rename', async () => {
    const out = await json('--since', 'v1', '--no-baseline');
    const reported = fields(out);
    assert.ok(reported.includes('lxdh'));
    assert.ok(reported.includes('mobilePhone'), 'untracked files count as changed');
    assert.ok(!reported.includes('sfzh'), 'an unchanged line of a renamed file is not new');
    assert.equal(out.summary.since, 'v1');
  });

  it('--since with the baseline leaves only what is really new', async () => {
    assert.deepEqual(fields(await json('--since', 'v1')), ['lxdh', 'mobilePhone']);
  });

  it('--since HEAD sees the working tree only', async () => {
    assert.deepEqual(fields(await json('--since', 'HEAD', '--no-baseline')), ['mobilePhone']);
  });

  it('an unknown ref is a usage error', async () => {
    const run = await pilens(repo, 'scan', '--since', 'no-such-ref');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'pilens: --since no-such-ref: unknown git ref: no-such-ref\n');
  });

  it('reports entries that no longer match as stale, and a new baseline drops them keeping reasons', async () => {
    writeFileSync(join(repo, 'src/user.ts'), USER_V2.replace('  realName: string;\n', ''));
    try {
      const out = await json();
      assert.deepEqual(
        out.summary.stale.map((e) => `${e.file} ${e.field}`),
        ['src/user.ts realName'],
      );
      const text = await pilens(repo, 'scan');
      assert.match(text.stdout, /^src\/user\.ts:\d+ {2}stale baseline entry {2}name {2}User\.realName/m);
      assert.match(text.stdout, /1 stale baseline entry/);
      // A scan of another directory does not call the user.ts entries stale.
      assert.deepEqual((await json('db')).summary.stale, []);

      const rerun = await pilens(repo, 'baseline', '--reason', 'accepted in review');
      assert.equal(rerun.code, 0);
      const reasons = Object.fromEntries(readBaseline().entries.map((e) => [e.field, e.reason]));
      assert.deepEqual(reasons, {
        idCardNumber: 'accepted at v1',
        sfzh: 'accepted at v1',
        lxdh: 'accepted in review',
        mobilePhone: 'accepted in review',
      });
      assert.deepEqual((await json()).findings, []);

      // Re-recording one directory leaves the other entries alone.
      assert.equal((await pilens(repo, 'baseline', 'db', '--reason', 'db only')).code, 0);
      assert.deepEqual(Object.fromEntries(readBaseline().entries.map((e) => [e.field, e.reason])), reasons);
    } finally {
      writeFileSync(join(repo, 'src/user.ts'), USER_V2);
    }
  });
});
