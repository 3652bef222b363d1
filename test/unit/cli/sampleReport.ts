/** A hand-built report for the format tests: independent of the detector's vocabulary. */
import type { ReportedFinding } from '../../../src/core/report/finding.js';
import type { ScanReport } from '../../../src/core/report/scanReport.js';

export const FINDINGS: ReportedFinding[] = [
  {
    file: 'db/schema.sql',
    line: 4,
    column: 3,
    endLine: 4,
    endColumn: 7,
    field: 'sfzh',
    owner: 't_ry',
    category: 'id_number',
    class: 'C',
    confidence: 'high',
    evidence: [
      { kind: 'comment', matched: '身份证号码', detail: 'comment names an identity-document number' },
    ],
    role: 'declaration',
    fingerprint: '0123456789abcdef:1',
  },
  {
    file: 'src/models/user model.ts',
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 17,
    field: 'lastLocation',
    owner: 'User',
    category: 'whereabouts',
    class: 'A',
    confidence: 'medium',
    evidence: [{ kind: 'token', matched: 'location', detail: 'token "location"' }],
    role: 'declaration',
    fingerprint: 'fedcba9876543210:1',
  },
  {
    file: 'src/models/user model.ts',
    line: 20,
    column: 10,
    endLine: 20,
    endColumn: 24,
    field: '=cmd|x_y`z',
    category: 'health',
    class: 'B',
    confidence: 'low',
    evidence: [{ kind: 'token', matched: 'diagnosis', detail: 'token "diagnosis", in <b>bold</b>' }],
    role: 'usage',
    fingerprint: 'aaaaaaaaaaaaaaaa:1',
  },
];

export function sampleReport(overrides: Partial<ScanReport> = {}): ScanReport {
  return {
    findings: FINDINGS,
    baselined: [],
    stale: [],
    filesScanned: 7,
    skipped: [{ file: 'logo.bin', reason: 'binary' }],
    parseErrors: [],
    suppressed: 1,
    ...overrides,
  };
}
