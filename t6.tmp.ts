import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from './src/core/scan/index.js';
const want = new Set(process.argv.slice(3));
const files: string[] = [];
const walk = (d: string, depth: number) => { for (const n of readdirSync(d)) { const p = join(d, n); const s = statSync(p); if (s.isDirectory()) { if (depth < 6) walk(p, depth + 1); } else if (/\.(ya?ml|toml|ini|properties|md|rb|php|rs|swift|dart|lua|sh|json|cfg|conf|c|h|scala|gradle|vue|html)$/.test(n) && s.size < 300000) files.push(p); } };
walk(process.argv[2]!, 0);
for (const f of files.slice(0, 3000)) {
  const text = readFileSync(f, 'utf8');
  for (const x of scanText(text, { path: f }).findings) if (want.has(x.field)) console.log(f, x.range.start.line + 1, x.field, x.category, JSON.stringify(x.evidence), '|', text.split('\n')[x.range.start.line]?.slice(0, 120));
}
