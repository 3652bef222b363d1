import { readFileSync } from 'node:fs';
import { extractors } from '/work/main/src/core/scan/registry.js';
import { scanGeneric } from '/work/main/src/core/scan/generic.js';
import { classifyField } from '/work/main/src/core/detect/classify.js';
const [file, lineStr] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const src = { path: file! };
const ex = extractors.find((e) => e.handles(src));
const res = ex ? ex.extract(text, src) : { ok: true as const, fields: scanGeneric(text, src) };
console.log('extractor', ex?.id ?? 'generic', res.ok ? '' : (res as any).error);
const fields = res.ok ? res.fields : scanGeneric(text, src);
const want = lineStr ? lineStr.split(',').map(Number) : undefined;
for (const f of fields) {
  if (want && !want.includes(f.range.start.line + 1)) continue;
  const r = classifyField(f);
  console.log(f.range.start.line + 1, JSON.stringify({ n: f.name, o: f.owner, t: f.declaredType, c: f.comment, oc: f.ownerComment, r: f.role }), '=>', r ? `${r.category} ${r.confidence}` : '-');
}
