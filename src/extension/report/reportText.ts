/** The report's own captions in English and Simplified Chinese (legal text comes from the core). */
import type { Locale } from '../../core/law/schema.js';
import type { Conduct } from '../../core/law/tiers.js';
import type { ReportTier } from '../../shared/reportMessages.js';

interface ReportText {
  readonly title: string;
  /**
   * What the counted quantity means for the chosen conduct, first thing in the report. Holding
   * data is not itself the offence, so for holding the tier is what an act would reach.
   */
  readonly headline: (conduct: Conduct, tier: ReportTier) => string;
  readonly conducts: Readonly<Record<Conduct, string>>;
  readonly notCounted: string;
  readonly moreToSerious: (n: string) => string;
  readonly moreToEspecially: (n: string) => string;
  readonly especiallyReached: string;
  readonly notPi: string;
  readonly inference: string;
  readonly records: string;
  readonly distinctWithPi: string;
  readonly duplicates: string;
  readonly withoutPi: string;
  readonly malformed: string;
  readonly persons: string;
  readonly personsUpperBound: string;
  readonly conduct: string;
  readonly insider: string;
  readonly gains: string;
  readonly priorRecord: string;
  /** Art. 5(1)(1) and (2), shown only when answered. */
  readonly whereaboutsUsedInCrime: string;
  readonly knownCriminalRecipient: string;
  readonly yes: string;
  readonly no: string;
  readonly notGiven: string;
  /** `N records with card data sufficient to transact` (Criminal Law Art. 177-1(2)). */
  readonly cardRecords: (n: string) => string;
  /** Headings and buttons drawn by media/report.js. */
  readonly labels: Readonly<Record<string, string>>;
}

