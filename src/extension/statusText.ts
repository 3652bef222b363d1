/**
 * The status bar's words: how many personal-information fields the file declares, with the
 * classes spelled out in the tooltip, so nobody has to know what "A 2 · B 2" meant. Free of
 * `vscode`.
 */
import type { Locale } from '../core/law/index.js';
import type { LegalClass } from '../core/types.js';
import { uiText } from '../shared/uiText.js';

export interface StatusCounts {
  readonly byClass: Readonly<Record<LegalClass, number>>;
  readonly usages: number;
}

export interface StatusText {
  readonly text: string;
  /** Markdown. */
  readonly tooltip: string;
}

/** `$(shield) 14 PI fields · 4 high-risk`, and a tooltip listing the classes. */
export function statusText(counts: StatusCounts, locale: Locale): StatusText {
  const l10n = uiText(locale);
  const { A, B, C } = counts.byClass;
  const total = A + B + C;
  const fields = total === 1 ? l10n.t('1 PI field') : l10n.t('{0} PI fields', total);
  // Classes A and B reach the criminal thresholds at 50 and 500 pieces: the ones to look at first.
  const text = A + B > 0 ? `$(shield) ${fields} · ${l10n.t('{0} class A/B', A + B)}` : `$(shield) ${fields}`;
  const tooltip = [
    `**${l10n.t('Personal-information fields declared in this file')}**`,
    '',
    `- ${l10n.t('Class A (whereabouts, communication content, credit, property): {0}', A)}`,
    `- ${l10n.t('Class B (accommodation, communication records, health, transactions, biometrics): {0}', B)}`,
    `- ${l10n.t('Class C (all other personal information): {0}', C)}`,
    `- ${l10n.t('Usages of fields declared elsewhere: {0}', counts.usages)}`,
    '',
    l10n.t('Click to open the PI inventory.'),
  ].join('\n');
  return { text, tooltip };
}
