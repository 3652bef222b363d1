/**
 * Benchmark of the flow analysis (issue 14): a generated 10,000-line TypeScript file full of
 * flows (service methods reading PI, masking some, logging, posting to clients and SDKs,
 * writing exports) and the same at 20,000 lines for linearity. For each: the median of warm
 * runs, in CPU time (the machine may be shared; wall time would count the waits), of the plain scan (`scanText`), of the flow analysis alone (`analyzeFlows`, its own
 * parse and walk) and of both (the analysis walking the scan's tree, as the CLI does), with the ratio scan+flows / scan that issue 14 bounds by 2×.
 * Run alone: `npx tsx test/bench/flows.ts`.
 */
import { analyzeFlows, treeFromScan } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';

const RUNS = Number(process.env.BENCH_FLOW_RUNS ?? 9);

/** One block of 20 lines; `i` keeps names distinct. */
function block(i: number): string {
  return [
    `interface Member${String(i)} { realName: string; mobile: string; idCard: string; level: number }`,
    `export async function handle${String(i)}(member: Member${String(i)}, req: { body: { phone: string } }) {`,
    '  const phone = req.body.phone;',
    '  const level = member.level + 1;',
    '  logger.info(`member ${member.realName} level ${level}`);',
    "  logger.debug('masked', maskPhone(phone));",
    "  if (!/^1\\d{10}$/.test(phone)) console.warn('phone format invalid');",
    "  const payload = { event: 'visit', id: member.idCard, ...{ tel: phone } };",
    "  await axios.post('https://api.mixpanel.com/track', payload);",
    "  sensors.track('Visit', { level });",
    '  const rows = [member].map((m) => [m.realName, m.mobile].join(","));',
    "  fs.appendFileSync('members.csv', rows.join('\\n'));",
    '  const total = level * 2;',
    '  console.log(`total ${total}`);',
    '  for (let k = 0; k < level; k++) {',
    '    await producer.send({ topic: "t", messages: [{ value: JSON.stringify({ n: k }) }] });',
    '  }',
    '  return { ok: true, level };',
    '}',
    '',
  ].join('\n');
}

function generate(lines: number): string {
  const out: string[] = [];
  for (let i = 0; out.length * 20 < lines; i++) out.push(block(i));
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const runs: number[] = [];
  fn(); // warm-up (cold parse, JIT)
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t0);
    runs.push((used.user + used.system) / 1000);
  }
  return median(runs);
}

for (const lines of [10_000, 20_000]) {
  const text = generate(lines);
  const path = 'src/members.ts';
  let flows = 0;
  const scanMs = time(() => {
    scanText(text, { path });
  });
  const flowMs = time(() => {
    flows = analyzeFlows(text, path).length;
  });
  const bothMs = time(() => {
    const result = scanText(text, { path });
    const tree = treeFromScan(result, text);
    analyzeFlows(text, path, { findings: result.findings, ...(tree ? { tree } : {}) });
  });
  console.log(
    `${String(lines)} lines (CPU ms, median of ${String(RUNS)}): scan ${scanMs.toFixed(1)} ms, flows alone ${flowMs.toFixed(1)} ms (${String(flows)} flows), scan+flows ${bothMs.toFixed(1)} ms, ratio ${(bothMs / scanMs).toFixed(2)}×`,
  );
}
