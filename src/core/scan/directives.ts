/**
 * Applies parsed `@pi` annotations and `pilens-disable…` directives to findings. Annotations
 * are authoritative and win over disables; disables count what they silence.
 */
import type { Directive } from '../detect/annotations.js';
import { classifiedByConfig } from './overrides.js';
import type { CategoryKey, ContestedReading } from '../law/schema.js';
import type { FieldCandidate, Finding } from '../types.js';

export interface DirectiveResult {
  readonly findings: Finding[];
  readonly suppressed: number;
}

const SKIPPABLE = /^\s*(\/\/|\/\*|\*|#|--|<!--|;|'|@|\[|$)/;

/**
 * `findings` is index-aligned with `candidates`. `fallbackFields` supplies candidates for an
 * annotated line the extractor reported nothing on (computed only when needed).
 */
export function applyDirectives(
  text: string,
  candidates: readonly FieldCandidate[],
  findings: readonly (Finding | undefined)[],
  directives: readonly Directive[],
  reading: ContestedReading,
  fallbackFields: () => readonly FieldCandidate[],
  /** Findings with no candidate behind them (literal values): only the disable directives apply. */
  values: readonly Finding[] = [],
): DirectiveResult {
  const valid = findings.filter((f): f is Finding => f !== undefined);
  if (directives.length === 0) return { findings: [...valid, ...values], suppressed: 0 };
  if (directives.some((d) => d.kind === 'disable-file'))
    return { findings: [], suppressed: valid.length + values.length };

  const lines = text.split('\n');
  const byLine = new Map<number, number[]>();
  candidates.forEach((c, k) => {
    const list = byLine.get(c.range.start.line) ?? [];
    list.push(k);
    byLine.set(c.range.start.line, list);
  });
  const result: (Finding | undefined)[] = [...findings];
  const annotated = new Set<number>();
  const extra: Finding[] = [];
  let suppressed = 0;
  let fallback: readonly FieldCandidate[] | undefined;

  for (const d of directives) {
    if (d.kind !== 'pi' && d.kind !== 'none' && d.kind !== 'state') continue;
    const target = d.placement === 'same' ? d.line : nextCodeLine(lines, d.line);
    if (target === undefined) continue;
    let indexes = byLine.get(target) ?? [];
    const declarations = indexes.filter((k) => candidates[k]?.role === 'declaration');
    if (declarations.length > 0) indexes = declarations;
    if (indexes.length === 0 && d.kind === 'pi') {
      fallback ??= fallbackFields();
      const field = fallback.find((f) => f.range.start.line === target && f.role === 'declaration');
      if (field !== undefined) extra.push(annotate(field, undefined, d, reading));
      continue;
    }
    for (const k of indexes) {
      const candidate = candidates[k];
      const current = result[k];
      if (candidate === undefined) continue;
      if (d.kind === 'none' || (d.kind === 'state' && d.state === 'anonymized')) {
        if (current !== undefined) suppressed++;
        result[k] = undefined;
        annotated.add(k);
      } else if (d.kind === 'state') {
        if (current !== undefined) result[k] = { ...current, state: d.state ?? 'deidentified' };
        annotated.add(k);
      } else {
        result[k] = d.state === 'anonymized' ? undefined : annotate(candidate, current, d, reading);
        if (d.state === 'anonymized' && current !== undefined) suppressed++;
        annotated.add(k);
      }
    }
  }

  const disabled = disabledLines(directives, lines.length);
  const out: Finding[] = [];
  result.forEach((f, k) => {
    if (f === undefined) return;
    if (!annotated.has(k) && disabled(f.range.start.line, f.category)) {
      suppressed++;
      return;
    }
    out.push(f);
  });
  for (const f of values) {
    if (disabled(f.range.start.line, f.category)) suppressed++;
    else out.push(f);
  }
  return { findings: [...out, ...extra], suppressed };
}

function annotate(
  candidate: FieldCandidate,
  current: Finding | undefined,
  d: Directive,
  reading: ContestedReading,
): Finding {
  const category = (d.category ?? 'name') as CategoryKey;
  return classifiedByConfig(
    candidate,
    current,
    category,
    reading,
    {
      kind: 'annotation',
      matched: `@pi ${category}`,
      detail: `annotated as ${category}${d.note !== undefined ? `: ${d.note}` : ''}`,
    },
    d.state,
  );
}

/** The next line after `line` that is not blank, a comment, or a decorator. */
function nextCodeLine(lines: readonly string[], line: number): number | undefined {
  for (let k = line + 1; k < lines.length && k <= line + 10; k++) {
    if (!SKIPPABLE.test(lines[k] ?? '')) return k;
  }
  return undefined;
}

/** Builds a predicate "is this category disabled on this line" from disable directives. */
function disabledLines(
  directives: readonly Directive[],
  lineCount: number,
): (line: number, category: string) => boolean {
  const single = new Map<number, readonly string[]>();
  const regions: { from: number; to: number; categories: readonly string[] }[] = [];
  const open: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') single.set(d.line + 1, d.categories);
    else if (d.kind === 'disable-line') single.set(d.line, d.categories);
    else if (d.kind === 'disable') open.push(d);
    else if (d.kind === 'enable') {
      for (const o of open.splice(0)) regions.push({ from: o.line, to: d.line, categories: o.categories });
    }
  }
  for (const o of open) regions.push({ from: o.line, to: lineCount, categories: o.categories });
  const covers = (cats: readonly string[], category: string): boolean =>
    cats.length === 0 || cats.includes(category);
  return (line, category) => {
    const s = single.get(line);
    if (s !== undefined && covers(s, category)) return true;
    return regions.some((r) => line >= r.from && line <= r.to && covers(r.categories, category));
  };
}
