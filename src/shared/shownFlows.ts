/**
 * Which flows become diagnostics at their sinks, at which level and over which range: one rule
 * for the VS Code extension and the language server (test/unit/lsp/flowParity.test.ts holds
 * both to the CLI's `--flows`). The flows themselves come from `flowsOfScan`, the CLI's own
 * entry, so the editor shows exactly what `pilens scan --flows` reports.
 */
import { flowLanguage, flowsOfScan } from '../core/flow/index.js';
import type { SinkKind } from '../core/flow/kinds.js';
import { isLowerLevel, toReportedFlows, type ReportedFlow } from '../core/report/flows.js';
import type { ScanResult } from '../core/scan/index.js';
import type { Range } from '../core/types.js';
import type { PilensSettings, SeverityLevel } from './settingsSchema.js';
import type { ShownLevel } from './shownFindings.js';

/** A flow diagnostic's code: `flow/<kind>`, the SARIF rule id of the same sink kind. */
export function flowCode(kind: SinkKind): string {
  return `flow/${kind}`;
}

/** Whether a diagnostic code is a flow's (code actions for fields must leave it alone). */
export function isFlowCode(code: unknown): boolean {
  return typeof code === 'string' && code.startsWith('flow/');
}

/**
 * The flows of a scanned document, positioned in it (`file` is the scan's source path), or
 * none when flows are off or the language has no flow analysis. `result` must still hold the
 * scan's memo: the analysis walks its tree instead of parsing again.
 */
export function documentFlows(
  text: string,
  sourcePath: string,
  result: ScanResult,
  settings: Pick<PilensSettings, 'severity'>,
): ReportedFlow[] {
  if (!flowsTraced(sourcePath, settings)) return [];
  return toReportedFlows(sourcePath, text, flowsOfScan(text, sourcePath, result));
}

/** Whether `documentFlows` traces anything for this file: flows are on and its language has them. */
export function flowsTraced(sourcePath: string, settings: Pick<PilensSettings, 'severity'>): boolean {
  return settings.severity.flows !== 'off' && flowLanguage(sourcePath) !== undefined;
}

const ORDER: readonly ShownLevel[] = ['error', 'warning', 'information', 'hint'];

/**
 * A flow's level: the setting's, one higher when the destination is abroad (a cross-border
 * provision needs a mechanism and separate consent), one lower when everything reaching the
 * sink was masked (still PI) or is only keys to a person or order numbers (low confidence).
 * With the default `warning` these are the CLI's SARIF levels.
 */
export function flowLevel(
  flow: Pick<ReportedFlow, 'crossBorder' | 'deidentified' | 'confidence'>,
  configured: SeverityLevel,
): SeverityLevel {
  if (configured === 'off') return 'off';
  const at = ORDER.indexOf(configured);
  const shift = isLowerLevel(flow) ? 1 : flow.crossBorder === true ? -1 : 0;
  return ORDER[Math.min(ORDER.length - 1, Math.max(0, at + shift))] ?? configured;
}

/**
 * The sink's range (0-based): the callee as written from the flow's column (`logger.info`),
 * else the dotted name there (`getLogger().info` → `getLogger`), at least one character.
 */
export function sinkRange(flow: Pick<ReportedFlow, 'line' | 'column' | 'sink'>, lineText: string): Range {
  const line = flow.line - 1;
  const start = flow.column - 1;
  const rest = lineText.slice(start);
  const length = rest.startsWith(flow.sink.callee)
    ? flow.sink.callee.length
    : (/^[\w$.]+/.exec(rest)?.[0].length ?? 1);
  return { start: { line, character: start }, end: { line, character: start + Math.max(1, length) } };
}

export interface ShownFlow {
  readonly flow: ReportedFlow;
  readonly level: ShownLevel;
  readonly range: Range;
}

/**
 * The flows to show, with their ranges (`lineAt` gives a 0-based line's text), and how many
 * `pilens.diagnostics.maxPerFile` left out: the most severe are kept, earliest first.
 */
export function shownFlows(
  flows: readonly ReportedFlow[],
  lineAt: (line: number) => string,
  settings: Pick<PilensSettings, 'severity' | 'maxDiagnosticsPerFile'>,
): { shown: ShownFlow[]; capped: number } {
  const shown: ShownFlow[] = [];
  for (const flow of flows) {
    const level = flowLevel(flow, settings.severity.flows);
    if (level !== 'off') shown.push({ flow, level, range: sinkRange(flow, lineAt(flow.line - 1)) });
  }
  const capped = Math.max(0, shown.length - settings.maxDiagnosticsPerFile);
  if (capped > 0) {
    shown.sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || a.flow.line - b.flow.line);
    shown.length = settings.maxDiagnosticsPerFile;
  }
  return { shown, capped };
}

/** Whether a 0-based position lies in a range, ends included (the cursor after a name). */
export function rangeHolds(range: Range, line: number, character: number): boolean {
  const { start, end } = range;
  const afterStart = line > start.line || (line === start.line && character >= start.character);
  const beforeEnd = line < end.line || (line === end.line && character <= end.character);
  return afterStart && beforeEnd;
}
