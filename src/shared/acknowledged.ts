/**
 * What the user already said about a field: annotations are acknowledgements, so their squiggle
 * goes, and it goes at once when a quick fix inserts one. Free of `vscode`.
 */
import { isTeamDecided } from '../core/scan/decisions.js';
import type { Finding } from '../core/types.js';

/** Whether an edit inserted whole lines holding a `@pi` annotation or a pilens directive. */
export function insertsDirectiveLine(text: string): boolean {
  return text.includes('\n') && /@pi\s|pilens-(?:disable|enable)/.test(text);
}

/**
 * A finding the user classified with an annotation, or the team in `.pilens.json`: shown
 * without a diagnostic.
 */
export function isAcknowledged(finding: Finding): boolean {
  return (
    finding.state !== undefined ||
    finding.evidence.some((e) => e.kind === 'annotation') ||
    isTeamDecided(finding)
  );
}
