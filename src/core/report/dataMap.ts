/**
 * The data map of a scan's flows, in Markdown for a pull-request comment or a record of
 * processing activities: categories → sinks (kind, recipient, where it is), the legal meaning
 * of each sink kind with its citations and confidence, and a Mermaid diagram of the same map.
 * Names only: callees, vendors, hosts and categories, never a value.
 */
import { CROSS_BORDER_MEANING, kindMeaning, type SinkKind } from '../flow/kinds.js';
import { legalConfidenceLabel } from '../law/format.js';
import { citation } from '../law/instruments.js';
import { categoryLabel } from '../law/labels.js';
import type { Basis, CategoryKey } from '../law/schema.js';
import type { ReportedFlow } from './flows.js';

interface SinkRow {
  readonly key: string;
  readonly kind: SinkKind;
  readonly recipient: string;
  readonly crossBorder: boolean | null;
  readonly categories: Set<CategoryKey>;
  readonly files: Set<string>;
  flows: number;
  raw: number;
}

/** Markdown table cells: pipes and line breaks would break the table. */
function cell(s: string): string {
  return s.replace(/[|\\`]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function where(crossBorder: boolean | null): string {
  return crossBorder === true ? 'abroad 境外' : crossBorder === false ? 'mainland 境内' : 'unknown 未知';
}

function cite(b: Basis): string {
  const mark = legalConfidenceLabel(b.confidence, 'en');
  return `${citation(b.instrument, b.article, 'en')}${mark ? ` (${mark})` : ''}`;
}

function rows(flows: readonly ReportedFlow[]): SinkRow[] {
  const byKey = new Map<string, SinkRow>();
  for (const f of flows) {
    const recipient = f.sink.vendor ?? f.sink.target ?? f.sink.callee;
    const key = `${f.sink.kind}\u0000${recipient}\u0000${String(f.crossBorder)}`;
    let row = byKey.get(key);
    if (row === undefined) {
      row = {
        key,
        kind: f.sink.kind,
        recipient,
        crossBorder: f.crossBorder,
        categories: new Set(),
        files: new Set(),
        flows: 0,
        raw: 0,
      };
      byKey.set(key, row);
    }
    for (const c of f.categories) row.categories.add(c);
    row.files.add(f.file);
    row.flows++;
    if (!f.deidentified) row.raw++;
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A Mermaid `flowchart LR`: category nodes → sink nodes, abroad sinks marked. */
export function mermaidDataMap(flows: readonly ReportedFlow[]): string {
  const sinks = rows(flows);
  const categories = [...new Set(flows.flatMap((f) => f.categories))].sort();
  const lines = ['flowchart LR'];
  categories.forEach((c, i) => {
    const label = categoryLabel(c);
    lines.push(`  c${String(i)}["${mermaidText(`${label.zh} ${label.en}`)}"]`);
  });
  sinks.forEach((s, i) => {
    lines.push(
      `  s${String(i)}["${mermaidText(`${kindMeaning(s.kind).label.en}: ${s.recipient} (${where(s.crossBorder)})`)}"]`,
    );
  });
  sinks.forEach((s, i) => {
    for (const c of s.categories) lines.push(`  c${String(categories.indexOf(c))} --> s${String(i)}`);
  });
  const abroad = sinks.flatMap((s, i) => (s.crossBorder === true ? [`s${String(i)}`] : []));
  if (abroad.length > 0) {
    lines.push('  classDef abroad stroke:#c00,stroke-width:2px');
    lines.push(`  class ${abroad.join(',')} abroad`);
  }
  return lines.join('\n');
}

/** Mermaid labels in quotes: no quotes, brackets or angle brackets inside. */
function mermaidText(s: string): string {
  return s.replace(/["[\]<>{}|]/g, ' ').slice(0, 120);
}

/** The Markdown data map of a scan's flows. */
export function formatDataMap(flows: readonly ReportedFlow[]): string {
  const out: string[] = ['# Data map 个人信息流向图', ''];
  if (flows.length === 0) {
    out.push(
      'No personal information reaches a log, client, SDK, queue, export or cache. 未发现个人信息流向。',
      '',
    );
    return out.join('\n');
  }
  const sinks = rows(flows);
  const abroad = flows.filter((f) => f.crossBorder === true).length;
  out.push(
    `${String(flows.length)} flows to ${String(sinks.length)} sinks; ${String(abroad)} abroad. 共 ${String(flows.length)} 条流向，${String(sinks.length)} 个去向，其中 ${String(abroad)} 条出境。`,
    '',
    '| Sink 去向 | Recipient 接收方 | Where 位置 | Categories 类别 | Flows 流向 (masked 去标识化) | Files 文件 |',
    '|---|---|---|---|---|---|',
  );
  for (const s of sinks) {
    const label = kindMeaning(s.kind).label;
    const categories = [...s.categories].sort().map((c) => `${categoryLabel(c).zh} ${c}`);
    out.push(
      `| ${cell(`${label.en} ${label.zh}`)} | ${cell(s.recipient)} | ${where(s.crossBorder)} | ${cell(categories.join(', '))} | ${String(s.flows)} (${String(s.flows - s.raw)}) | ${cell([...s.files].sort().join(', '))} |`,
    );
  }
  out.push('', '```mermaid', mermaidDataMap(flows), '```', '', '## What each sink means 法律含义', '');
  const kinds = [...new Set(sinks.map((s) => s.kind))].sort();
  for (const k of kinds) {
    const m = kindMeaning(k);
    out.push(
      `- **${m.label.en} ${m.label.zh}**: ${m.meaning.en}. ${m.meaning.zh}。 (${m.basis.map(cite).join('; ')})`,
    );
  }
  if (abroad > 0) {
    out.push(
      `- **Abroad 出境**: ${CROSS_BORDER_MEANING.meaning.en}. ${CROSS_BORDER_MEANING.meaning.zh}。 (${CROSS_BORDER_MEANING.basis.map(cite).join('; ')})`,
    );
  }
  out.push(
    '',
    'Masked or hashed data is de-identified, still personal information (PIPL Art. 73(3)). 去标识化的信息仍属个人信息。',
    '',
  );
  return out.join('\n');
}
