/**
 * The wording and citations of every administrative duty, in both languages, apart from the
 * trigger logic (`duties.ts`) so a reviewer reads the legal text in one place. `{}` marks where
 * the triggering categories or a confidence remark go. A duty is partially verified when any
 * of its citations is.
 */
import type { Basis } from './schema.js';

interface DutyText {
  /** The id reported (several wordings can share one id). */
  readonly id?: string;
  readonly en: string;
  readonly zh: string;
  readonly cites: readonly Basis[];
}

const v = (instrument: Basis['instrument'], article: string): Basis => ({
  instrument,
  article,
  confidence: 'verified',
});
const p = (instrument: Basis['instrument'], article: string): Basis => ({
  instrument,
  article,
  confidence: 'partial',
});
const m = (instrument: Basis['instrument'], article: string): Basis => ({
  instrument,
  article,
  confidence: 'memory',
});

const CROSS_BORDER_SCOPE_EN =
  'If provided abroad, counted cumulatively since 1 January of the current year, for a processor that is not a CIIO ' +
  '(a CIIO always needs a security assessment). The scenario exemptions of Provisions Art. 5(1)–(3) (contracts with ' +
  'the individual, cross-border human-resources management, emergencies) and free-trade-zone negative lists may apply, ' +
  'to sensitive PI too. Any provision abroad also needs notice of the recipient and separate consent (PIPL Art. 39, ' +
  'not verified) and a prior impact assessment (PIPL Art. 55(4)). Partially verified.';
const CROSS_BORDER_SCOPE_ZH =
  '如向境外提供，自当年1月1日起累计计算，适用于关键信息基础设施运营者以外的处理者（关键信息基础设施运营者一律须申报安全评估）。' +
  '《促进和规范数据跨境流动规定》第五条第一项至第三项的情形（为订立、履行个人作为一方当事人的合同，跨境人力资源管理，紧急情况）' +
  '及自由贸易试验区负面清单可能适用，敏感个人信息亦然。向境外提供个人信息均须告知境外接收方情况并取得单独同意（《个人信息保护法》' +
  '第三十九条，未经核实），并事前进行个人信息保护影响评估（《个人信息保护法》第五十五条第四项）。部分核实。';
const CERTIFICATION_EN =
  'Certification follows the PI Export Certification Measures in force since 1 January 2026 (no important data, ' +
  'volumes not split to avoid an assessment, certificate valid three years).';
const CERTIFICATION_ZH =
  '认证适用2026年1月1日起施行的《个人信息出境认证办法》（不含重要数据，不得拆分数量规避安全评估，证书有效期三年）。';

