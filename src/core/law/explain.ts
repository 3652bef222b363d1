/**
 * Structured, bilingual explanations of a category: what the hover, the SARIF rule help and
 * the reports show. Every partially verified or from-memory point carries its label.
 */
import { classFor, getCategory, type ContestedReading } from './categories.js';
import { articleText } from './articleText.js';
import { citation } from './instruments.js';
import type { CategoryKey, ContestId, LegalClass, LegalConfidence, PiplSensitivity } from './schema.js';
import { confidenceLabel, type Locale } from './format.js';
import { ARTICLE_FOR_CLASS, ESPECIALLY_SERIOUS_MULTIPLIER, classThresholds } from './thresholds.js';

export interface ExplainOptions {
  readonly locale: Locale;
  readonly reading?: ContestedReading;
  /** The contest of the vocabulary entry that matched, if any. */
  readonly contest?: ContestId | undefined;
  /** Explaining a field (a finding): contests that did not decide its class say so. */
  readonly forField?: boolean;
}

export interface ExplainedThresholds {
  readonly serious: number;
  readonly especiallySerious: number;
  readonly insiderSerious: number;
  /** 5× base: the reference's inference, labelled `insiderInference`. */
  readonly insiderEspeciallySerious: number;
  readonly article: string;
  readonly insiderInference: string;
}

export interface ExplainedBasis {
  readonly citation: string;
  readonly text?: string;
  readonly confidence: LegalConfidence;
  /** Empty for verified points. */
  readonly label: string;
}

export interface ExplainedContest {
  readonly id: ContestId;
  readonly title: string;
  readonly strict: LegalClass;
  readonly lenient: LegalClass;
  /** Whether this contest applies to the field being explained. */
  readonly applies: boolean;
  readonly reading: ContestedReading;
  readonly text: string;
  readonly label: string;
}

export interface ExplainedDuty {
  readonly text: string;
  readonly confidence: 'verified' | 'partial';
  readonly label: string;
}

export interface CategoryExplanation {
  readonly key: CategoryKey;
  readonly locale: Locale;
  readonly title: { readonly zh: string; readonly en: string };
  /** The class under the chosen reading; null for the `minor_u14` flag. */
  readonly class: LegalClass | null;
  readonly baseClass: LegalClass | null;
  readonly thresholds: ExplainedThresholds | null;
  readonly basis: readonly ExplainedBasis[];
  readonly sensitivity: { readonly value: PiplSensitivity; readonly text: string };
  readonly duties: readonly ExplainedDuty[];
  readonly contests: readonly ExplainedContest[];
  readonly notes: string;
  /** Whether this explains one field rather than the category in general. */
  readonly forField: boolean;
}

const pick = (locale: Locale, text: { en: string; zh: string }): string =>
  locale === 'zh' ? text.zh : text.en;

function sensitivityText(value: PiplSensitivity, locale: Locale): string {
  const texts: Record<PiplSensitivity, { en: string; zh: string }> = {
    yes: { en: 'Sensitive PI named in PIPL Art. 28.', zh: '个人信息保护法第二十八条列明的敏感个人信息。' },
    std: {
      en: 'Listed as sensitive in GB/T 35273 B.1 or GB/T 45574 only; treated as sensitive (a conservative choice).',
      zh: '仅在GB/T 35273 B.1或GB/T 45574中列为敏感信息；从严按敏感个人信息处理。',
    },
    no: { en: 'Ordinary PI, not sensitive.', zh: '一般个人信息，非敏感。' },
  };
  return pick(locale, texts[value]);
}

