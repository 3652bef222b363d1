/**
 * The Ningbo study behind the report's context: an empirical study of the 166 first-instance
 * judgments of Ningbo courts, 2017–2021, from the article pilens was founded on. Its figures live
 * here and nowhere else; the CLI's report and the editor's report page both read them.
 */
import type { NingboType } from './schema.js';

/** One information type of the study, named in both languages, with its number of cases. */
export interface NingboStudyType {
  readonly en: string;
  readonly zh: string;
  readonly cases: number;
}

/** Cases per information type, keyed by the legal model's id, in the study's order (most cases first). */
export const NINGBO: Readonly<Record<NingboType, NingboStudyType>> = {
  real_estate: { en: 'real estate', zh: '房产信息', cases: 68 },
  online_behaviour: { en: 'online behaviour', zh: '网络行为信息', cases: 12 },
  property: { en: 'property', zh: '财产信息', cases: 12 },
  vehicle_ownership: { en: 'vehicle ownership', zh: '车辆信息', cases: 11 },
  household_registration: { en: 'household registration', zh: '户籍信息', cases: 9 },
  stock_securities: { en: 'stock and securities', zh: '股票证券信息', cases: 6 },
  education: { en: 'education', zh: '教育信息', cases: 6 },
  location: { en: 'location', zh: '位置信息', cases: 3 },
  communication: { en: 'communication', zh: '通信信息', cases: 3 },
};

/** The study's headline figures, one sentence per language. */
export const NINGBO_SUMMARY: { readonly en: string; readonly zh: string } = {
  en:
    'Context: in the 166 first-instance judgments of Ningbo courts 2017–2021, 156 recorded 648 million pieces in total ' +
    '(over 4.15 million per case); 90 cases obtained data by purchase, fraud or theft and 37 through occupational convenience; 78 % of ' +
    'the natural-person defendants received suspended sentences.',
  zh:
    '背景：宁波法院2017–2021年全部166份一审判决中，156份判决记载的信息共计6.48亿条（平均每案逾415万条）；' +
    '90件案件通过购买、骗取或窃取获得信息，37件利用职务便利获得信息；78%的自然人被告人被判处缓刑。',
};
