/**
 * `.pilens.json` checked as the client edits it, as VS Code's JSON validation does for the
 * extension: the first problem the core's schema finds, at the offending value (one precise
 * diagnostic, not a cascade). Editors without a JSON schema client see it too.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { readConfigText } from '../shared/configText.js';
import { DIAGNOSTIC_SOURCE } from './toDiagnostics.js';

export function configDiagnostics(text: string): Diagnostic[] {
  // The server scans with the file as written (trusted), so it validates it the same way.
  const { problem } = readConfigText(text, true);
  if (problem === undefined) return [];
  return [
    {
      range: problem.range,
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      message: `.pilens.json: ${problem.message}; defaults apply until it is fixed`,
    },
  ];
}