function sensitiveDuties(key: CategoryKey, value: PiplSensitivity, locale: Locale): ExplainedDuty[] {
  if (value === 'no') return [];
  const duty = (en: string, zh: string, confidence: 'verified' | 'partial'): ExplainedDuty => ({
    text: locale === 'zh' ? zh : en,
    confidence,
    label: confidenceLabel(confidence, locale),
  });
  const duties = [
    duty(
      'Separate consent (PIPL Art. 29) and notice of necessity and impact (Art. 30).',
      '取得单独同意（个人信息保护法第二十九条），并告知必要性及影响（第三十条）。',
      'verified',
    ),
    duty(
      'A prior PI protection impact assessment (PIPL Art. 55(1)).',
      '事前进行个人信息保护影响评估（个人信息保护法第五十五条第一项）。',
      'verified',
    ),
    duty(
      'Cross-border: any sensitive PI needs a standard contract or certification; 10,000+ persons a security assessment (2024 Provisions Art. 7, 8).',
      '数据出境：敏感个人信息不满1万人须订立标准合同或认证，1万人以上须申报安全评估（2024年规定第七条、第八条）。',
      'partial',
    ),
  ];
  if (key === 'minor_u14') {
    duties.push(
      duty(
        'Guardian consent and dedicated processing rules (PIPL Art. 31).',
        '取得监护人同意并制定专门的个人信息处理规则（个人信息保护法第三十一条）。',
        'verified',
      ),
    );
  }
  if (key === 'biometric') {
    duties.push(
      duty(
        'Face data of 100,000+ persons stored: filing with the provincial CAC (Face Recognition Measures Art. 15).',
        '存储10万人以上人脸信息：向省级网信部门备案（人脸识别技术应用安全管理办法第十五条）。',
        'partial',
      ),
    );
  }
  return duties;
}

/** Explains one category under a contested reading, in one locale. */
export function explainCategory(key: CategoryKey, options: ExplainOptions): CategoryExplanation {
  const { locale } = options;
  const reading = options.reading ?? 'strict';
  const category = getCategory(key);
  const cls = classFor(key, { contest: options.contest, reading });
  let thresholds: ExplainedThresholds | null = null;
  if (cls !== null) {
    const base = classThresholds(cls);
    const insider = classThresholds(cls, true);
    thresholds = {
      serious: base.serious,
      especiallySerious: base.especiallySerious,
      insiderSerious: insider.serious,
      insiderEspeciallySerious: insider.especiallySerious,
      article:
        locale === 'zh'
          ? `${citation('fs2017_10', ARTICLE_FOR_CLASS[cls], locale)}、${articleText('Art. 5(2)(3)', locale)}`
          : `${citation('fs2017_10', ARTICLE_FOR_CLASS[cls], locale)}, Art. 5(2)(3)`,
      insiderInference:
        locale === 'zh'
          ? `内部人员“情节特别严重”标准（${ESPECIALLY_SERIOUS_MULTIPLIER} × ½）系推断，未见司法来源确认`
          : `the insider "especially serious" figure (${ESPECIALLY_SERIOUS_MULTIPLIER} × ½) is an inference, not confirmed by a court source`,
    };
  }
  const contests = (category.contests ?? []).map((c): ExplainedContest => ({
    id: c.id,
    title: pick(locale, c.title),
    strict: c.strict,
    lenient: c.lenient,
    applies: c.id === options.contest,
    reading,
    text: pick(locale, c.notes),
    label: confidenceLabel(c.confidence, locale),
  }));
  return {
    key,
    locale,
    title: { zh: category.zh, en: category.en },
    class: cls,
    baseClass: category.class,
    thresholds,
    basis: category.basis.map((b): ExplainedBasis => {
      // A Chinese reading shows no English sentence: without a Chinese text, the citation stands alone.
      const text = locale === 'zh' ? b.zh : (b.en ?? b.zh);
      const out = {
        citation: citation(b.instrument, b.article, locale),
        confidence: b.confidence,
        label: confidenceLabel(b.confidence, locale),
      };
      return text === undefined ? out : { ...out, text };
    }),
    sensitivity: { value: category.piplSensitive, text: sensitivityText(category.piplSensitive, locale) },
    duties: sensitiveDuties(key, category.piplSensitive, locale),
    contests,
    notes: pick(locale, category.notes),
    forField: options.forField === true,
  };
}

export { renderExplanationMarkdown, summarizeCategory } from './render.js';
