/**
 * Which findings become diagnostics, at which level: one rule for the VS Code extension and the
 * language server, so the two cannot drift (test/unit/lsp/parity.test.ts runs one table of
 * cases through both). Annotated findings are acknowledged (no diagnostic); levels come from
 * `pilens.severity.*`; past `pilens.diagnostics.maxPerFile` the most severe are kept, earliest
 * first. Also the scan options both hosts give the core for a document.
 */
import type { PilensConfig } from '../core/config/schema.js';
import type { ContestedReading } from '../core/law/index.js';
import type { ScanMemo, ScanOptions } from '../core/scan/index.js';
import type { Finding } from '../core/types.js';
import { isAcknowledged } from './acknowledged.js';
import type { PilensSettings, SeverityLevel } from './settingsSchema.js';
import { compareSeverity, severityFor } from './severity.js';

export type ShownLevel = Exclude<SeverityLevel, 'off'>;

export interface ShownFinding {
  readonly finding: Finding;
  readonly level: ShownLevel;
}

/**
 * The findings to show and how many the cap left out. `adjust` lets a host change a level
 * first (the extension's baseline mode); the cap applies after it.
 */
export function shownFindings(
  findings: readonly Finding[],
  settings: Pick<PilensSettings, 'severity' | 'maxDiagnosticsPerFile'>,
  adjust: (finding: Finding, level: SeverityLevel) => SeverityLevel = (_f, level) => level,
): { shown: ShownFinding[]; capped: number } {
  const shown: ShownFinding[] = [];
  for (const finding of findings) {
    if (isAcknowledged(finding)) continue;
    const level = adjust(finding, severityFor(finding, settings.severity));
    if (level !== 'off') shown.push({ finding, level });
  }
  const cap = settings.maxDiagnosticsPerFile;
  const capped = Math.max(0, shown.length - cap);
  if (capped > 0) {
    shown.sort(
      (a, b) => compareSeverity(a.level, b.level) || a.finding.range.start.line - b.finding.range.start.line,
    );
    shown.length = cap;
  }
  return { shown, capped };
}

/** The core's options for a document: its `.pilens.json`, the reading, usages unless off. */
export function documentScanOptions(
  settings: Pick<PilensSettings, 'severity'>,
  config: PilensConfig | undefined,
  reading: ContestedReading,
  previous: ScanMemo | undefined,
): ScanOptions {
  return {
    ...(config === undefined ? {} : { config }),
    contestedReading: reading,
    // Usages at `off` are not worth scanning for; otherwise the config file decides.
    ...(settings.severity.usages === 'off' ? { includeUsages: false } : {}),
    ...(previous === undefined ? {} : { previous }),
  };
}
