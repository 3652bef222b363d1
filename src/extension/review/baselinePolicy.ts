/**
 * How a baselined finding is shown in the editor (`pilens.baseline.mode`): as a Hint, or not
 * at all. Pure, so the rule is unit-tested; the diagnostics pipeline applies it.
 */
import type { SeverityLevel } from '../../shared/settingsSchema.js';

export type BaselineMode = 'hint' | 'hide';

/** The level of a finding after the baseline: unchanged when not baselined. */
export function levelAfterBaseline(
  level: SeverityLevel,
  baselined: boolean,
  mode: BaselineMode,
): SeverityLevel {
  if (!baselined || level === 'off') return level;
  return mode === 'hide' ? 'off' : 'hint';
}
