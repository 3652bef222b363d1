/**
 * Short constructors for the citations the catalogue repeats. Confidence follows the marks of
 * docs/legal-basis.md: the statutes and 法释〔2017〕10号 were read in full (verified); the
 * national standards and guiding cases only through secondary material (partial).
 */
import type { Basis, LegalConfidence } from '../schema.js';

type Extra = { en?: string; zh?: string; confidence?: LegalConfidence };

function make(
  instrument: Basis['instrument'],
  article: string,
  fallback: LegalConfidence,
  extra: Extra,
): Basis {
  const basis: Basis = { instrument, article, confidence: extra.confidence ?? fallback };
  if (extra.en !== undefined) basis.en = extra.en;
  if (extra.zh !== undefined) basis.zh = extra.zh;
  return basis;
}

/** 法释〔2017〕10号, text verified (reference §2). */
export const fs17 = (article: string, extra: Extra = {}): Basis =>
  make('fs2017_10', article, 'verified', extra);
/** PIPL, text verified (reference §3). */
export const pipl = (article: string, extra: Extra = {}): Basis => make('pipl', article, 'verified', extra);
/** Civil Code Art. 1034, verified (reference §3). */
export const civil1034 = (extra: Extra = {}): Basis => make('civil_code', 'Art. 1034', 'verified', extra);
/** GB/T 35273-2020 tables, partially verified (reference §7). */
export const gbt35273 = (article: string, extra: Extra = {}): Basis =>
  make('gbt_35273', article, 'partial', extra);
/** GB/T 45574-2025 Annex A via the CAC Q&A, partially verified (reference §6). */
export const gbt45574 = (extra: Extra = {}): Basis => make('gbt_45574', 'Annex A', 'partial', extra);

/** Every class-C category rests on the catch-all item (5) of Art. 5(1). */
export const fs17ItemFive = (): Basis =>
  fs17('Art. 5(1)(5)', {
    en: 'other PI, not named in items (3)–(4): serious at 5,000 pieces',
    zh: '第三项、第四项规定以外的公民个人信息：五千条以上为情节严重',
  });

/** The definition article, which lists name, ID number, contact, address, credentials… */
export const fs17Listed = (what: { en: string; zh: string }): Basis =>
  fs17('Art. 1', {
    en: `${what.en} listed in the definition of citizens' PI`,
    zh: `第一条所列举的公民个人信息（${what.zh}）`,
  });

/**
 * SPC Guiding Case 193: 居民身份证信息 is "other PI that may affect personal or property
 * safety", Art. 5(1)(4), class B. Read through the 人民法院报 report (partial).
 */
export const gc193 = (extra: Extra = {}): Basis =>
  make('gc_193', 'key point 1', 'partial', {
    en: 'resident ID-card information (name, face, ID number, household address) is "other PI that may affect personal or property safety" under Art. 5(1)(4)',
    zh: '居民身份证信息包含自然人姓名、人脸识别信息、身份号码、户籍地址等多种个人信息，属于《解释》第五条第一款第四项规定的“其他可能影响人身、财产安全的公民个人信息”',
    ...extra,
  });

/** Criminal Law Art. 177-1(2), credit-card information: statute quoted in secondary sources (partial). */
export const cardOffence = (): Basis[] => [
  make('criminal_law', 'Art. 177-1(2)', 'partial', {
    en: 'stealing, buying or illegally providing credit-card information',
    zh: '窃取、收买或者非法提供他人信用卡信息资料的，依照前款规定处罚',
  }),
  make('interp_2009_credit_card', 'Art. 3', 'partial', {
    en: 'card information sufficient to transact: a crime from one card; five cards or more are a "huge quantity" (3–10 years); figures as reported by 检察日报; the article is not verified against the text',
    zh: '足以伪造可进行交易的信用卡或者足以使他人以信用卡持卡人名义进行交易的信用卡信息：一张即可入罪，五张以上为“数量巨大”；标准据《检察日报》报道，条序未经核实',
  }),
];
