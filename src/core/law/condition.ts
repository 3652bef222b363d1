/**
 * The one sentence that goes with every quantity threshold pilens shows (hover, diagnostics,
 * report, SARIF help): the figures are the 情节严重 quantity standards, which matter only if the
 * information is sold, provided or illegally obtained in violation of state provisions, and
 * pilens is an aid, not legal advice. One string, so a change of wording reaches every place.
 */
import type { Locale } from './format.js';

export const THRESHOLD_CONDITION: { readonly en: string; readonly zh: string } = {
  en: 'the 情节严重 quantity standards, if the information is sold, provided or illegally obtained in violation of state provisions; an aid, not legal advice',
  zh: '违反国家有关规定出售、提供或者非法获取个人信息时“情节严重”的数量标准；仅供参考，不构成法律意见',
};

/** The threshold condition in `locale`. */
export function thresholdCondition(locale: Locale): string {
  return locale === 'zh' ? THRESHOLD_CONDITION.zh : THRESHOLD_CONDITION.en;
}
