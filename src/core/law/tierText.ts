/**
 * Caveats and inference labels attached to tier assessments, in English and Chinese. Kept
 * apart from the arithmetic so the wording can be reviewed on its own.
 */
import type { Bilingual } from './schema.js';

export interface Note extends Bilingual {
  readonly id: string;
}

export const CAVEATS = {
  estimate: {
    id: 'estimate',
    en: 'An estimate from the counted pieces, not legal advice and not a verdict; courts count and decide.',
    zh: '依据所计条数作出的估算，不构成法律意见，亦非定罪结论；条数认定与定罪由司法机关作出。',
  },
  elements: {
    id: 'elements',
    en:
      'Criminal Law Art. 253-1 also requires a violation of state provisions and an act of selling, providing or illegally ' +
      'obtaining the information; reaching a tier is necessary, not sufficient.',
    zh: '刑法第二百五十三条之一还要求“违反国家有关规定”以及出售、提供或非法获取的行为；达到档次是必要条件而非充分条件。',
  },
  otherCircumstances: {
    id: 'other_circumstances',
    en:
      'Not assessed: consequences such as death, serious injury or kidnapping, major economic loss or a vile social ' +
      'impact (Art. 5(2)(1)–(2)), and "other" serious circumstances (Art. 5(1)(10), 5(2)(4)).',
    zh: '未评估：造成被害人死亡、重伤、精神失常或者被绑架等严重后果，重大经济损失或者恶劣社会影响（第五条第二款第一、二项），以及其他情节严重或特别严重的情形。',
  },
  hold: {
    id: 'hold',
    en:
      'Holding data lawfully is not a crime. The tier shows what this data would reach if it were sold, provided or ' +
      'illegally obtained in violation of state provisions.',
    zh: '合法持有数据不构成犯罪。所示档次为该数据一旦违反国家有关规定被出售、提供或非法获取时可能达到的档次。',
  },
  insiderNotObtain: {
    id: 'insider_not_obtain',
    en: 'The insider half-thresholds (Art. 5(1)(8)) apply to selling or providing, not to obtaining; they were not applied.',
    zh: '“履职或提供服务中获得”的减半标准（第五条第一款第八项）适用于出售或提供，不适用于获取；本次未适用。',
  },
  businessOnlySerious: {
    id: 'business_only_serious',
    en: 'Art. 6 defines only "serious" for buying class-C information for a lawful business; reselling or providing it brings Art. 5 back (Art. 6(2)).',
    zh: '第六条对为合法经营活动购买C类信息仅规定“情节严重”；将其出售或者提供的，适用第五条（第六条第二款）。',
  },
  counting: {
    id: 'counting',
    en:
      'Pieces are records counted after removing exact duplicates: batch data is counted as seized unless shown untrue or ' +
      'duplicated (Art. 11(3)); the same data provided to different recipients adds up (Art. 11(2)).',
    zh: '条数为去除完全重复记录后的记录数：批量信息根据查获数量认定，但有证据证明信息不真实或者重复的除外（第十一条第三款）；向不同对象分别提供同一信息的，条数累计计算（第十一条第二款）。',
  },
} as const satisfies Record<string, Note>;

export const INFERENCES = {
  aggregation: {
    id: 'aggregation_formula',
    en:
      'Proportional aggregation R = A/50 + B/500 + C/5000 (serious at R ≥ 1, especially serious at R ≥ 10) is the ' +
      "pilens's reading of Art. 5(1)(6); the text gives no formula.",
    zh: '按比例合计 R = A/50 + B/500 + C/5000（R ≥ 1 为情节严重，R ≥ 10 为情节特别严重）系 pilens 对第五条第一款第六项的解读，条文本身未给出公式。',
  },
  insiderEspeciallySerious: {
    id: 'insider_especially_serious',
    en: 'Insider "especially serious" at 5× the base thresholds (10 × ½) is an inference from Art. 5(2)(3), not confirmed by a court source.',
    zh: '内部人员“情节特别严重”为基础标准的5倍（10 × ½）系依第五条第二款第三项所作推断，未见司法来源确认。',
  },
  businessNoAggregation: {
    id: 'business_no_aggregation',
    en: "For a lawful-business purchase, class-C pieces are left to Art. 6 and not aggregated with class A/B under Art. 5(1)(6); this model's reading.",
    zh: '为合法经营购买时，C类条数适用第六条，不与A/B类按第五条第一款第六项合计；此为本模型的解读。',
  },
  businessArt5Gains: {
    id: 'business_art5_gains',
    en: 'For a lawful-business purchase that includes class A/B information, the Art. 5 gains thresholds are also applied, conservatively.',
    zh: '为合法经营购买且含A/B类信息时，亦保守适用第五条的违法所得标准。',
  },
} as const satisfies Record<string, Note>;
