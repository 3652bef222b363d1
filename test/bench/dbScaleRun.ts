/**
 * One measured `pilens estimate` in a fresh process (so its peak memory is this run's alone):
 * `node dbScaleRun.js estimate ARGS…` runs the CLI in-process and prints one JSON line with the
 * wall time, CPU time, peak RSS (sampled every 20 ms, and the kernel's maxRSS), the exit code
 * and the report's figures (counts only: the report holds no raw value, and none is printed).
 */
import { runCli } from '../../src/cli/runCli.js';

let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);

interface Report {
  tier: string;
  records: number;
  persons: number;
  pieces: Record<string, number>;
  counts: { distinctRecordsWithPi?: number; recordsWithPi?: number };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let stdout = '';
  let stderr = '';
  const code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  const cpu = process.cpuUsage(c0);
  let figures: Record<string, unknown> = {};
  if (code === 0) {
    const r = JSON.parse(stdout) as Report;
    figures = {
      tier: r.tier,
      records: r.records,
      withPi: r.counts.recordsWithPi,
      distinct: r.counts.distinctRecordsWithPi,
      persons: r.persons,
      pieces: r.pieces,
    };
  }
  process.stdout.write(
    `${JSON.stringify({
      code,
      error: stderr.trim().split('\n')[0] ?? '',
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMb: peak / 1048576,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      figures,
    })}\n`,
  );
}

void main();
