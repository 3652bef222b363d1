import * as vscode from 'vscode';
import type { Finding, Range } from '../core/types.js';
import { flowCode, type ShownFlow } from '../shared/shownFlows.js';
import type { SeverityLevel } from '../shared/settingsSchema.js';

/** The `source` of every diagnostic pilens owns; code actions filter on it. */
export const DIAGNOSTIC_SOURCE = 'pilens';

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Whether a finding's range holds the position, ends included (the cursor after a name). */
export function findingAt(findings: readonly Finding[], position: vscode.Position): Finding | undefined {
  return findings.find((f) => toVscodeRange(f.range).contains(position));
}

const SEVERITIES: Readonly<Record<Exclude<SeverityLevel, 'off'>, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A diagnostic for a finding; `code` is the category key linked to its documentation (`docs`). */
export function toDiagnostic(
  finding: Finding,
  level: Exclude<SeverityLevel, 'off'>,
  message: string,
  docs: vscode.Uri,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), message, SEVERITIES[level]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.category, target: docs };
  return diagnostic;
}

/**
 * A diagnostic at a sink that personal information reaches. Its code is a plain string
 * (`flow/log`), so the field actions, which read a category from `{ value, target }`, pass it by.
 */
export function toFlowDiagnostic(shown: ShownFlow, message: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(shown.range), message, SEVERITIES[shown.level]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = flowCode(shown.flow.sink.kind);
  return diagnostic;
}

/** The category key of one of our diagnostics, or undefined for anyone else's. */
export function categoryOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && typeof code.value === 'string' ? code.value : undefined;
}
