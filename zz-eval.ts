import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from './src/core/scan/index.ts';
const root = 'test/fixtures/code';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f));
const per = new Map<string, { tp: number; fp: number; fn: number }>();
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const res = scanText(text, { path: file });
  const lang = file.split('/')[0] + (file.endsWith('.xml') ? '/mybatis' : '');
  const s = per.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
  per.set(lang, s);
  const byLine = new Map<number, Set<string>>();
  for (const f of res.findings) { const set = byLine.get(f.range.start.line) ?? new Set(); set.add(f.category); byLine.set(f.range.start.line, set); }
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = /expect:\s*([\w-]+)/.exec(line);
    const got = byLine.get(i);
    const exp = m?.[1];
    if (exp && exp !== 'none') {
      if (got?.has(exp)) s.tp++; else { s.fn++; console.log('MISS', file + ':' + (i + 1), exp, got ? [...got].join(',') : '-', '|', line.trim().slice(0, 90)); }
      if (got) for (const g of got) if (g !== exp) { s.fp++; console.log('EXTRA', file + ':' + (i + 1), g, '|', line.trim().slice(0, 90)); }
    } else if (got) {
      for (const g of got) { s.fp++; console.log('FP', file + ':' + (i + 1), g, exp ? '(none)' : '(unmarked)', '|', line.trim().slice(0, 90)); }
    }
  });
  if (res.parseError) console.log('PARSE', file, res.parseError);
}
for (const [k, s] of per) console.log(k.padEnd(20), 'P', (s.tp / (s.tp + s.fp)).toFixed(2), 'R', (s.tp / (s.tp + s.fn)).toFixed(2), JSON.stringify(s));
