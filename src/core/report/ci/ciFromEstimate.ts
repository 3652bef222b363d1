/**
 * An estimate as CI issues, located at the dataset's first file that holds PI: each quantity
 * standard reached (情节特别严重 critical, 情节严重 high) and each administrative duty (low);
 * a standard not reached is a passing check. The caveats go with the run: an estimate, not
 * legal advice, and holding is not the offence.
 */
import type { EstimateReport } from '../../dataset/report.js';
import { CAVEATS } from '../../law/tierText.js';
import { ratioLine, tierHeadline } from '../../law/tierLine.js';
import type { CiIssue, CiReport } from './ciIssue.js';

/** A dataset path relative to `cwd` when inside it (reports hold absolute paths). */
function relativeTo(file: string, cwd: string | undefined): string {
  if (cwd === undefined) return file;
  const base = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(base) ? file.slice(base.length) : file;
}

export function estimateToCi(report: EstimateReport, cwd?: string): CiReport {
  const a = report.assessment;
  const withPi = report.parts.find((p) => p.columns.some((c) => c.category !== null)) ?? report.parts[0];
  const file = relativeTo(withPi?.file ?? 'dataset', cwd);
  const others = report.parts.length - 1;
  const scope = others > 0 ? ` (counted over ${report.parts.length} files)` : '';
  const standards = [
    {
      id: 'quantity_standard_serious',
      reached: a.tier === 'serious' || a.tier === 'especially_serious',
      word: '情节严重',
    },
    {
      id: 'quantity_standard_especially_serious',
      reached: a.tier === 'especially_serious',
      word: '情节特别严重',
    },
  ] as const;
  const issues: CiIssue[] = standards
    .filter((s) => s.reached)
    .map((s) => ({
      ruleId: s.id,
      ruleName: `Quantity standard for ${s.word} (法释〔2017〕10号 Art. 5)`,
      message: `${tierHeadline(a, a.conduct, 'en')}${scope}: ${ratioLine(a, a.conduct, 'en')}; pieces A ${report.pieces.A}, B ${report.pieces.B}, C ${report.pieces.C}.`,
      severity: s.id === 'quantity_standard_especially_serious' ? 'critical' : 'high',
      file,
      line: 1,
      fingerprint: `${file}:${s.id}`,
    }));
  for (const d of report.duties)
    issues.push({
      ruleId: d.id,
      ruleName: `Duty: ${d.id.replace(/_/g, ' ')}`,
      message: `${d.en} (${d.basis}; ${report.persons} persons${scope})`,
      severity: 'low',
      file,
      line: 1,
      fingerprint: `${file}:${d.id}`,
    });
  return {
    command: 'estimate',
    issues,
    passes: standards
      .filter((s) => !s.reached)
      .map((s) => ({ name: `quantity standard for ${s.word} not reached (estimate)`, group: file })),
    incomplete: report.parts.some((p) => (p.errors ?? []).length > 0),
    notes: [CAVEATS.estimate.en, CAVEATS.elements.en, ...(a.conduct === 'hold' ? [CAVEATS.hold.en] : [])],
  };
}
