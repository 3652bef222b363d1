import { readFileSync } from 'node:fs';
import { extractors } from '../../src/core/scan/registry.js';
import { scanGeneric } from '../../src/core/scan/generic.js';
import { classifyField } from '../../src/core/detect/classify.js';
import { scanText } from '../../src/core/scan/index.js';
import { blankMarkers } from '../support/fixtureMarkers.js';
const path = process.argv[2]!;
const lines = new Set((process.argv[3] ?? '').split(',').filter(Boolean).map(Number));
const text = blankMarkers(readFileSync(path, 'utf8'));
const source = { path, languageId: undefined } as any;
const ex = extractors.find((e) => e.handles(source));
const r: any = ex ? ex.extract(text, source) : { ok: true, fields: scanGeneric(text, source) };
const fields = r.ok ? r.fields : scanGeneric(text, source);
const res = scanText(text, source);
for (const f of fields) {
  const line = f.range.start.line + 1;
  if (lines.size && !lines.has(line)) continue;
  const fd = res.findings.find((x) => x.range.start.line === f.range.start.line && x.field === f.name);
  console.log(line, JSON.stringify({ n: f.name, o: f.owner, oc: f.ownerComment, c: f.comment, t: f.declaredType, role: f.role }), '=>', fd ? `${fd.category}/${fd.confidence} ${fd.evidence.map((e) => e.detail).join(' | ')}` : '-');
}
