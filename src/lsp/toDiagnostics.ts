/**
 * Findings as LSP diagnostics, by the extension's rules: annotated findings are acknowledged
 * (no diagnostic), severities come from `pilens.severity.*`, at most
 * `pilens.diagnostics.maxPerFile` of them, most severe first. Code = category key, source
 * `pilens`, which code actions look for.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ContestedReading, Locale } from '../core/law/index.js';
import type { Finding } from '../core/types.js';
import type { ReportedFlow } from '../core/report/flows.js';
import { diagnosticMessage } from '../shared/findingText.js';
import { flowDiagnosticMessage } from '../shared/flowText.js';
import { flowCode, shownFlows } from '../shared/shownFlows.js';
import type { PilensSettings } from '../shared/settingsSchema.js';
import { shownFindings, type ShownLevel } from '../shared/shownFindings.js';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'pilens';

const SEVERITIES: Readonly<Record<ShownLevel, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  readonly settings: PilensSettings;
  readonly locale: Locale;
  readonly reading: ContestedReading;
}

/** The diagnostics for one document's findings, and how many were left out by the cap. */
export function toDiagnostics(
  findings: readonly Finding[],
  options: DiagnosticOptions,
): { diagnostics: Diagnostic[]; capped: number } {
  const { settings, locale, reading } = options;
  const { shown, capped } = shownFindings(findings, settings);
  const diagnostics = shown.map(({ finding, level }) => ({
    range: finding.range,
    severity: SEVERITIES[level],
    source: DIAGNOSTIC_SOURCE,
    code: finding.category,
    message: diagnosticMessage(finding, locale, reading),
  }));
  return { diagnostics, capped };
}

/**
 * The diagnostics at the sinks of one document's flows (`lineAt` gives a 0-based line's text),
 * by the extension's rules (shownFlows.ts), and how many the cap left out.
 */
export function toFlowDiagnostics(
  flows: readonly ReportedFlow[],
  lineAt: (line: number) => string,
  options: Omit<DiagnosticOptions, 'reading'>,
): { diagnostics: Diagnostic[]; capped: number } {
  const { shown, capped } = shownFlows(flows, lineAt, options.settings);
  const diagnostics = shown.map(({ flow, level, range }) => ({
    range,
    severity: SEVERITIES[level],
    source: DIAGNOSTIC_SOURCE,
    code: flowCode(flow.sink.kind),
    message: flowDiagnosticMessage(flow, options.locale),
  }));
  return { diagnostics, capped };
}

/** The finding a diagnostic of ours was made from: same category, same range. */
export function findingOf(findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const { start, end } = diagnostic.range;
  return findings.find(
    (f) =>
      f.category === diagnostic.code &&
      f.range.start.line === start.line &&
      f.range.start.character === start.character &&
      f.range.end.line === end.line &&
      f.range.end.character === end.character,
  );
}