export const DUTY_TEXT = {
  standard_only: {
    en: 'Sensitive here only by a national standard, not named in PIPL Art. 28: partially verified.',
    zh: '此处仅依国家标准属于敏感个人信息，《个人信息保护法》第二十八条未列明：部分核实。',
    cites: [],
  },
  separate_consent: {
    en: 'Sensitive PI{}: where processing relies on consent, separate consent (PIPL Art. 29); in all cases, notice of the necessity and the impact (Art. 30).',
    zh: '敏感个人信息{}：基于个人同意处理的，取得个人的单独同意（《个人信息保护法》第二十九条）；在任何情况下均须告知处理的必要性及对个人权益的影响（第三十条）。',
    cites: [v('pipl', 'Art. 29'), v('pipl', 'Art. 30')],
  },
  impact_assessment: {
    en: 'Sensitive PI: a PI protection impact assessment before processing, records kept at least 3 years (PIPL Art. 55(1), 56).',
    zh: '敏感个人信息：事前进行个人信息保护影响评估，报告和处理情况记录至少保存三年（《个人信息保护法》第五十五条第一项、第五十六条）。',
    cites: [v('pipl', 'Art. 55(1)'), v('pipl', 'Art. 56')],
  },
  minors_u14: {
    en: 'Minors under 14: consent of a parent or other guardian, and dedicated processing rules (PIPL Art. 31).',
    zh: '不满十四周岁未成年人：取得其父母或者其他监护人的同意，并制定专门的个人信息处理规则（《个人信息保护法》第三十一条）。',
    cites: [v('pipl', 'Art. 28'), v('pipl', 'Art. 31')],
  },
  minors_annual_audit: {
    en:
      "Minors under 18: an annual compliance audit of the processing of minors' PI, by the processor or a professional " +
      'body, reported to the city-level CAC by the end of January (Regulations on the Protection of Minors Online ' +
      'Art. 37; CAC announcement of 2025-12-29). Partially verified.',
    zh:
      '未成年人（不满十八周岁）：自行或者委托专业机构每年对处理未成年人个人信息的情况进行合规审计，并于每年1月底前向所在地设区的市级' +
      '网信部门报送（《未成年人网络保护条例》第三十七条；国家网信办2025年12月29日公告）。部分核实。',
    cites: [p('minors_online_regs', 'Art. 37'), p('cac_minors_audit_2025', '-')],
  },
  cross_border_security_assessment: {
    en: `Cross-border: CAC security assessment (1,000,000+ persons, or 10,000+ persons of sensitive PI). ${CROSS_BORDER_SCOPE_EN}`,
    zh: `数据出境：申报数据出境安全评估（100万人以上个人信息，或1万人以上敏感个人信息）。${CROSS_BORDER_SCOPE_ZH}`,
    cites: [
      p('cross_border_2024', 'Art. 7'),
      v('pipl', 'Art. 38'),
      v('pipl', 'Art. 40'),
      m('pipl', 'Art. 39'),
    ],
  },
  cross_border_standard_contract: {
    en: `Cross-border: CAC standard contract or PI protection certification (100,000–999,999 persons, or sensitive PI of fewer than 10,000 persons). ${CERTIFICATION_EN} ${CROSS_BORDER_SCOPE_EN}`,
    zh: `数据出境：订立个人信息出境标准合同或通过个人信息保护认证（10万人以上、不满100万人，或不满1万人敏感个人信息）。${CERTIFICATION_ZH}${CROSS_BORDER_SCOPE_ZH}`,
    cites: [
      p('cross_border_2024', 'Art. 8'),
      p('certification_2026', '-'),
      v('pipl', 'Art. 38'),
      m('pipl', 'Art. 39'),
    ],
  },
  cross_border_exempt: {
    en: `Cross-border: exempt from assessment, contract and certification (fewer than 100,000 persons, no sensitive PI). ${CROSS_BORDER_SCOPE_EN}`,
    zh: `数据出境：免予安全评估、标准合同和认证（不满10万人，且不含敏感个人信息）。${CROSS_BORDER_SCOPE_ZH}`,
    cites: [p('cross_border_2024', 'Art. 5(4)'), m('pipl', 'Art. 39')],
  },
  protection_officer: {
    en: '1,000,000+ persons: designate a PI protection officer and report the officer to the city-level CAC within 30 working days. Partially verified.',
    zh: '处理100万人以上个人信息：指定个人信息保护负责人，并在30个工作日内向设区的市级网信部门报送其信息。部分核实。',
    cites: [v('pipl', 'Art. 52'), p('audit_measures', 'Art. 12'), p('cac_officer_2025', '-')],
  },
  compliance_audit: {
    en: 'Any PI: regular audits of compliance with laws and administrative regulations (PIPL Art. 54; NDSMR Art. 27). The Audit Measures fix a frequency only above 10,000,000 persons.',
    zh: '处理个人信息：定期对处理个人信息遵守法律、行政法规的情况进行合规审计（《个人信息保护法》第五十四条；《网络数据安全管理条例》第二十七条）。《个人信息保护合规审计管理办法》仅对超过1000万人的规定了审计频次。',
    cites: [v('pipl', 'Art. 54'), v('ndsmr', 'Art. 27')],
  },
  compliance_audit_biennial: {
    id: 'compliance_audit',
    en: 'Any PI: regular compliance audits (PIPL Art. 54; NDSMR Art. 27); more than 10,000,000 persons: at least every two years (Audit Measures Art. 4). Partially verified.',
    zh: '处理个人信息：定期进行合规审计（《个人信息保护法》第五十四条；《网络数据安全管理条例》第二十七条）；处理超过1000万人个人信息的，每两年至少开展一次（《个人信息保护合规审计管理办法》第四条）。部分核实。',
    cites: [v('pipl', 'Art. 54'), v('ndsmr', 'Art. 27'), p('audit_measures', 'Art. 4')],
  },
  ndsmr_art28: {
    en:
      '10,000,000+ persons: the important-data duties of NDSMR Art. 30 and 32 apply — a network data security officer ' +
      'from management and a management body; report disposal plans on merger, division, dissolution or bankruptcy.',
    zh: '处理1000万人以上个人信息：适用《网络数据安全管理条例》第三十条、第三十二条——设网络数据安全负责人（管理层成员）和管理机构；合并、分立、解散、破产时报告数据处置方案。',
    cites: [v('ndsmr', 'Art. 28'), v('ndsmr', 'Art. 30'), v('ndsmr', 'Art. 32')],
  },
  cross_border_sensitive: {
    en:
      'If provided abroad (non-CIIO, counted since 1 January): sensitive PI of fewer than 10,000 persons needs a ' +
      'standard contract or certification (certification Measures in force 2026-01-01); 10,000 persons or more a ' +
      'security assessment. Scenario exemptions (Provisions Art. 5(1)–(3), free-trade-zone lists) may apply. Notice ' +
      'and separate consent (PIPL Art. 39, not verified) and an impact assessment (Art. 55(4)) in any case. Partially verified.',
    zh:
      '如向境外提供（非关键信息基础设施运营者，自当年1月1日起累计）：不满1万人的敏感个人信息须订立标准合同或通过认证（认证适用' +
      '2026年1月1日起施行的《个人信息出境认证办法》），1万人以上须申报安全评估；《促进和规范数据跨境流动规定》第五条第一项至第三项' +
      '的情形及自由贸易试验区负面清单可能适用。在任何情况下均须告知并取得单独同意（《个人信息保护法》第三十九条，未经核实），并进行' +
      '个人信息保护影响评估（第五十五条第四项）。部分核实。',
    cites: [
      p('cross_border_2024', 'Art. 7'),
      p('cross_border_2024', 'Art. 8'),
      p('certification_2026', '-'),
      m('pipl', 'Art. 39'),
      v('pipl', 'Art. 55(4)'),
    ],
  },
  face_filing: {
    en:
      'Face information processed with face-recognition technology, stored for 100,000+ persons: file with the ' +
      'provincial CAC within 30 working days (Face Recognition Measures Art. 15). Not for research, development or ' +
      'algorithm training (Art. 2(2)); not for fingerprints, voiceprints or other biometrics. Partially verified.',
    zh:
      '应用人脸识别技术处理的人脸信息存储数量达到10万人：在30个工作日内向所在地省级网信部门备案（《人脸识别技术应用安全管理办法》' +
      '第十五条）。为技术研发、算法训练处理人脸信息的不适用（第二条第二款）；不适用于指纹、声纹等其他生物识别信息。部分核实。',
    cites: [p('face_measures', 'Art. 15'), p('face_measures', 'Art. 2(2)')],
  },
} as const satisfies Record<string, DutyText>;

export type DutyTextId = Exclude<keyof typeof DUTY_TEXT, 'standard_only'>;
