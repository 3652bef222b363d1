/**
 * Turns the engine's report model into the webview's view model: localised labels, the class
 * bars with their thresholds, categories, columns with evidence, duties, caveats and the
 * Ningbo context. Pure (no `vscode`), so it is unit-tested; nothing legal is restated here:
 * every threshold and text comes from src/core/law through the report.
 */
import { categoryLabel } from '../../core/law/labels.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import { formatCount } from '../../core/law/format.js';
import { NINGBO, NINGBO_SUMMARY } from '../../core/law/ningbo.js';
import { citation } from '../../core/law/instruments.js';
import type { LegalClass, Locale } from '../../core/law/schema.js';
import { classThresholds } from '../../core/law/thresholds.js';
import { articleText } from '../../core/law/articleZh.js';
import { ratioLine, tierHeadline } from '../../core/law/tierLine.js';
import { conditionLine } from '../../core/law/wording.js';
import type { ClassBar, ColumnRow, ReportViewModel, TextItem } from '../../shared/reportMessages.js';
import { REPORT_TEXT } from './reportText.js';

const CLASSES: readonly LegalClass[] = ['A', 'B', 'C'];

export interface ReportViewOptions {
  readonly locale: Locale;
  /** How a part's file is shown (workspace-relative); absolute paths stay out of the view. */
  readonly fileLabel: (file: string) => string;
}

