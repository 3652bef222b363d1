/**
 * The words of the drafts in both languages: titles, table headers, and the questions only
 * people can answer. Legal references go through `citation()` so every article is the legal
 * model's, with its confidence mark where it is not verified; nothing legal is restated here
 * that the model does not hold (docs/legal-basis.md).
 */
import { citation } from '../../law/instruments.js';
import type { Locale } from '../../law/format.js';
import type { Bilingual, InstrumentId } from '../../law/schema.js';

/** A citation in the draft's language. */
export const cite = (instrument: InstrumentId, article: string, l: Locale): string =>
  citation(instrument, article, l);

/** `(partially verified)` / `（部分核实）`. */
export function mark(kind: 'partial' | 'memory', l: Locale): string {
  if (l === 'zh') return kind === 'partial' ? '（部分核实）' : '（未经核实）';
  return kind === 'partial' ? ' (partially verified)' : ' (unverified)';
}

export const TITLES: Readonly<Record<'ropa' | 'pia', Bilingual>> = {
  ropa: {
    en: 'Record of personal-information processing activities (draft)',
    zh: '个人信息处理活动记录（草稿）',
  },
  pia: {
    en: 'Personal-information protection impact assessment (draft)',
    zh: '个人信息保护影响评估报告（草稿）',
  },
};

/** Section headings. */
export const HEADINGS = {
  about: { en: 'About this draft', zh: '关于本草稿' },
  processor: { en: 'Processor and contacts', zh: '个人信息处理者及联系人' },
  held: {
    en: 'Personal information held (from the code and schemas)',
    zh: '所处理的个人信息（来自代码和数据结构）',
  },
  datasets: { en: 'Datasets counted (from pilens estimate)', zh: '已统计的数据集（来自 pilens estimate）' },
  duties: { en: 'Duties the counted figures reach', zh: '统计数字触及的义务' },
  activities: { en: 'Processing activities (to be completed)', zh: '处理活动（待填写）' },
  keeping: { en: 'Keeping this document', zh: '本文件的保存' },
  caveats: { en: 'Legal caveats', zh: '法律提示' },
  triggers: { en: 'Why an assessment is due', zh: '需要进行评估的情形' },
  scope: { en: 'What is processed', zh: '处理的个人信息' },
  lawfulness: { en: 'Lawfulness, legitimacy and necessity', zh: '处理目的、处理方式等是否合法、正当、必要' },
  impact: { en: "Impact on individuals' rights and security risks", zh: '对个人权益的影响及安全风险' },
  measures: { en: 'Protective measures', zh: '所采取的保护措施' },
  conclusion: { en: 'Conclusion and approval', zh: '评估结论与审批' },
} as const satisfies Record<string, Bilingual>;

/** Table headers. */
export const COLS = {
  category: { en: 'category', zh: '类别' },
  class: { en: 'threshold class', zh: '数量标准档次' },
  sensitive: { en: 'sensitive PI', zh: '敏感个人信息' },
  basis: { en: 'sensitivity basis', zh: '敏感性依据' },
  grade: { en: 'grade', zh: '分级' },
  fields: { en: 'fields', zh: '字段数' },
  where: { en: 'where held', zh: '所在位置' },
  result: { en: 'estimate result', zh: '估算结果文件' },
  inputs: { en: 'data counted', zh: '统计的数据' },
  records: { en: 'records', zh: '记录数' },
  persons: { en: 'persons', zh: '人数' },
  pieces: { en: 'pieces A / B / C', zh: '条数 A / B / C' },
  categories: { en: 'categories', zh: '类别' },
  standard: { en: 'criminal-law quantity standard', zh: '刑事数量标准' },
  trigger: { en: 'situation', zh: '情形' },
  found: { en: 'what pilens found', zh: 'pilens 的发现' },
} as const satisfies Record<string, Bilingual>;

/** The questions only people can answer: id, label, and a hint naming the law that asks it. */
export interface Question {
  readonly id: string;
  readonly label: Bilingual;
  readonly hint: (l: Locale) => string;
}

