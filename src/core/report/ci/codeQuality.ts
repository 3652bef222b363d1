/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`): a JSON array of issues
 * with a description, check name, unique fingerprint, severity and a location (path and begin
 * line). The facts relied on are restated in test/fixtures/formats/gitlab-codequality.schema.json.
 */
import { hash64 } from '../../review/fingerprint.js';
import type { CiReport, CiSeverity } from './ciIssue.js';

const SEVERITY: Readonly<Record<CiSeverity, string>> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
  info: 'info',
};

export function formatCodeQuality(report: CiReport): string {
  // GitLab shows only the first issue of a fingerprint: make each unique, stable across runs.
  const seen = new Map<string, number>();
  const issues = report.issues.map((i) => {
    const base = hash64(`${report.command}:${i.ruleId}:${i.fingerprint}:${i.file}:${i.line}`);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      type: 'issue',
      check_name: `pilens/${i.ruleId}`,
      description: i.message,
      severity: SEVERITY[i.severity],
      fingerprint: n === 0 ? base : hash64(`${base}:${n}`),
      location: {
        path: i.file,
        lines: { begin: i.line, ...(i.endLine !== undefined ? { end: i.endLine } : {}) },
      },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