export const REPORT_TEXT: Readonly<Record<Locale, ReportText>> = {
  en: {
    title: 'PI risk estimate',
    headline: (conduct, tier) => {
      if (tier === 'none') return 'No personal information was counted, so no quantity threshold is reached.';
      const reach =
        tier === 'below'
          ? 'stays below every quantity threshold'
          : tier === 'serious'
            ? 'reaches the 情节严重 (serious) quantity standard'
            : 'reaches the 情节特别严重 (especially serious) quantity standard';
      switch (conduct) {
        case 'hold':
          return `Holding this data is not itself the offence. If it were sold, provided or illegally obtained, the quantity ${reach}.`;
        case 'provide':
          return `Selling or providing this data in violation of state provisions: the quantity ${reach}.`;
        case 'obtain':
          return `Obtaining this data illegally: the quantity ${reach}.`;
        case 'business-purchase':
          return `Illegally buying or receiving this data for a lawful business (Art. 6): the quantity ${reach}.`;
      }
    },
    conducts: {
      hold: 'holding it',
      provide: 'providing or selling it',
      obtain: 'obtaining it',
      'business-purchase': 'illegally buying or receiving it for a lawful business',
    },
    notCounted: 'not counted for this conduct',
    moreToSerious: (n) => `${n} more to serious`,
    moreToEspecially: (n) => `${n} more to especially serious`,
    especiallyReached: 'especially serious reached',
    notPi: 'not personal information (override)',
    inference: 'Inference',
    records: 'Records read',
    distinctWithPi: 'Distinct records with PI',
    duplicates: 'Duplicates removed',
    withoutPi: 'Records without anything identifying',
    malformed: 'Malformed rows',
    persons: 'Persons',
    personsUpperBound: 'upper bound: no ID number or phone column',
    conduct: 'Conduct',
    insider: 'Obtained in performing duties or providing services',
    gains: 'Illegal gains (违法所得) / profit (获利)',
    priorRecord: 'Prior record',
    whereaboutsUsedInCrime: 'Whereabouts used by another in a crime (Art. 5(1)(1))',
    knownCriminalRecipient: 'Recipient known to use personal information for crimes (Art. 5(1)(2))',
    yes: 'yes',
    no: 'no',
    notGiven: 'not given',
    cardRecords: (n) => `${n} records with card data sufficient to transact, counted apart`,
    labels: {
      tier: 'Tier',
      chart: 'Pieces by class against the thresholds, log scale (法释〔2017〕10号 Art. 5)',
      serious: 'serious',
      especiallySerious: 'especially serious',
      pieces: 'pieces',
      piecesColumn: 'Pieces',
      figures: 'Counts',
      categories: 'Categories',
      category: 'Category',
      cls: 'Class',
      columns: 'Columns',
      file: 'File',
      column: 'Column',
      source: 'Source',
      share: 'Valid share',
      examples: 'Examples (masked)',
      evidence: 'Evidence',
      answers: 'Your answers',
      reasons: 'Why this tier',
      duties: 'Duties (PIPL, cross-border, administrative)',
      caveats: 'Caveats',
      partial: 'partially verified',
      notes: 'Notes',
      ningbo: 'Context: Ningbo judgments 2017–2021, cases by information type',
      cases: 'cases',
      exportJson: 'Export JSON',
      exportMarkdown: 'Export Markdown',
      changeMapping: 'Change column mapping…',
      changeAnswers: 'Change answers…',
      none: 'none',
    },
  },
  zh: {
    title: '个人信息风险估算',
    headline: (conduct, tier) => {
      if (tier === 'none') return '未计得个人信息，未达到任何数量标准。';
      const reach =
        tier === 'below'
          ? '未达到任何数量标准'
          : tier === 'serious'
            ? '达到“情节严重”的数量标准'
            : '达到“情节特别严重”的数量标准';
      switch (conduct) {
        case 'hold':
          return `单纯持有这些数据本身不构成该罪。如违反国家有关规定出售、提供或者非法获取，其数量${reach}。`;
        case 'provide':
          return `违反国家有关规定出售或者提供这些数据：数量${reach}。`;
        case 'obtain':
          return `非法获取这些数据：数量${reach}。`;
        case 'business-purchase':
          return `为合法经营活动而非法购买、收受这些数据（第六条）：数量${reach}。`;
      }
    },
    conducts: {
      hold: '持有',
      provide: '提供或出售',
      obtain: '获取',
      'business-purchase': '为合法经营活动而非法购买、收受',
    },
    notCounted: '该行为下不计入',
    moreToSerious: (n) => `距情节严重还差 ${n} 条`,
    moreToEspecially: (n) => `距情节特别严重还差 ${n} 条`,
    especiallyReached: '已达情节特别严重',
    notPi: '非个人信息（人工指定）',
    inference: '推论',
    records: '读取记录',
    distinctWithPi: '含个人信息的不重复记录',
    duplicates: '已去除的重复记录',
    withoutPi: '无可识别信息的记录',
    malformed: '格式错误的行',
    persons: '自然人数',
    personsUpperBound: '上限：无身份证号或手机号列',
    conduct: '行为',
    insider: '在履行职责或者提供服务过程中获得',
    gains: '违法所得 / 获利',
    priorRecord: '曾受处罚',
    whereaboutsUsedInCrime: '行踪轨迹信息被他人用于犯罪（第五条第一款第一项）',
    knownCriminalRecipient: '知道或者应当知道他人利用公民个人信息实施犯罪（第五条第一款第二项）',
    yes: '是',
    no: '否',
    notGiven: '未填写',
    cardRecords: (n) => `足以进行交易的银行卡信息 ${n} 条（另行计算）`,
    labels: {
      tier: '档次',
      chart: '各类信息条数与入罪标准，对数刻度（法释〔2017〕10号第五条）',
      serious: '情节严重',
      especiallySerious: '情节特别严重',
      pieces: '条',
      piecesColumn: '条数',
      figures: '计数',
      categories: '类别',
      category: '类别',
      cls: '类',
      columns: '列',
      file: '文件',
      column: '列名',
      source: '依据',
      share: '有效比例',
      examples: '示例（已脱敏）',
      evidence: '证据',
      answers: '您的回答',
      reasons: '判断理由',
      duties: '义务（个人信息保护法、出境、行政）',
      caveats: '说明',
      partial: '部分核实',
      notes: '备注',
      ningbo: '背景：宁波2017–2021年判决，按信息类型的案件数',
      cases: '件',
      exportJson: '导出 JSON',
      exportMarkdown: '导出 Markdown',
      changeMapping: '修改列映射…',
      changeAnswers: '修改回答…',
      none: '无',
    },
  },
};
