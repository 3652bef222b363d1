/**
 * Benchmark (not a test): `pilens scan` on hostile shapes (issue 8), alone with
 * `npx tsx test/bench/scanHostile.ts`. Each shape is scanned at doubling sizes through the
 * same per-file pipeline as the CLI (`scanText` then `toReportedFindings`, which computes the
 * fingerprints); time per KB should stay flat as the size doubles (linear), where it used to
 * double (quadratic: a 512 KB one-line bundle took 98 s). Then the CLI in-process on a file of
 * 200,000 findings, which overflowed the stack before. CPU time is shown beside wall time
 * because on a shared machine wall time includes waiting for a core.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli } from '../../src/cli/main.js';
import { toReportedFindings } from '../../src/core/report/toReportedFindings.js';
import { scanText } from '../../src/core/scan/index.js';

interface Shape {
  readonly label: string;
  readonly path: string;
  /** Text of about `kb` kilobytes. */
  readonly make: (kb: number) => string;
}

const repeatTo = (kb: number, unit: (i: number) => string, join = ''): string => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < kb * 1024; i++) {
    const s = unit(i);
    parts.push(s);
    length += s.length + join.length;
  }
  return parts.join(join);
};

const SHAPES: readonly Shape[] = [
  {
    label: 'minified JS, one line',
    path: 'bundle.min.js',
    make: (kb) => repeatTo(kb, (i) => `var u${i}={idCard:a.idCard,mobilePhone:a.mobile}`, ';'),
  },
  {
    label: 'CSV header, one line',
    path: 'wide.csv',
    make: (kb) => `${repeatTo(kb, () => 'sfzh', ',')}\n1\n`,
  },
  {
    label: 'JSON, one line',
    path: 'users.json',
    make: (kb) => `[${repeatTo(kb, (i) => `{"id":${i},"realName":"x","idCard":"y","mobile":"z"}`, ',')}]`,
  },
  {
    label: 'comment run + field',
    path: 'notes.py',
    make: (kb) => `${repeatTo(kb, (i) => `# note ${i}`, '\n')}\nid_card = 1\n`,
  },
  {
    label: 'nested [ per line',
    path: 'deep.txt',
    make: (kb) => `${'[\n'.repeat(kb * 256)}id_card: 1\n${']\n'.repeat(kb * 256)}`,
  },
];

const SIZES_KB = [64, 128, 256, 512, 1024];

function timeOnce(text: string, path: string): { wallMs: number; cpuMs: number; findings: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = scanText(text, { path });
  const reported = toReportedFindings(path, text, result.findings);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, findings: reported.length };
}

function benchShapes(): void {
  console.log('per-file pipeline (scanText + fingerprints), one run per size');
  console.log('  shape                    KB   findings    wall ms   cpu ms   cpu µs/KB');
  for (const shape of SHAPES) {
    timeOnce(shape.make(16), shape.path); // warm the JIT and the vocabulary
    for (const kb of SIZES_KB) {
      const text = shape.make(kb);
      const r = timeOnce(text, shape.path);
      const perKb = (r.cpuMs * 1000) / (text.length / 1024);
      console.log(
        `  ${shape.label.padEnd(22)} ${String(kb).padStart(5)} ${String(r.findings).padStart(10)} ` +
          `${r.wallMs.toFixed(0).padStart(10)} ${r.cpuMs.toFixed(0).padStart(8)} ${perKb.toFixed(0).padStart(11)}`,
      );
    }
  }
}

/** The CLI in-process on one file; prints time, exit code and the finding count. */
async function benchCli(
  label: string,
  file: string,
  content: string,
  args: readonly string[],
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-bench-hostile-'));
  try {
    writeFileSync(join(dir, file), content);
    let out = '';
    let err = '';
    const t = performance.now();
    const code = await runCli(['scan', file, '--format', 'json', ...args], {
      cwd: dir,
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    });
    const ms = performance.now() - t;
    const findings =
      code === 2 ? `error: ${err.trim()}` : (JSON.parse(out) as { findings: unknown[] }).findings.length;
    console.log(`  ${label.padEnd(44)} exit ${code}  ${ms.toFixed(0).padStart(7)} ms  findings ${findings}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  benchShapes();
  console.log('CLI in-process, one file');
  await benchCli('100,000-column CSV header (default cap)', 'wide.csv', `${'sfzh,'.repeat(100_000)}\n`, []);
  await benchCli('200,000 findings, `a.sfzh;` lines (1.6 MB)', 'u.ts', 'a.sfzh;\n'.repeat(200_000), [
    '--max-file-size-kb',
    '2048',
  ]);
}

void main();
