/**
 * The child of flowInstructions.ts, bundled and run under callgrind: `node flowInstructions.js
 * <path> <lines> <scan|both> <calls>` makes the benchmark's file for that language and runs the
 * measure `calls` times — `scan` is `scanText`, `both` the scan followed by the flow analysis on
 * the scan's syntax, as the CLI's `scan --flows` does (flows.ts times the same two measures).
 */
import { analyzeFlows, syntaxFromScan } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';
import { generate, LANGUAGES } from './flowCorpus.js';

const [path = '', lines = '10000', measure = 'scan', calls = '1'] = process.argv.slice(2);
const language = LANGUAGES.find((l) => l.path === path);
if (language === undefined) throw new Error(`no language ${path}`);
const text = generate(language.block, Number(lines));
for (let call = 0; call < Number(calls); call++) {
  const result = scanText(text, { path });
  if (measure === 'both')
    analyzeFlows(text, path, { findings: result.findings, ...syntaxFromScan(result, text) });
}
