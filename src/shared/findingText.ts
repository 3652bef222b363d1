/**
 * The short texts about one finding that the editor shows everywhere: its category and class
 * under the finding's own contest and the chosen reading, the thresholds with their condition,
 * the contest line, and the Problems-panel row. Free of `vscode`; legal sentences come from the
 * law model (`thresholdCondition`, category names, contest titles), captions from the l10n bundle.
 */
import {
  classFor,
  classThresholds,
  formatCount,
  getContest,
  getCategory,
  thresholdCondition,
  type CategoryKey,
  type ContestedReading,
  type LegalClass,
  type Locale,
} from '../core/law/index.js';
import type { Finding } from '../core/types.js';
import { uiText } from './uiText.js';

/** The class shown for a finding: the catalogue's under its contest and the reading in force. */
export function findingClass(finding: Finding, reading: ContestedReading): LegalClass | null {
  return classFor(finding.category, { contest: finding.contest, reading });
}

/** `身份证件号码` / `Resident ID number`. */
export function categoryName(category: CategoryKey, locale: Locale): string {
  const c = getCategory(category);
  return locale === 'zh' ? c.zh : c.en;
}

/** `Class C` / `C类`, or the flag wording for a category without a class of its own. */
export function classText(cls: LegalClass | null, locale: Locale): string {
  const l10n = uiText(locale);
  return cls === null ? l10n.t('flag, not a class') : l10n.t('class {0}', cls);
}

/** `serious ≥ 5,000 · especially serious ≥ 50,000 pieces — <the condition>`. */
export function thresholdsText(cls: LegalClass, locale: Locale): string {
  const l10n = uiText(locale);
  const t = classThresholds(cls);
  return l10n.t(
    'serious ≥ {0} · especially serious ≥ {1} pieces — {2}',
    formatCount(t.serious),
    formatCount(t.especiallySerious),
    thresholdCondition(locale),
  );
}

/**
 * The contest that decided the finding's class, under the reading in force:
 * `Contested: a bare bank-card number — lenient reading: class C (strict: class A)`.
 */
export function contestText(finding: Finding, reading: ContestedReading, locale: Locale): string | undefined {
  const id = finding.contest;
  const contest = id === undefined ? undefined : getContest(id)?.contest;
  if (contest === undefined) return undefined;
  const l10n = uiText(locale);
  const title = locale === 'zh' ? contest.title.zh : contest.title.en;
  const chosen = reading === 'strict' ? contest.strict : contest.lenient;
  const other = reading === 'strict' ? contest.lenient : contest.strict;
  return reading === 'strict'
    ? l10n.t('Contested: {0} — strict reading: class {1} (lenient: class {2})', title, chosen, other)
    : l10n.t('Contested: {0} — lenient reading: class {1} (strict: class {2})', title, chosen, other);
}

/**
 * The Problems-panel row: the field, its category and class, the reading when contested, and
 * what qualifies it. Short on purpose: thresholds and their condition live in the hover.
 */
export function diagnosticMessage(finding: Finding, locale: Locale, reading: ContestedReading): string {
  const l10n = uiText(locale);
  const qualifiers: string[] = [];
  if (finding.role === 'usage') qualifiers.push(l10n.t('usage'));
  if (finding.confidence === 'low') qualifiers.push(l10n.t('low confidence'));
  if (finding.contest !== undefined)
    qualifiers.push(
      reading === 'strict' ? l10n.t('contested, strict reading') : l10n.t('contested, lenient reading'),
    );
  if (finding.state === 'deidentified') qualifiers.push(l10n.t('de-identified, still personal information'));
  if (finding.minor === true) qualifiers.push(l10n.t('may concern children under 14'));
  const cls = findingClass(finding, reading);
  const name = categoryName(finding.category, locale);
  const head = `${finding.field}: ${name} (${finding.category}) · ${classText(cls, locale)}`;
  return qualifiers.length === 0 ? head : `${head} · ${qualifiers.join(l10n.t('; '))}`;
}

/** A finding's confidence as one word in the display language. */
export function confidenceWord(finding: Pick<Finding, 'confidence'>, locale: Locale): string {
  const l10n = uiText(locale);
  switch (finding.confidence) {
    case 'high':
      return l10n.t('high');
    case 'medium':
      return l10n.t('medium');
    case 'low':
      return l10n.t('low');
  }
}
