/**
 * The full explanation of one finding, opened by "Explain": the legal model's explanation of
 * its category under the finding's contest and the reading in force, then every piece of
 * evidence with the confidence. A Markdown document (shown in the Markdown preview), so it can be
 * as long as the law needs without crowding the hover. Free of `vscode`.
 */
import {
  explainCategory,
  renderExplanationMarkdown,
  type ContestedReading,
  type Locale,
} from '../core/law/index.js';
import type { Finding } from '../core/types.js';
import { evidenceDetail } from './evidenceText.js';
import { categoryName, classText, confidenceWord, contestText, findingClass } from './findingText.js';
import { escapeMarkdown } from './markdownText.js';
import { uiText } from './uiText.js';
import { evidenceKindLabel } from './evidenceKind.js';

export interface ExplanationOptions {
  readonly locale: Locale;
  readonly reading: ContestedReading;
}

/** The explanation document of `finding`. */
export function explanationMarkdown(finding: Finding, options: ExplanationOptions): string {
  const { locale, reading } = options;
  const l10n = uiText(locale);
  const owner =
    finding.owner === undefined
      ? ''
      : ` · ${escapeMarkdown(l10n.t('Owner: {0}', ''))}\`${finding.owner.replace(/`/g, "'")}\``;
  const out: string[] = [
    `# ${escapeMarkdown(l10n.t('PI Lens: why {0} was flagged', finding.field))}`,
    '',
    `${escapeMarkdown(l10n.t('Field: {0}', ''))}\`${finding.field.replace(/`/g, "'")}\`${owner} · ${escapeMarkdown(categoryName(finding.category, locale))} \`${finding.category}\` · ${escapeMarkdown(classText(findingClass(finding, reading), locale))}`,
    '',
  ];
  const contest = contestText(finding, reading, locale);
  if (contest !== undefined) out.push(escapeMarkdown(contest), '');
  const explained = explainCategory(finding.category, {
    locale,
    reading,
    contest: finding.contest,
    forField: true,
  });
  out.push(renderExplanationMarkdown(explained), '');
  out.push(
    `## ${escapeMarkdown(l10n.t('Why flagged'))} (${escapeMarkdown(l10n.t('confidence: {0}', confidenceWord(finding, locale)))})`,
    '',
  );
  for (const evidence of finding.evidence) {
    out.push(
      `- ${escapeMarkdown(l10n.t('{0}: {1}', evidenceKindLabel(evidence.kind, locale), ''))}\`${evidence.matched.replace(/`/g, "'")}\` — ${escapeMarkdown(evidenceDetail(evidence, locale))}`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
