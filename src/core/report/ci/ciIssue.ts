/**
 * The one shape the CI formats (GitLab SAST, GitLab Code Quality, JUnit XML) render, whatever
 * the command: `scan` findings, `inventory` rows and `estimate` results each map to it once
 * (ciFromScan.ts, ciFromInventory.ts, ciFromEstimate.ts), and each writer maps its severities
 * from one five-step scale. Names, categories and counts only: never a data value.
 */
import { hash64 } from '../../review/fingerprint.js';

/** From the most to the least severe. */
export const CI_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type CiSeverity = (typeof CI_SEVERITIES)[number];

/** One problem to show in CI, located in a file. */
export interface CiIssue {
  /** A category key, a duty id or a quantity standard: GitLab groups and links by it. */
  readonly ruleId: string;
  /** The rule in words, without anything specific to this issue (GitLab's "name"). */
  readonly ruleName: string;
  /** What is wrong here (field, owner, category, why): names and counts only. */
  readonly message: string;
  readonly severity: CiSeverity;
  /** Relative to the directory the command ran in, `/`-separated. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly endLine?: number;
  /** Stable across runs (the finding's fingerprint where it has one). */
  readonly fingerprint: string;
}

/** A passing check (JUnit lists what was checked, not only what failed). */
export interface CiPass {
  readonly name: string;
  readonly group: string;
}

/** What a command hands to the CI writers. */
export interface CiReport {
  /** `scan`, `inventory` or `estimate`: the JUnit suite name and the Code Quality check prefix. */
  readonly command: string;
  readonly issues: readonly CiIssue[];
  readonly passes: readonly CiPass[];
  /** Some input could not be read: GitLab's scan status is then `failure`. */
  readonly incomplete: boolean;
  /** Notes for the run as a whole (skipped files, caveats): GitLab SAST messages, JUnit system-out. */
  readonly notes: readonly string[];
}

/** Tool facts every writer names. */
export interface CiContext {
  readonly version: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

/** One step less severe (a usage, a de-identified field), never below `info`. */
export function lower(severity: CiSeverity, steps = 1): CiSeverity {
  const i = CI_SEVERITIES.indexOf(severity);
  return CI_SEVERITIES[Math.min(i + steps, CI_SEVERITIES.length - 1)] ?? 'info';
}

/** Issues ordered most severe first, then by file and line: ranks survive truncation. */
export function bySeverity(a: CiIssue, b: CiIssue): number {
  return (
    CI_SEVERITIES.indexOf(a.severity) - CI_SEVERITIES.indexOf(b.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line
  );
}

/** A UUID-shaped id (GitLab recommends one) derived from `text`, so the same issue keeps it. */
export function stableUuid(text: string): string {
  const hex = `${hash64(text)}${hash64(`pilens:${text}`)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
