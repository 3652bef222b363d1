/**
 * Flows as reports see them: 1-based positions, a path relative to the report's root, and the
 * JSON contract of issue 14 (`flows: [{file, line, column, sink: {kind, callee, target, vendor},
 * categories, crossBorder, deidentified, confidence, path}]`). `confidence` is the strongest the
 * classifier gave what reaches the sink: `low` when only keys to a person or order numbers do
 * (reported one level lower, as masked flows are). Names only: a flow never carries a value.
 */
import { crossBorderOf } from '../flow/hosts.js';
import type { SinkKind } from '../flow/kinds.js';
import type { Flow } from '../flow/types.js';
import type { CategoryKey } from '../law/schema.js';
import { LineIndex } from '../text/lines.js';
import type { Confidence } from '../types.js';

/** One step of a reported flow, 1-based. */
export interface ReportedFlowStep {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly label: string;
}

/** One flow in a report. */
export interface ReportedFlow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sink: {
    readonly kind: SinkKind;
    readonly callee: string;
    readonly target: string | null;
    readonly vendor: string | null;
  };
  readonly categories: readonly CategoryKey[];
  /** `true` abroad, `false` mainland, `null` unknown. */
  readonly crossBorder: boolean | null;
  /** Masked or hashed on the way: still PI, reported one level lower. */
  readonly deidentified: boolean;
  /**
   * The strongest confidence of what reaches the sink; `low`: only keys to a person or order
   * numbers (`userId`, `orderNo`), which a recipient can link to the person, reported one level lower.
   */
  readonly confidence: Confidence;
  readonly path: readonly ReportedFlowStep[];
}

/** Whether a flow is reported one level lower: masked on the way, or only linkable keys reach it. */
export function isLowerLevel(f: Pick<ReportedFlow, 'deidentified' | 'confidence'>): boolean {
  return f.deidentified || f.confidence === 'low';
}

/** The core's flows of one text, placed in `file`. */
export function toReportedFlows(file: string, text: string, flows: readonly Flow[]): ReportedFlow[] {
  if (flows.length === 0) return [];
  const lines = new LineIndex(text);
  const at = (offset: number): { line: number; column: number } => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return flows.map((f) => ({
    file,
    ...at(f.offset),
    sink: {
      kind: f.sink.kind,
      callee: f.sink.callee,
      target: f.sink.target ?? null,
      vendor: f.sink.vendor ?? null,
    },
    categories: f.categories,
    crossBorder: crossBorderOf(f.sink.region),
    deidentified: f.deidentified,
    confidence: f.confidence,
    path: f.path.map((s) => ({ file, ...at(s.offset), label: s.label })),
  }));
}

/** File, then position: the order of every report. */
export function compareReportedFlows(a: ReportedFlow, b: ReportedFlow): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** The JSON object of one flow, keys in the contract's order. */
export function jsonFlow(f: ReportedFlow): Record<string, unknown> {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    sink: { kind: f.sink.kind, callee: f.sink.callee, target: f.sink.target, vendor: f.sink.vendor },
    categories: f.categories,
    crossBorder: f.crossBorder,
    deidentified: f.deidentified,
    confidence: f.confidence,
    path: f.path.map((s) => ({ file: s.file, line: s.line, column: s.column, label: s.label })),
  };
}
