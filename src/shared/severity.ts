import type { Finding } from '../core/types.js';
import type { SeverityLevel, SeveritySettings } from './settingsSchema.js';

/**
 * The severity a finding is shown at: usages first (they repeat a declaration that is
 * already reported), then low confidence, then the threshold class. Free of `vscode`.
 */
export function severityFor(
  finding: Pick<Finding, 'role' | 'confidence' | 'class'>,
  levels: SeveritySettings,
): SeverityLevel {
  if (finding.role === 'usage') return levels.usages;
  if (finding.confidence === 'low') return levels.lowConfidence;
  switch (finding.class) {
    case 'A':
      return levels.classA;
    case 'B':
      return levels.classB;
    case 'C':
      return levels.classC;
  }
}

const RANK: Readonly<Record<SeverityLevel, number>> = {
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
  off: 4,
};

/** Orders severities most severe first, for capping diagnostics per file. */
export function compareSeverity(a: SeverityLevel, b: SeverityLevel): number {
  return RANK[a] - RANK[b];
}