const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)} %`);

function distanceText(report: EstimateReport, cls: LegalClass, locale: Locale): string {
  const t = REPORT_TEXT[locale];
  const d = report.assessment.distances[cls];
  if (d.toSerious === null) return t.notCounted;
  if (d.toSerious > 0) return t.moreToSerious(formatCount(d.toSerious));
  if (d.toEspeciallySerious !== null && d.toEspeciallySerious > 0)
    return t.moreToEspecially(formatCount(d.toEspeciallySerious));
  return t.especiallyReached;
}

function classBars(report: EstimateReport, locale: Locale): ClassBar[] {
  return CLASSES.map((cls) => {
    const t = classThresholds(cls, report.assessment.insiderApplied);
    return {
      cls,
      pieces: report.pieces[cls],
      serious: t.serious,
      especiallySerious: t.especiallySerious,
      distance: distanceText(report, cls, locale),
    };
  });
}

function columnRows(report: EstimateReport, options: ReportViewOptions): ColumnRow[] {
  const rows: ColumnRow[] = [];
  for (const part of report.parts) {
    for (const c of part.columns) {
      if (c.category === null && c.source !== 'override') continue;
      const label = c.category === null ? undefined : categoryLabel(c.category);
      rows.push({
        file: options.fileLabel(part.file),
        column: c.name,
        category:
          label === undefined
            ? REPORT_TEXT[options.locale].notPi
            : options.locale === 'zh'
              ? `${label.zh} ${label.key}`
              : `${label.en} (${label.key})`,
        cls: c.legalClass ?? '—',
        source: c.source,
        share: pct(c.share),
        examples: c.examples,
        evidence: c.evidence,
      });
    }
  }
  return rows;
}

/** The tier the quantity alone reaches (the headline speaks of the quantity; gains and the like are reasons). */
function quantityTier(report: EstimateReport): EstimateReport['tier'] {
  const ids = report.assessment.reasons.map((r) => r.id);
  if (ids.includes('ratio_especially_serious')) return 'especially_serious';
  if (ids.includes('ratio_serious')) return 'serious';
  return report.pieces.A + report.pieces.B + report.pieces.C === 0 ? 'none' : 'below';
}

function bilingual(locale: Locale, n: { en: string; zh: string }): string {
  return locale === 'zh' ? n.zh : n.en;
}

/** The webview's model of one estimate. */
export function buildReportView(report: EstimateReport, options: ReportViewOptions): ReportViewModel {
  const { locale } = options;
  const t = REPORT_TEXT[locale];
  const a = report.assessment;
  const c = report.counts;
  const files = [...new Set(report.parts.map((p) => options.fileLabel(p.file.replace(/#.*$/, ''))))];
  const categories = Object.entries(report.byCategory).map(([key, pieces]) => {
    const label = categoryLabel(key);
    return { key, name: locale === 'zh' ? label.zh : label.en, cls: label.class ?? '—', pieces };
  });
  categories.sort((x, y) => (x.cls < y.cls ? -1 : x.cls > y.cls ? 1 : y.pieces - x.pieces));
  // A Chinese report cites in the statutes' own numbering (第五条第一款第三项), not `Art.`.
  const basis = (b: string): string => articleText(b, locale);
  const duties: TextItem[] = report.duties.map((d) => ({
    text: bilingual(locale, d),
    basis:
      locale === 'zh'
        ? d.cites.map((c) => citation(c.instrument, c.article, 'zh', c.articleZh)).join('；')
        : d.basis,
    partial: d.confidence === 'partial',
  }));
  const reasons: TextItem[] = a.reasons.map((r) => ({ text: bilingual(locale, r), basis: basis(r.basis) }));
  const caveats: TextItem[] = [
    { text: conditionLine(locale) },
    ...report.relatedOffences.map((r) => ({
      text: `${t.cardRecords(formatCount(r.records))}: ${bilingual(locale, r)}`,
      basis: basis(r.basis),
      partial: true,
    })),
    ...a.inferences.map((n) => ({ text: `${t.inference}: ${bilingual(locale, n)}`, partial: true })),
    ...a.caveats.map((n) => ({ text: bilingual(locale, n) })),
  ];
  return {
    title: `${t.title}: ${files.join(', ')}`,
    tier: report.tier,
    tierLabel: tierHeadline(a, a.conduct, locale),
    headline: t.headline(a.conduct, quantityTier(report)),
    ratio: ratioLine(a, a.conduct, locale),
    figures: [
      { label: t.records, value: formatCount(report.records) },
      { label: t.distinctWithPi, value: formatCount(c.distinctRecordsWithPi) },
      { label: t.duplicates, value: formatCount(c.duplicates) },
      { label: t.withoutPi, value: formatCount(c.withoutPi) },
      { label: t.malformed, value: formatCount(c.malformed) },
      {
        label: t.persons,
        value: `${formatCount(report.persons)}${c.personsKeyed ? '' : ` (${t.personsUpperBound})`}`,
      },
    ],
    classes: classBars(report, locale),
    categories,
    columns: columnRows(report, options),
    // Gains and a prior record are asked (and shown) only for an act: holding has neither.
    answers: [
      { label: t.conduct, value: t.conducts[a.conduct] },
      { label: t.insider, value: a.insider ? t.yes : t.no },
      ...(a.conduct === 'hold'
        ? []
        : [
            {
              label: t.gains,
              value: a.gainsCny === undefined ? t.notGiven : `CNY ${formatCount(a.gainsCny)}`,
            },
            { label: t.priorRecord, value: a.priorRecord ? t.yes : t.no },
          ]),
      ...(a.whereaboutsUsedInCrime === undefined
        ? []
        : [{ label: t.whereaboutsUsedInCrime, value: a.whereaboutsUsedInCrime ? t.yes : t.no }]),
      ...(a.knownCriminalRecipient === undefined
        ? []
        : [{ label: t.knownCriminalRecipient, value: a.knownCriminalRecipient ? t.yes : t.no }]),
    ],
    duties,
    reasons,
    caveats,
    notes: report.parts.flatMap((p) => p.notes.map((n) => `${options.fileLabel(p.file)}: ${n}`)),
    ningbo: {
      summary: NINGBO_SUMMARY[locale],
      types: Object.values(NINGBO).map((x) => ({ label: x[locale], cases: x.cases })),
    },
    labels: t.labels,
  };
}
