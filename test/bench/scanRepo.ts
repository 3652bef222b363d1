/**
 * The repository half of the scan benchmark: the CLI (dist/cli.js) scanning a generated
 * repository of ~5,000 files (TS, Java, SQL, Python, YAML), side by side with the Code Spell
 * Checker's CLI (cspell 9) on the same tree in the same run; both times and the ratio.
 *
 * Environment: BENCH_FILES (default 5000), BENCH_RUNS (pilens runs, default 3),
 * BENCH_CSPELL_RUNS (default 1: cspell takes minutes on this tree).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './scanCore.js';

const ROOT = resolve(__dirname, '../..');
const FILES = Number(process.env.BENCH_FILES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CSPELL_RUNS = Number(process.env.BENCH_CSPELL_RUNS ?? 1);

/** Deterministic pseudo-random numbers so every run scans the same tree. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const PI_FIELDS = [
  'realName',
  'idCardNumber',
  'mobilePhone',
  'homeAddress',
  'bankCardNo',
  'gpsLocation',
  'medicalRecord',
  'email',
  'birthDate',
  'wechatId',
];
const PLAIN_FIELDS = [
  'createdAt',
  'updatedAt',
  'status',
  'version',
  'retryCount',
  'pageSize',
  'sortOrder',
  'enabled',
  'totalAmount',
  'remark',
  'productName',
  'fileName',
];
const SQL_COLUMNS = [
  "xm VARCHAR(50) COMMENT '姓名'",
  "sfzh VARCHAR(18) COMMENT '身份证号码'",
  "lxdh VARCHAR(20) COMMENT '联系电话'",
  "jtzz VARCHAR(200) COMMENT '家庭住址'",
  "status INT COMMENT '状态'",
  "create_time DATETIME COMMENT '创建时间'",
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/** `n` distinct field names, about a third of them personal information. */
function fields(r: () => number, n: number): string[] {
  const seen = new Set<string>();
  return Array.from({ length: n }, (_, k) => {
    const name = r() < 0.3 ? pick(r, PI_FIELDS) : pick(r, PLAIN_FIELDS);
    const unique = seen.has(name) ? `${name}${k}` : name;
    seen.add(unique);
    return unique;
  });
}

const GENERATORS: Record<string, (r: () => number, i: number) => string> = {
  ts: (r, i) =>
    Array.from({ length: 4 }, (_, k) =>
      [
        `/** Model ${i}.${k} of the generated service. */`,
        `export interface Entity${i}x${k} {`,
        ...fields(r, 8).map((f) => `  ${f}: string;`),
        '}',
        `export function load${i}x${k}(e: Entity${i}x${k}): string {`,
        `  return e.${pick(r, PLAIN_FIELDS)} + String(e);`,
        '}',
        '',
      ].join('\n'),
    ).join('\n'),
  java: (r, i) =>
    [
      `package com.example.m${i % 50};`,
      '',
      '@Entity',
      `public class Customer${i} {`,
      ...fields(r, 12).flatMap((f) => ['    /** 字段说明 */', `    private String ${f};`]),
      '',
      '    public String toString() { return "x"; }',
      '}',
      '',
    ].join('\n'),
  sql: (r, i) =>
    [
      `CREATE TABLE t_${i} (`,
      '  id BIGINT PRIMARY KEY,',
      ...Array.from({ length: 10 }, () => `  ${pick(r, SQL_COLUMNS)},`),
      '  remark VARCHAR(200)',
      `) COMMENT='表${i}';`,
      '',
    ].join('\n'),
  py: (r, i) =>
    [
      'from django.db import models',
      '',
      `class Member${i}(models.Model):`,
      ...fields(r, 10).map((f) => `    ${f} = models.CharField(max_length=64, verbose_name='${f}')`),
      '',
      '    def __str__(self):',
      '        return str(self.pk)',
      '',
    ].join('\n'),
  yaml: (r, i) =>
    [
      'openapi: 3.0.0',
      'info:',
      `  title: api ${i}`,
      '  version: "1"',
      'components:',
      '  schemas:',
      `    Person${i}:`,
      '      type: object',
      '      properties:',
      ...fields(r, 8).flatMap((f) => [
        `        ${f}:`,
        '          type: string',
        '          description: generated',
      ]),
      '',
    ].join('\n'),
};

/** Writes the benchmark tree of `count` files into `dir` (deterministic: the same tree every run). */
export function generateRepo(dir: string, count: number): void {
  const r = rng(42);
  const kinds = Object.keys(GENERATORS);
  for (let i = 0; i < count; i++) {
    const ext = kinds[i % kinds.length] ?? 'ts';
    const path = join(dir, `module${i % 40}`, `pkg${i % 7}`, `file${i}.${ext}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, GENERATORS[ext]?.(r, i) ?? '');
  }
}

/** Wall time of one run of `cmd` in ms; throws when it exits other than 0 or 1. */
export function timeCommand(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const t = performance.now();
  const res = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t;
  // pilens exits 0/1, cspell 0/1 (1 = spelling issues); anything else means the run is invalid.
  if (res.status !== 0 && res.status !== 1)
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${String(res.status)}): ${res.stderr.toString().slice(0, 500)}`,
    );
  return ms;
}

/** Generates the tree, times the CLI and cspell on it, and prints both and the ratio. */
export function benchRepository(): void {
  const cli = join(ROOT, 'dist/cli.js');
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // Another bundle of the build may be broken mid-development; the CLI bundle is what we need.
  }
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  const cspell = join(ROOT, 'node_modules/cspell/bin.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'pilens-bench-'));
  try {
    generateRepo(dir, FILES);
    const pilensArgs = [cli, 'scan', '--format', 'json', '--no-baseline', '--max-file-size-kb', '4096'];
    const cspellArgs = [cspell, 'lint', '--no-progress', '--no-summary', '--no-must-find-files', '**/*'];
    const pilensTimes: number[] = [];
    const cspellTimes: number[] = [];
    for (let i = 0; i < Math.max(RUNS, CSPELL_RUNS); i++) {
      if (i < RUNS) pilensTimes.push(timeCommand(process.execPath, pilensArgs, dir));
      if (i < CSPELL_RUNS) cspellTimes.push(timeCommand(process.execPath, cspellArgs, dir));
    }
    const p = median(pilensTimes);
    const c = median(cspellTimes);
    console.log(
      `repository of ${FILES.toLocaleString('en-US')} files (TS/Java/SQL/Python/YAML), medians of ${RUNS} pilens / ${CSPELL_RUNS} cspell runs:`,
    );
    console.log(`  pilens scan : ${p.toFixed(0)} ms  [${pilensTimes.map((t) => t.toFixed(0)).join(', ')}]`);
    console.log(`  cspell lint : ${c.toFixed(0)} ms  [${cspellTimes.map((t) => t.toFixed(0)).join(', ')}]`);
    console.log(
      `  ratio pilens/cspell: ${(p / c).toFixed(2)} (${p < c ? `pilens ${(c / p).toFixed(1)}× faster` : 'pilens slower'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