export const PROCESSOR_QUESTIONS: readonly Question[] = [
  {
    id: 'processor',
    label: { en: 'Processor (name, address)', zh: '个人信息处理者（名称、地址）' },
    hint: (l) =>
      l === 'zh'
        ? '自主决定处理目的、处理方式的组织或者个人（《个人信息保护法》第七十三条第一项）。'
        : `The organisation or individual that decides the purposes and methods of processing (${cite('pipl', 'Art. 73(1)', l)}).`,
  },
  {
    id: 'officer',
    label: { en: 'PI protection officer and contact', zh: '个人信息保护负责人及联系方式' },
    hint: (l) =>
      l === 'zh'
        ? `处理个人信息达到规定数量的须指定（${cite('pipl', 'Art. 52', l)}）；该数量为100万人（${cite('audit_measures', 'Art. 12', l)}${mark('partial', l)}）。`
        : `Required when the PI of a set number of persons is processed (${cite('pipl', 'Art. 52', l)}); the number is 1,000,000 persons (${cite('audit_measures', 'Art. 12', l)}${mark('partial', l)}).`,
  },
];

/** The activity questions of the record (and the assessment's Art. 56(1) part). */
export const ACTIVITY_QUESTIONS: readonly Question[] = [
  {
    id: 'purpose',
    label: { en: 'Purpose of processing', zh: '处理目的' },
    hint: (l) =>
      l === 'zh'
        ? '每项处理活动的具体目的；处理敏感个人信息须具有特定的目的和充分的必要性（《个人信息保护法》第二十八条第二款）。'
        : `The specific purpose of each activity; sensitive PI only with a specific purpose and sufficient necessity (${cite('pipl', 'Art. 28', l)}).`,
  },
  {
    id: 'legal_basis',
    label: { en: 'Legal basis', zh: '处理的合法性基础' },
    hint: (l) =>
      l === 'zh'
        ? `个人同意或者法律规定的其他情形（《个人信息保护法》第十三条${mark('memory', l)}）；基于同意处理敏感个人信息的，须取得单独同意（${cite('pipl', 'Art. 29', l)}）。`
        : `Consent, or another basis the law provides (PIPL Art. 13${mark('memory', l)}); sensitive PI processed on consent needs separate consent (${cite('pipl', 'Art. 29', l)}).`,
  },
  {
    id: 'subjects',
    label: { en: 'Data subjects', zh: '个人信息主体' },
    hint: (l) =>
      l === 'zh'
        ? `客户、员工、患者等；涉及不满十四周岁未成年人的，须取得监护人同意并制定专门的处理规则（${cite('pipl', 'Art. 31', l)}）。`
        : `Customers, employees, patients…; minors under 14 need a guardian's consent and dedicated rules (${cite('pipl', 'Art. 31', l)}).`,
  },
  {
    id: 'methods',
    label: { en: 'Processing methods', zh: '处理方式' },
    hint: (l) =>
      l === 'zh'
        ? `收集、存储、使用、加工、传输、提供、公开、删除等（${cite('pipl', 'Art. 4', l)}），以及是否利用个人信息进行自动化决策（${cite('pipl', 'Art. 55(2)', l)}）。`
        : `Collection, storage, use, processing, transmission, provision, disclosure, deletion (${cite('pipl', 'Art. 4', l)}); automated decision-making or not (${cite('pipl', 'Art. 55(2)', l)}).`,
  },
  {
    id: 'retention',
    label: { en: 'Retention period', zh: '保存期限' },
    hint: (l) =>
      l === 'zh'
        ? '每类个人信息的保存期限及到期后的删除或者匿名化方式。'
        : 'How long each category is kept, and how it is deleted or anonymised afterwards.',
  },
  {
    id: 'recipients',
    label: { en: 'Recipients', zh: '接收方' },
    hint: (l) =>
      l === 'zh'
        ? `受托处理者、其他个人信息处理者、公开的范围（${cite('pipl', 'Art. 55(3)', l)}）；pilens scan --flows 列出代码中的数据去向，可作参考。`
        : `Entrusted processors, other processors, public disclosure (${cite('pipl', 'Art. 55(3)', l)}); "pilens scan --flows" lists where the code sends PI.`,
  },
  {
    id: 'cross_border',
    label: { en: 'Cross-border provision', zh: '向境外提供' },
    hint: (l) =>
      l === 'zh'
        ? `是否向境外提供、接收方及所在国家或者地区、采用的机制（安全评估、标准合同或者认证，${cite('pipl', 'Art. 38', l)}；人数标准见${cite('cross_border_2024', 'Art. 7', l)}、第八条${mark('partial', l)}）；事前评估（${cite('pipl', 'Art. 55(4)', l)}）。`
        : `Whether PI goes abroad, to whom and where, under which mechanism (security assessment, standard contract or certification, ${cite('pipl', 'Art. 38', l)}; persons thresholds in ${cite('cross_border_2024', 'Art. 7', l)}, 8${mark('partial', l)}); assessed in advance (${cite('pipl', 'Art. 55(4)', l)}).`,
  },
  {
    id: 'security',
    label: { en: 'Security measures', zh: '安全保护措施' },
    hint: (l) =>
      l === 'zh'
        ? `内部管理制度和操作规程、分类管理、加密和去标识化、权限与培训、安全事件应急预案等（${cite('pipl', 'Art. 51', l)}）。`
        : `Internal rules and procedures, classified management, encryption and de-identification, access rights and training, incident plans (${cite('pipl', 'Art. 51', l)}).`,
  },
];

