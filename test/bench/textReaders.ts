/**
 * Benchmark (not a test): `npm run bench`, or alone `npx tsx test/bench/textReaders.ts [--big]`.
 *
 * The text readers of `estimate` on hostile records (issue 8): one JSON Lines line, one JSON
 * array element and one SQL statement of 16, 32 and 64 MB, a 64 MB INSERT of 2.6 million rows,
 * and a gzip bomb of zeros (1 GiB inflated; 10 GiB with --big) as .jsonl.gz, .json.gz and
 * .sql.gz. Each case runs the built CLI (`dist/cli.js`, built first) in a fresh process under
 * `/usr/bin/time`, and prints wall time and peak RSS: time should double with the size (linear)
 * and RSS stay flat (records are capped at 8 MiB). `--big` adds the 500 MB unterminated
 * `INSERT … VALUES ('aaa…` of the reliability table. Files go to a temporary folder, removed
 * at the end. Timings depend on machine load; quote `uptime` next to them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const big = process.argv.includes('--big');
const MB = 1 << 20;

/** Writes `head`, then `size` bytes of `fill`, then `tail`. */
function writeFilled(file: string, head: string, fill: string, size: number, tail = ''): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, head);
    const block = Buffer.from(fill.repeat(Math.ceil(MB / fill.length)).slice(0, MB));
    for (let left = size; left > 0; left -= block.length)
      writeSync(fd, block, 0, Math.min(left, block.length));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

/** A 64 MB INSERT of phone rows, one statement. */
function writeManyRows(file: string, size: number): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, 'INSERT INTO t (phone) VALUES ');
    let written = 0;
    let i = 0;
    while (written < size) {
      const parts: string[] = [];
      for (let k = 0; k < 10_000; k++, i++) parts.push(`('13${String(i % 1e9).padStart(9, '0')}')`);
      const s = `${parts.join(',')},`;
      writeSync(fd, s);
      written += s.length;
    }
    writeSync(fd, "('13800138000');\n");
  } finally {
    closeSync(fd);
  }
}

async function writeZeroBomb(file: string, size: number): Promise<void> {
  const block = Buffer.alloc(MB);
  let left = size;
  const source = Readable.from(
    (function* () {
      for (; left > 0; left -= MB) yield block;
    })(),
  );
  await pipeline(source, createGzip({ level: 1 }), createWriteStream(file));
}

interface Run {
  readonly seconds: number;
  readonly rssMb: number;
  readonly exit: number | null;
  readonly summary: string;
}

function run(file: string): Run {
  const res = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, cli, 'estimate', file, '--workers', '1'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const last = res.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  const records = /Records: ([^\n]*)/.exec(res.stdout)?.[1] ?? res.stderr.split('\n')[0] ?? '';
  return {
    seconds: seconds ?? NaN,
    rssMb: (kb ?? NaN) / 1024,
    exit: res.status,
    summary: records.slice(0, 90),
  };
}

async function main(): Promise<void> {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'pilens-bench-text-'));
  const cases: [string, () => Promise<void> | void, string][] = [];
  for (const m of [16, 32, 64]) {
    cases.push([
      `JSON Lines line of ${m} MB`,
      () => {
        writeFilled(path.join(dir, `line${m}.jsonl`), '{"a":"', 'a', m * MB, '"}\n');
      },
      `line${m}.jsonl`,
    ]);
    cases.push([
      `JSON array element of ${m} MB`,
      () => {
        writeFilled(path.join(dir, `elem${m}.json`), '["', 'a', m * MB, '"]');
      },
      `elem${m}.json`,
    ]);
    cases.push([
      `SQL statement of ${m} MB (unterminated value)`,
      () => {
        writeFilled(path.join(dir, `ins${m}.sql`), "INSERT INTO t (phone) VALUES ('", 'a', m * MB);
      },
      `ins${m}.sql`,
    ]);
  }
  cases.push([
    'SQL: one 64 MB INSERT of phone rows',
    () => {
      writeManyRows(path.join(dir, 'rows64.sql'), 64 * MB);
    },
    'rows64.sql',
  ]);
  const bomb = (big ? 10240 : 1024) * MB;
  for (const ext of ['jsonl', 'json', 'sql'])
    cases.push([
      `gzip bomb of ${bomb / MB / 1024} GiB zeros as .${ext}.gz`,
      () => writeZeroBomb(path.join(dir, `zero.${ext}.gz`), bomb),
      `zero.${ext}.gz`,
    ]);
  if (big)
    cases.push([
      'SQL statement of 500 MB (unterminated value)',
      () => {
        writeFilled(path.join(dir, 'ins500.sql'), "INSERT INTO t (phone) VALUES ('", 'a', 500 * MB);
      },
      'ins500.sql',
    ]);
  try {
    console.log('| case | file MB | wall s | peak RSS MB | exit | records |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const [label, make, name] of cases) {
      await make();
      const file = path.join(dir, name);
      const r = run(file);
      const size = statSync(file).size / MB;
      console.log(
        `| ${label} | ${size.toFixed(1)} | ${r.seconds.toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.exit} | ${r.summary} |`,
      );
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

void main();
