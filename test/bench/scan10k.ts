/**
 * Times `scanText` on a 10,000-line file (PRODUCT.md §6: "well under 50 ms"). Prints the median
 * of several runs after warm-up; no assertion (timings are not tests).
 * Run: `npx tsx test/bench/scan10k.ts`
 */
import { scanText } from '../../src/core/scan/index.js';

const BLOCK = [
  '/** 会员信息 */',
  'export interface Member {',
  '  memberNo: string;',
  '  realName: string; // 真实姓名',
  '  mobile: string;',
  '  idCardNo?: string;',
  '  emailEnabled: boolean;',
  '  createdAt: Date;',
  '}',
  '',
  'export function render(m: Member, store: Store): string {',
  '  const label = `${m.realName} ${store.phone}`;',
  '  for (let i = 0; i < items.length; i++) total += items[i].price * qty;',
  '  if (!m.mobile) throw new Error("missing mobile");',
  '  return label + format(m.idCardNo ?? "");',
  '}',
  '',
  'CREATE TABLE t_user (',
  "  sfzh VARCHAR(18) COMMENT '身份证号码',",
  "  xm VARCHAR(50) COMMENT '姓名',",
  ');',
  'server:',
  '  address: 0.0.0.0',
  '  password: ${DB_PASSWORD}',
  '',
];

function build(lines: number, salt: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++)
    out.push((BLOCK[i % BLOCK.length] ?? '').replace('items', `items${(i + salt) % 97}`));
  return out.join('\n');
}

const runs: number[] = [];
const cpu: number[] = [];
let findings = 0;
for (let r = 0; r < 13; r++) {
  const text = build(10_000, r); // a fresh text each run: no cache of whole results
  const c = process.cpuUsage();
  const t = performance.now();
  findings = scanText(text, { path: 'big.txt' }).findings.length;
  runs.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
}
// CPU time is reported too: on a busy machine wall time includes waiting for a core.
const cpuWarm = cpu.slice(3).sort((a, b) => a - b);
const cpuMedian = cpuWarm[Math.floor(cpuWarm.length / 2)] ?? 0;
const warm = runs.slice(3).sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)] ?? 0;
console.log(
  `scanText, 10,000 lines (generic scanner): median ${median.toFixed(1)} ms wall (${cpuMedian.toFixed(1)} ms CPU), ` +
    `min ${(warm[0] ?? 0).toFixed(1)} ms, first run ${(runs[0] ?? 0).toFixed(1)} ms; ${findings} findings`,
);
