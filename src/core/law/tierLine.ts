/**
 * The line that shows R in a report. R is shown as the model defines
 * it, A/50 + B/500 + C/5000, never doubled; what changes for information obtained in performing
 * duties or providing services is the standard it is compared with (½, Art. 5(1)(8)), so a
 * reader never takes the count as doubled and the thresholds as halved at once.
 */
import type { Locale } from './format.js';
import type { Conduct, TierAssessment } from './tiers.js';

type RatioInput = Pick<TierAssessment, 'quantityRatio' | 'standard' | 'insiderApplied'>;

/** `R = A/50 + B/500 + C/5000 = 0.50 against 0.5 (serious) and 5 (especially serious): …`. */
export function ratioLine(a: RatioInput, conduct: Conduct, locale: Locale): string {
  // Art. 6 leaves class C to its own profit test: it is not aggregated for a business purchase.
  const formula = conduct === 'business-purchase' ? 'A/50 + B/500' : 'A/50 + B/500 + C/5000';
  const r = a.quantityRatio.toFixed(2);
  const serious = String(a.standard.serious);
  const especially = String(a.standard.especiallySerious);
  if (locale === 'zh') {
    const halved = a.insiderApplied ? '（在履行职责或者提供服务过程中获得的，依第五条第一款第八项减半）' : '';
    return `R = ${formula} = ${r}；情节严重标准为${serious}，情节特别严重标准为${especially}${halved}`;
  }
  const halved = a.insiderApplied
    ? ': the standards halved for information obtained in performing duties or providing services (Art. 5(1)(8))'
    : '';
  return `R = ${formula} = ${r} against ${serious} (serious) and ${especially} (especially serious)${halved}`;
}

type HeadlineInput = Pick<TierAssessment, 'tier' | 'reasons'>;

const TIER_WORDS = {
  serious: { en: '情节严重', zh: '“情节严重”' },
  especially_serious: { en: '情节特别严重', zh: '“情节特别严重”' },
} as const;

/**
 * The report's tier line: which 情节严重 standard the estimate reaches, never a bare
 * "SERIOUS" that reads like a verdict. A tier reached by gains, a prior record or use in a crime
 * says it needs no count; for holding, the line is conditional (holding is not the offence).
 */
export function tierHeadline(a: HeadlineInput, conduct: Conduct, locale: Locale): string {
  const zh = locale === 'zh';
  if (a.tier === 'none') return zh ? '未计得个人信息' : 'No personal information counted';
  if (a.tier === 'below')
    return zh ? '未达到任何数量标准（估算）' : 'Below every quantity standard (estimate)';
  const word = TIER_WORDS[a.tier][locale];
  const ratioId = a.tier === 'serious' ? 'ratio_serious' : 'ratio_especially_serious';
  const byQuantity = a.reasons.some((r) => r.id === ratioId);
  const line = byQuantity
    ? zh
      ? `达到${word}数量标准（估算）`
      : `Quantity standard for ${word} reached (estimate)`
    : zh
      ? `因不以数量为要件的情形达到${word}（估算）`
      : `${word} reached by a circumstance that needs no count (estimate)`;
  if (conduct !== 'hold') return line;
  return zh ? `如违法出售、提供或者非法获取：${line}` : `If sold, provided or illegally obtained: ${line}`;
}
