import { scoreFolder, total, precision, recall } from './corpusEval.js';
const dir = process.argv[2] ?? 'test/fixtures/heldout';
const s = scoreFolder(dir);
for (const f of s) for (const m of f.mistakes) console.log(`${m.kind} ${f.file}:${m.line} ${m.detail}`);
const t = total(s);
console.log((precision(t)*100).toFixed(1), (recall(t)*100).toFixed(1), JSON.stringify(t));
