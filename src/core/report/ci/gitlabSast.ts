/**
 * GitLab's SAST security report (`artifacts: reports: sast`), written to the report schema
 * version named below. The facts relied on (required keys, the severity and status enums, the
 * time format) are restated in test/fixtures/formats/gitlab-sast.schema.json, which the tests
 * validate every output against.
 */
import type { CiContext, CiReport, CiSeverity } from './ciIssue.js';
import { stableUuid } from './ciIssue.js';

/** The report-schema version the output follows. */
export const GITLAB_SAST_VERSION = '15.0.7';

const SEVERITY: Readonly<Record<CiSeverity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

/** `2026-12-05T16:30:55`: UTC, to the second, no zone (the schema's pattern). */
export function gitlabTime(d: Date): string {
  return d.toISOString().slice(0, 19);
}

/** GitLab limits a vulnerability's name to 255 characters. */
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export function formatGitlabSast(report: CiReport, ctx: CiContext): string {
  const tool = { id: 'pilens', name: 'PI Lens (pilens)', version: ctx.version, vendor: { name: 'pilens' } };
  const doc = {
    version: GITLAB_SAST_VERSION,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'sast',
      status: report.incomplete ? 'failure' : 'success',
      start_time: gitlabTime(ctx.startedAt),
      end_time: gitlabTime(ctx.finishedAt),
      messages: report.notes.map((value) => ({ level: report.incomplete ? 'warn' : 'info', value })),
    },
    vulnerabilities: report.issues.map((i) => ({
      id: stableUuid(`${report.command}:${i.fingerprint}:${i.file}:${i.line}`),
      name: clip(i.ruleName, 255),
      description: i.message,
      severity: SEVERITY[i.severity],
      identifiers: [{ type: 'pilens_rule', name: `pilens ${i.ruleId}`, value: i.ruleId }],
      location: {
        file: i.file,
        start_line: i.line,
        ...(i.endLine !== undefined ? { end_line: i.endLine } : {}),
      },
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
