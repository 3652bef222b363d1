/**
 * Scan findings as CI issues: the reported (new) findings, never the baselined ones; class A
 * high, B medium, C low, a usage or a de-identified field one step lower (as SARIF levels are).
 * Flows (`--flows`) stay in JSON, SARIF and the data map.
 */
import { categoryLabel } from '../../law/labels.js';
import type { LegalClass } from '../../types.js';
import type { ReportedFinding } from '../finding.js';
import { evidenceSummary } from '../inventory.js';
import { thresholdText } from '../lawText.js';
import type { ScanReport } from '../scanReport.js';
import { lower, type CiIssue, type CiReport, type CiSeverity } from './ciIssue.js';

const CLASS_SEVERITY: Readonly<Record<LegalClass, CiSeverity>> = { A: 'high', B: 'medium', C: 'low' };

/** `Identity-document number (身份证件号码), class B`: the rule, the same for every field. */
export function ruleName(category: string, cls: LegalClass): string {
  const label = categoryLabel(category);
  return `Personal information: ${label.en} (${label.zh}), class ${cls}`;
}

function issue(f: ReportedFinding): CiIssue {
  const label = categoryLabel(f.category);
  const field = f.owner !== undefined ? `${f.owner}.${f.field}` : f.field;
  const role = f.role === 'usage' ? 'uses' : 'declares';
  return {
    ruleId: f.category,
    ruleName: ruleName(f.category, f.class),
    message:
      `${field} ${role} ${label.en} (${label.zh}), class ${f.class}: quantity standards ${thresholdText(f.class)} ` +
      `if sold, provided or illegally obtained (法释〔2017〕10号 Art. 5). Evidence: ${evidenceSummary(f)}.`,
    severity: lower(CLASS_SEVERITY[f.class], f.role === 'usage' || f.deidentified === true ? 1 : 0),
    file: f.file,
    line: f.line,
    endLine: f.endLine,
    fingerprint: f.fingerprint,
  };
}

export function scanToCi(report: ScanReport): CiReport {
  return {
    command: 'scan',
    issues: report.findings.map(issue),
    passes:
      report.findings.length === 0
        ? [
            {
              name: `no new personal-information field in ${report.filesScanned} files`,
              group: 'pilens scan',
            },
          ]
        : [],
    incomplete: report.skipped.some((s) => s.reason === 'unreadable'),
    notes: report.skipped.map((s) => `skipped (${s.reason}): ${s.file}`),
  };
}
