/**
 * Legal sentences every renderer reuses (hover, diagnostics, SARIF, docs, reports, README).
 * The threshold condition lives in `condition.ts` (shared with the editor's one-line hover).
 * Each sentence is one bilingual string here, so a layout can move it without rewording it
 * and the wording is reviewed in one place.
 */
import type { Bilingual } from './schema.js';

import { thresholdCondition } from './condition.js';
import type { Locale } from './format.js';

export { THRESHOLD_CONDITION, thresholdCondition } from './condition.js';

/**
 * The threshold condition as a sentence of its own, for places where it stands on a line
 * (explanations, docs, reports): `Thresholds: the 情节严重 quantity standards, if … advice.`
 */
export function conditionLine(locale: Locale): string {
  return locale === 'zh'
    ? `所示条数：${thresholdCondition('zh')}。`
    : `Thresholds: ${thresholdCondition('en')}.`;
}

/** The short prefix a one-line summary puts before its thresholds. */
export const THRESHOLD_IF: Bilingual = {
  en: 'if sold, provided or illegally obtained',
  zh: '如违法出售、提供或者非法获取',
};

/** Quantity is neither necessary nor sufficient. */
export const ELEMENTS: Bilingual = {
  en:
    "Reaching a quantity standard meets only the 'serious circumstances' element, and it is one of several routes to " +
    'it (illegal gains, a prior penalty and use in a crime need no count). Conviction also requires an act of selling, ' +
    'providing or illegally obtaining, a violation of state provisions and intent.',
  zh:
    '数量达到标准仅满足“情节严重”要件之一种情形（另有违法所得、前科、被用于犯罪等情形）；构成犯罪还须具备违反国家有关规定，' +
    '出售、提供或者非法获取的行为及主观故意。',
};

/** Art. 5(1)(1)–(2) when the user did not answer them. */
export const NO_COUNT_ROUTES_NOT_ASSESSED: Bilingual = {
  en:
    'Not assessed unless answered: selling whereabouts later used in a crime, or supplying someone known to commit ' +
    'crimes, is serious at any quantity (Art. 5(1)(1)–(2)).',
  zh:
    '除非另行作答，以下情形未评估：出售或者提供行踪轨迹信息被他人用于犯罪、知道或者应当知道他人利用公民个人信息实施犯罪而向其' +
    '出售或者提供的，不论数量即属情节严重（第五条第一款第一项、第二项）。',
};

/** Card data sufficient to transact: a separate offence counted in cards. */
export const CARD_DATA: Bilingual = {
  en:
    'Card data sufficient to transact (a card number with its expiry date, CVV, PIN or password) may also fall under ' +
    'Criminal Law Art. 177-1(2), stealing, buying or illegally providing credit-card information: a crime from one ' +
    'card; five cards are a "huge quantity" (法释〔2009〕19号 Art. 3 as amended in 2018; partially verified).',
  zh:
    '足以进行交易的银行卡信息（卡号及有效期、安全码、密码等）还可能构成《刑法》第一百七十七条之一第二款窃取、收买、非法提供' +
    '信用卡信息罪：一张即可入罪，五张以上为“数量巨大”（法释〔2009〕19号第三条，经2018年修改；部分核实）。',
};

/** README and docs headline: what the thresholds are, without overstating. */
export const README_THRESHOLDS: Bilingual = {
  en:
    'the quantity standards (情节严重) that apply if the information is illegally sold, provided or obtained — ' +
    'one element of the offence among several; an aid, not legal advice',
  zh: '违法出售、提供或者非法获取该信息时适用的“情节严重”数量标准——仅为犯罪构成要件之一；仅供参考，不构成法律意见',
};

/**
 * What a processing state means: de-identified data is still PI because only
 * anonymised information is excluded (PIPL Art. 4; Art. 73(3) defines 去标识化); anonymised
 * data is outside PI altogether (PIPL Art. 4, 73(4); 法释〔2017〕10号 Art. 1, and the
 * "cannot identify and cannot be restored" exception of Art. 3(2)). All verified text.
 */
export const PROCESSING_STATE: { readonly deidentified: Bilingual; readonly anonymized: Bilingual } = {
  deidentified: {
    en: 'De-identified (masked, hashed, tokenised) data is still personal information (PIPL Art. 4, 73(3)).',
    zh: '去标识化（遮蔽、哈希、令牌化）的信息仍属个人信息（《个人信息保护法》第四条、第七十三条第三项）。',
  },
  anonymized: {
    en:
      'Anonymised data, processed so that it cannot identify a person and cannot be restored, is not personal ' +
      'information and is not reported (PIPL Art. 4, 73(4); 法释〔2017〕10号 Art. 1, 3(2)).',
    zh:
      '经匿名化处理、无法识别特定自然人且不能复原的信息不属于个人信息，不予报告（《个人信息保护法》第四条、第七十三条第四项；' +
      '法释〔2017〕10号第一条、第三条第二款）。',
  },
};
