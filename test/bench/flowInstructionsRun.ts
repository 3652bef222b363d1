/**
 * The child of flowInstructions.ts, run under callgrind from standard input: `node - <path>
 * <lines> <scan|both> <calls>` makes the benchmark's file for that language and runs the measure
 * `calls` times — `scan` is `scanText`, `both` the scan followed by the flow analysis on the
 * scan's syntax, as the CLI's `scan --flows` does (flows.ts times the same two measures).
 *
 * Before each call and after the last it asks the process's priority: callgrind is told to dump
 * its counts before `getpriority`, which neither Node nor the measures call otherwise, so each
 * dump between two marks holds exactly one call.
 */
import { getPriority } from 'node:os';
import { analyzeFlows, syntaxFromScan } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';
import { generate, LANGUAGES } from './flowCorpus.js';

const [path = '', lines = '10000', measure = 'scan', calls = '1'] = process.argv.slice(2);
const language = LANGUAGES.find((l) => l.path === path);
if (language === undefined) throw new Error(`no language ${path}`);
const text = generate(language.block, Number(lines));
for (let call = 0; call < Number(calls); call++) {
  getPriority();
  const result = scanText(text, { path });
  if (measure === 'both')
    analyzeFlows(text, path, { findings: result.findings, ...syntaxFromScan(result, text) });
}
getPriority();