/** The protective measures of PIPL Art. 51, one blank each (the assessment's Art. 56(3) part). */
export const MEASURE_QUESTIONS: readonly Question[] = [
  ['rules', 'Internal management rules and operating procedures', '内部管理制度和操作规程', 'Art. 51(1)'],
  ['classified', 'Classified management of PI', '对个人信息实行分类管理', 'Art. 51(2)'],
  [
    'technical',
    'Encryption, de-identification and other technical measures',
    '加密、去标识化等安全技术措施',
    'Art. 51(3)',
  ],
  ['access', 'Access permissions and staff training', '操作权限及从业人员安全教育和培训', 'Art. 51(4)'],
  ['incidents', 'Incident response plan', '个人信息安全事件应急预案', 'Art. 51(5)'],
  ['other_measures', 'Other measures required by law', '法律、行政法规规定的其他措施', 'Art. 51(6)'],
].map(([id = '', en = '', zh = '', article = '']) => ({
  id: `measure_${id}`,
  label: { en, zh },
  hint: (l: Locale) =>
    l === 'zh'
      ? `说明已采取的措施及其是否合法、有效并与风险程度相适应（${cite('pipl', article, l)}；${cite('pipl', 'Art. 56(3)', l)}）。`
      : `What is in place, and whether it is lawful, effective and proportionate to the risk (${cite('pipl', article, l)}; ${cite('pipl', 'Art. 56(3)', l)}).`,
}));

/** The last part of the assessment. */
export const CONCLUSION_QUESTIONS: readonly Question[] = [
  {
    id: 'impact_analysis',
    label: { en: "Impact on individuals' rights", zh: '对个人权益的影响分析' },
    hint: (l) =>
      l === 'zh'
        ? `结合上列类别、规模和用途，分析泄露或者非法使用可能造成的影响及其可能性（${cite('pipl', 'Art. 56(2)', l)}）。`
        : `From the categories, scale and uses above: what a leak or misuse would do to people, and how likely it is (${cite('pipl', 'Art. 56(2)', l)}).`,
  },
  {
    id: 'conclusion',
    label: { en: 'Conclusion', zh: '评估结论' },
    hint: (l) =>
      l === 'zh'
        ? '处理是否可以进行，需要补充哪些措施。'
        : 'Whether the processing may go ahead, and which measures must be added.',
  },
  {
    id: 'sign_off',
    label: { en: 'Assessed by, approved by, date', zh: '评估人、审批人及日期' },
    hint: (l) =>
      l === 'zh' ? '评估应在处理前完成。' : 'The assessment is made before the processing starts.',
  },
];

/** The Art. 55 situations other than sensitive PI, which only people can confirm. */
export const TRIGGER_QUESTIONS: readonly Question[] = [
  ['automated', 'Automated decision-making', '利用个人信息进行自动化决策', 'Art. 55(2)'],
  [
    'entrust',
    'Entrusting processing, providing PI to another processor, disclosing PI',
    '委托处理、向其他个人信息处理者提供、公开个人信息',
    'Art. 55(3)',
  ],
  ['abroad', 'Providing PI abroad', '向境外提供个人信息', 'Art. 55(4)'],
  [
    'other_impact',
    "Other processing with a significant impact on individuals' rights",
    '其他对个人权益有重大影响的处理活动',
    'Art. 55(5)',
  ],
].map(([id = '', en = '', zh = '', article = '']) => ({
  id: `trigger_${id}`,
  label: { en, zh },
  hint: (l: Locale) =>
    l === 'zh'
      ? `是或否，并说明（${cite('pipl', article, l)}）。`
      : `Yes or no, and how (${cite('pipl', article, l)}).`,
}));
