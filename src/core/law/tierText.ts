/**
 * Caveats and inference labels attached to tier assessments, in English and Chinese. Kept
 * apart from the arithmetic so the wording can be reviewed on its own.
 */
import type { Bilingual } from './schema.js';
import { ELEMENTS, NO_COUNT_ROUTES_NOT_ASSESSED } from './wording.js';

export interface Note extends Bilingual {
  readonly id: string;
}

export const CAVEATS = {
  estimate: {
    id: 'estimate',
    en: 'An estimate from the counted pieces, not legal advice and not a verdict; courts count and decide.',
    zh: '依据所计条数作出的估算，不构成法律意见，亦非定罪结论；条数认定与定罪由司法机关作出。',
  },
  elements: { id: 'elements', ...ELEMENTS },
  otherCircumstances: {
    id: 'other_circumstances',
    en:
      'Not assessed: consequences such as death, serious injury or kidnapping, major economic loss or a vile social ' +
      'impact (Art. 5(2)(1)–(2)), and "other" serious circumstances (Art. 5(1)(10), 5(2)(4), 6(1)(3)).',
    zh: '未评估：造成被害人死亡、重伤、精神失常或者被绑架等严重后果，重大经济损失或者恶劣社会影响（第五条第二款第一项、第二项），以及其他情节严重或者情节特别严重的情形（第五条第一款第十项、第二款第四项，第六条第一款第三项）。',
  },
  noCountRoutes: { id: 'no_count_routes', ...NO_COUNT_ROUTES_NOT_ASSESSED },
  noPiecesCounted: {
    id: 'no_pieces_counted',
    en:
      'No piece of PI was counted, yet illegal gains, a prior penalty or use in a crime make a case serious without any ' +
      'count; check the column mapping (--map): a column may have been missed.',
    zh: '未计得任何个人信息条数，但违法所得、前科或者被用于犯罪等情形不以数量为要件；请检查列映射（--map），可能有列未被识别。',
  },
  unit: {
    id: 'unit',
    en:
      'Where a company commits the offence, the same thresholds apply to the managers and other persons directly ' +
      'responsible, and the company is fined (Criminal Law Art. 253-1(4); Interpretation Art. 7).',
    zh: '单位犯罪的，依照相应自然人犯罪的定罪量刑标准，对直接负责的主管人员和其他直接责任人员定罪处罚，并对单位判处罚金（《刑法》第二百五十三条之一第四款；法释〔2017〕10号第七条）。',
  },
  hold: {
    id: 'hold',
    en:
      'Holding data lawfully is not a crime. The tier shows what this data would reach if it were sold, provided or ' +
      'illegally obtained in violation of state provisions. A leak is not "providing": if a network service provider ' +
      'refuses a regulator’s order to rectify and user information leaks, Criminal Law Art. 286-1 (refusing to fulfil ' +
      'information-network security obligations) applies, its "serious consequences" reached at 500 / 5,000 / 50,000 ' +
      'pieces of class A / B / C information (法释〔2019〕15号 Art. 4; the document number is not verified).',
    zh:
      '合法持有数据不构成犯罪。所示档次为该数据一旦违反国家有关规定被出售、提供或者非法获取时可能达到的档次。数据泄露不属于“提供”：' +
      '网络服务提供者经监管部门责令采取改正措施而拒不改正，致使用户信息泄露的，适用《刑法》第二百八十六条之一（拒不履行信息网络安全' +
      '管理义务罪），A类、B类、C类信息分别达到五百条、五千条、五万条以上即属“造成严重后果”（法释〔2019〕15号第四条；文号未经核实）。',
  },
  insiderHeavier: {
    id: 'insider_heavier',
    en:
      'Information obtained while performing duties or providing services and then sold or provided: half the ' +
      'quantity and gains standards (Art. 5(1)(8)), and heavier punishment under Criminal Law Art. 253-1(2).',
    zh: '将在履行职责或者提供服务过程中获得的公民个人信息出售或者提供给他人的，数量、数额标准减半（第五条第一款第八项），并依《刑法》第二百五十三条之一第二款从重处罚。',
  },
  insiderNotObtain: {
    id: 'insider_not_obtain',
    en: 'The half thresholds for information obtained in performing duties or providing services (Art. 5(1)(8)) apply to selling or providing, not to obtaining; they were not applied.',
    zh: '将在履行职责或者提供服务过程中获得的信息出售或者提供的减半标准（第五条第一款第八项）不适用于获取；本次未适用。',
  },
  businessOnlySerious: {
    id: 'business_only_serious',
    en: 'Art. 6 defines only "serious" for illegally buying or receiving class-C information for a lawful business, with profit (获利) of CNY 50,000 as its figure; selling or providing it brings Art. 5 back (Art. 6(2)).',
    zh: '第六条对为合法经营活动而非法购买、收受第三项、第四项规定以外的公民个人信息仅规定“情节严重”，其数额标准为获利五万元；将其出售或者提供的，适用第五条（第六条第二款）。',
  },
  counting: {
    id: 'counting',
    en:
      'Pieces are records counted after removing exact duplicates, each once under its most sensitive class (an ' +
      'inference from practice): batch data is counted as seized unless shown untrue or duplicated (Art. 11(3)); the ' +
      'same data provided to different recipients adds up (Art. 11(2)). For classes A and B, courts verify pieces one ' +
      'by one rather than presume the batch count. Partly masked values are counted, conservatively, though a record ' +
      'whose only PI is a masked value may identify no one, and courts leave out records that identify no one.',
    zh:
      '条数为去除完全重复记录后的记录数，每条按其所含最敏感的类别计一次（依实务所作推断）：批量信息根据查获数量认定，但有证据证明' +
      '信息不真实或者重复的除外（第十一条第三款）；向不同对象分别提供同一信息的，条数累计计算（第十一条第二款）。A类、B类信息应逐一' +
      '认定，不宜适用批量推定。部分遮蔽的值亦从严计入；但仅含遮蔽值的记录可能无法识别特定自然人，司法实践中会剔除不能识别特定个人的' +
      '记录。',
  },
} as const satisfies Record<string, Note>;

export const INFERENCES = {
  aggregation: {
    id: 'aggregation_formula',
    en:
      'Proportional aggregation R = A/50 + B/500 + C/5000 (serious at R ≥ 1, especially serious at R ≥ 10) is ' +
      "pilens's own reading of Art. 5(1)(6); the text gives no formula.",
    zh: '按比例合计 R = A/50 + B/500 + C/5000（R ≥ 1 为情节严重，R ≥ 10 为情节特别严重）系 pilens 对第五条第一款第六项的解读，条文本身未给出公式。',
  },
  insiderEspeciallySerious: {
    id: 'insider_especially_serious',
    en: 'For information obtained in performing duties or providing services, "especially serious" at 5× the base thresholds (10 × ½) is an inference from Art. 5(2)(3), not confirmed by a court source.',
    zh: '将在履行职责或者提供服务过程中获得的信息出售或者提供的，“情节特别严重”为基础标准的5倍（10 × ½），系依第五条第二款第三项所作推断，未见司法来源确认。',
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
