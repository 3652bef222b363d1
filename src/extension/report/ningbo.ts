/**
 * The Ningbo context of the report (PRODUCT.md's introduction, from the founding article: an
 * empirical study of the 166 first-instance judgments of Ningbo courts, 2017–2021). Figures are
 * copied from there and nowhere else; the English summary sentence is the engine's own
 * (`NINGBO_CONTEXT` in src/core/dataset/render.ts).
 */

/** Cases per information type in the study. */
export const NINGBO_TYPES: readonly { readonly en: string; readonly zh: string; readonly cases: number }[] = [
  { en: 'real estate', zh: '房产信息', cases: 68 },
  { en: 'online behaviour', zh: '网络行为信息', cases: 12 },
  { en: 'property', zh: '财产信息', cases: 12 },
  { en: 'vehicle ownership', zh: '车辆信息', cases: 11 },
  { en: 'household registration', zh: '户籍信息', cases: 9 },
  { en: 'stock and securities', zh: '股票证券信息', cases: 6 },
  { en: 'education', zh: '教育信息', cases: 6 },
  { en: 'location', zh: '位置信息', cases: 3 },
  { en: 'communication', zh: '通信信息', cases: 3 },
];

export const NINGBO_SUMMARY_ZH =
  '背景：宁波法院2017–2021年全部166份一审判决中，156份判决记载的信息共计6.48亿条（平均每案逾415万条）；' +
  '90件案件通过购买、骗取或窃取获得信息，37件利用职务便利获得信息；78%的自然人被告人被判处缓刑。';
