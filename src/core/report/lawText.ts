/**
 * The few facts of the legal model the output formats print beyond category names
 * (src/core/law/labels.ts): thresholds and explanations, all from src/core/law so nothing legal
 * is restated here.
 */
import { CATEGORIES, type Category, type CategoryKey, type Locale, LOCALES } from '../law/index.js';
import { explainCategory, renderExplanationMarkdown, summarizeCategory } from '../law/explain.js';
import { classThresholds } from '../law/thresholds.js';
import type { LegalClass } from '../types.js';

/** `≥ 50 / ≥ 500 pieces` (serious / especially serious, 法释〔2017〕10号 Art. 5). */
export function thresholdText(cls: LegalClass): string {
  const t = classThresholds(cls);
  return `≥ ${t.serious.toLocaleString('en-US')} / ≥ ${t.especiallySerious.toLocaleString('en-US')} pieces`;
}

/** Every category of the catalogue, in catalogue order. */
export function allCategories(): readonly Category[] {
  return CATEGORIES;
}

/** One line: names, class and thresholds with their article (for SARIF fullDescription). */
export function categorySummary(key: CategoryKey, locale: Locale = 'en'): string {
  return summarizeCategory(key, locale);
}

/** The full legal explanation as Markdown, English then Chinese (SARIF `help.markdown`). */
export function explanationMarkdown(key: CategoryKey): string {
  return LOCALES.map((locale) => renderExplanationMarkdown(explainCategory(key, { locale }))).join(
    '\n\n---\n\n',
  );
}

/** The explanation as plain text (SARIF `help.text`): Markdown markers removed. */
export function explanationText(key: CategoryKey): string {
  return explanationMarkdown(key)
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*|`/g, '')
    .replace(/(^|\s)\*([^*\n]+)\*/g, '$1$2')
    .replace(/ {2}$/gm, '');
}
