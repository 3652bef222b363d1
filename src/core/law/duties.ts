/**
 * Administrative duties under the PIPL, the 2024 cross-border Provisions, the Audit Measures,
 * the NDSMR and the face-recognition Measures (legal-reference.md §3–§6, §9.3). The counting
 * unit here is natural persons (人), never pieces.
 */

/** Persons thresholds, each with its source and confidence. */
export const ADMIN_THRESHOLDS = {
  /** 2024 Provisions Art. 5(4): exempt below 100,000 persons of non-sensitive PI. PARTIALLY VERIFIED. */
  crossBorderExemptBelow: 100_000,
  /** 2024 Provisions Art. 7: security assessment from 1,000,000 persons (non-sensitive). PARTIALLY VERIFIED. */
  crossBorderAssessmentFrom: 1_000_000,
  /** 2024 Provisions Art. 7/8: sensitive PI — under 10,000 persons contract, from 10,000 assessment. PARTIALLY VERIFIED. */
  crossBorderSensitiveAssessmentFrom: 10_000,
  /** Audit Measures Art. 12 (via CAC Q&A): PI protection officer from 1,000,000 persons. PARTIALLY VERIFIED. */
  protectionOfficerFrom: 1_000_000,
  /** Audit Measures Art. 4 (via Xinhua): audit at least every two years above 10,000,000 persons ("超过"). PARTIALLY VERIFIED. */
  biennialAuditAbove: 10_000_000,
  /** NDSMR Art. 28: "1000万人以上", i.e. from 10,000,000 persons. VERIFIED. */
  ndsmrArt28From: 10_000_000,
  /** Face-recognition Measures Art. 15: filing from 100,000 persons of stored face data. PARTIALLY VERIFIED. */
  faceFilingFrom: 100_000,
} as const;

export interface DutyInput {
  /** Distinct natural persons in the data. */
  readonly persons: number;
  /** Persons whose sensitive PI is present. */
  readonly sensitivePersons: number;
  /** Persons whose face data is stored. */
  readonly facePersons: number;
  /** Keys of the sensitive categories present (named in the text). */
  readonly sensitiveCategories: readonly string[];
  readonly minorsPresent: boolean;
}

export interface Duty {
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  readonly basis: string;
  readonly confidence: 'verified' | 'partial';
}

const CROSS_BORDER_SCOPE_EN =
  'If provided abroad, counted cumulatively since 1 January of the current year, for a processor that is not a CIIO ' +
  '(a CIIO always needs a security assessment; the Art. 5(1)–(3) scenario exemptions and free-trade-zone negative lists ' +
  'may override). Any provision abroad also needs a prior impact assessment (PIPL Art. 55(4)). Partially verified.';
const CROSS_BORDER_SCOPE_ZH =
  '如向境外提供，自当年1月1日起累计计算，适用于关键信息基础设施运营者以外的处理者（关键信息基础设施运营者一律须申报安全评估；' +
  '第五条第一至三项情形豁免及自贸区负面清单可优先适用）。向境外提供个人信息还须事前进行个人信息保护影响评估（个人信息保护法第五十五条第四项）。部分核实。';

function checkCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${String(n)}`);
}

function crossBorder(input: DutyInput, sensitivePresent: boolean): Duty {
  const t = ADMIN_THRESHOLDS;
  const persons = Math.max(input.persons, input.sensitivePersons);
  const assessment =
    persons >= t.crossBorderAssessmentFrom || input.sensitivePersons >= t.crossBorderSensitiveAssessmentFrom;
  const contract = persons >= t.crossBorderExemptBelow || sensitivePresent;
  if (assessment) {
    return {
      id: 'cross_border_security_assessment',
      en: `Cross-border: CAC security assessment (1,000,000+ persons, or 10,000+ persons of sensitive PI). ${CROSS_BORDER_SCOPE_EN}`,
      zh: `数据出境：申报数据出境安全评估（100万人以上个人信息，或1万人以上敏感个人信息）。${CROSS_BORDER_SCOPE_ZH}`,
      basis: '2024 Cross-Border Data Flow Provisions Art. 7; PIPL Art. 38, 40',
      confidence: 'partial',
    };
  }
  if (contract) {
    return {
      id: 'cross_border_standard_contract',
      en: `Cross-border: CAC standard contract or PI protection certification (100,000–999,999 persons, or sensitive PI of fewer than 10,000 persons). ${CROSS_BORDER_SCOPE_EN}`,
      zh: `数据出境：订立个人信息出境标准合同或通过个人信息保护认证（10万人以上、不满100万人，或不满1万人敏感个人信息）。${CROSS_BORDER_SCOPE_ZH}`,
      basis: '2024 Cross-Border Data Flow Provisions Art. 8; PIPL Art. 38',
      confidence: 'partial',
    };
  }
  return {
    id: 'cross_border_exempt',
    en: `Cross-border: exempt from assessment, contract and certification (fewer than 100,000 persons, no sensitive PI). ${CROSS_BORDER_SCOPE_EN}`,
    zh: `数据出境：免予安全评估、标准合同和认证（不满10万人，且不含敏感个人信息）。${CROSS_BORDER_SCOPE_ZH}`,
    basis: '2024 Cross-Border Data Flow Provisions Art. 5(4)',
    confidence: 'partial',
  };
}

/**
 * The administrative duties the data triggers, most general first. Cross-border duties are
 * always listed (they apply only if the data is provided abroad, which the text says).
 */
export function administrativeDuties(input: DutyInput): Duty[] {
  checkCount('persons', input.persons);
  checkCount('sensitivePersons', input.sensitivePersons);
  checkCount('facePersons', input.facePersons);
  const t = ADMIN_THRESHOLDS;
  const duties: Duty[] = [];
  const sensitivePresent =
    input.sensitivePersons > 0 || input.sensitiveCategories.length > 0 || input.minorsPresent;
  const which = input.sensitiveCategories.length > 0 ? ` (${input.sensitiveCategories.join(', ')})` : '';
  const whichZh = input.sensitiveCategories.length > 0 ? `（${input.sensitiveCategories.join('、')}）` : '';

  if (sensitivePresent) {
    duties.push(
      {
        id: 'separate_consent',
        en: `Sensitive PI${which}: separate consent of the individual, plus notice of the necessity and the impact (PIPL Art. 29, 30).`,
        zh: `敏感个人信息${whichZh}：取得个人的单独同意，并告知处理的必要性及对个人权益的影响（个人信息保护法第二十九条、第三十条）。`,
        basis: 'PIPL Art. 29, 30',
        confidence: 'verified',
      },
      {
        id: 'impact_assessment',
        en: 'Sensitive PI: a PI protection impact assessment before processing, records kept at least 3 years (PIPL Art. 55(1), 56).',
        zh: '敏感个人信息：事前进行个人信息保护影响评估，报告和处理情况记录至少保存三年（个人信息保护法第五十五条第一项、第五十六条）。',
        basis: 'PIPL Art. 55(1), 56',
        confidence: 'verified',
      },
    );
  }
  if (input.minorsPresent) {
    duties.push({
      id: 'minors_u14',
      en: 'Minors under 14: consent of a parent or other guardian, and dedicated processing rules (PIPL Art. 31).',
      zh: '不满十四周岁未成年人：取得其父母或者其他监护人的同意，并制定专门的个人信息处理规则（个人信息保护法第三十一条）。',
      basis: 'PIPL Art. 28, 31',
      confidence: 'verified',
    });
  }
  duties.push(crossBorder(input, sensitivePresent));
  if (input.persons >= t.protectionOfficerFrom) {
    duties.push({
      id: 'protection_officer',
      en: '1,000,000+ persons: designate a PI protection officer and report the officer to the city-level CAC within 30 working days. Partially verified.',
      zh: '处理100万人以上个人信息：指定个人信息保护负责人，并在30个工作日内向设区的市级网信部门报送其信息。部分核实。',
      basis: 'PIPL Art. 52; PI Protection Compliance Audit Measures Art. 12; CAC announcement of 2025-07-18',
      confidence: 'partial',
    });
  }
  if (input.persons > t.biennialAuditAbove) {
    duties.push({
      id: 'compliance_audit',
      en: 'More than 10,000,000 persons: a PI protection compliance audit at least every two years. Partially verified.',
      zh: '处理超过1000万人个人信息：每两年至少开展一次个人信息保护合规审计。部分核实。',
      basis: 'PIPL Art. 54; PI Protection Compliance Audit Measures Art. 4',
      confidence: 'partial',
    });
  }
  if (input.persons >= t.ndsmrArt28From) {
    duties.push({
      id: 'ndsmr_art28',
      en:
        '10,000,000+ persons: the important-data duties of NDSMR Art. 30 and 32 apply — a network data security officer ' +
        'from management and a management body; report disposal plans on merger, division, dissolution or bankruptcy.',
      zh: '处理1000万人以上个人信息：适用网络数据安全管理条例第三十条、第三十二条——设网络数据安全负责人（管理层成员）和管理机构；合并、分立、解散、破产时报告数据处置方案。',
      basis: 'NDSMR Art. 28, 30, 32',
      confidence: 'verified',
    });
  }
  if (input.facePersons >= t.faceFilingFrom) {
    duties.push({
      id: 'face_filing',
      en: 'Face data of 100,000+ persons stored: file with the provincial CAC within 30 working days. Partially verified.',
      zh: '存储10万人以上人脸信息：在30个工作日内向省级网信部门备案。部分核实。',
      basis: 'Face Recognition Technology Application Security Measures Art. 15',
      confidence: 'partial',
    });
  }
  return duties;
}
