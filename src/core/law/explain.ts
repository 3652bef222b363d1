/**
 * Structured, bilingual explanations of a category: what the hover, the SARIF rule help and
 * the reports show. Every partially verified or from-memory point carries its label.
 */
import { classFor, getCategory, sensitivityFor } from './categories.js';
import type { ContestedReading } from './schema.js';
import { DUTY_TEXT } from './dutyText.js';
import { citation } from './instruments.js';
import type {
  CategoryKey,
  ContestId,
  LegalClass,
  LegalConfidence,
  PiplSensitivity,
  SourceId,
} from './schema.js';
import { legalConfidenceLabel, type Locale } from './format.js';
import { SOURCES } from './sources.js';
import { ARTICLE_FOR_CLASS, ESPECIALLY_SERIOUS_MULTIPLIER, classThresholds } from './thresholds.js';
import { conditionLine } from './wording.js';

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
  /** When the quantity standards apply, and that this is an aid (THRESHOLD_CONDITION). */
  readonly condition: string;
}

/** A published source, labelled for the locale. */
export interface ExplainedSource {
  readonly id: SourceId;
  readonly label: string;
  readonly url: string;
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
  readonly sources: readonly ExplainedSource[];
}

/** A contested PIPL sensitivity (`id_number_sensitivity`). */
export interface ExplainedSensitivityContest {
  readonly id: string;
  readonly title: string;
  readonly strict: PiplSensitivity;
  readonly lenient: PiplSensitivity;
  readonly reading: ContestedReading;
  readonly text: string;
  readonly label: string;
  readonly sources: readonly ExplainedSource[];
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
  readonly sensitivity: {
    readonly value: PiplSensitivity;
    readonly text: string;
    readonly contest?: ExplainedSensitivityContest;
  };
  readonly duties: readonly ExplainedDuty[];
  readonly contests: readonly ExplainedContest[];
  /** Whether this explains one field rather than the category in general. */
  readonly forField: boolean;
  readonly notes: string;
}

const pick = (locale: Locale, text: { en: string; zh: string }): string =>
  locale === 'zh' ? text.zh : text.en;

function sensitivityText(value: PiplSensitivity, locale: Locale): string {
  const texts: Record<PiplSensitivity, { en: string; zh: string }> = {
    yes: {
      en: 'Sensitive PI named in PIPL Art. 28.',
      zh: '《个人信息保护法》第二十八条列明的敏感个人信息。',
    },
    std: {
      en: 'Not named in PIPL Art. 28; listed as sensitive only in a national standard (GB/T 35273 B.1 or GB/T 45574), and treated as sensitive (a conservative choice).',
      zh: '《个人信息保护法》第二十八条未列明；仅在国家标准（GB/T 35273 表B.1或GB/T 45574）中列为敏感，从严按敏感个人信息处理。',
    },
    no: { en: 'Ordinary PI, not sensitive.', zh: '一般个人信息，非敏感个人信息。' },
  };
  return pick(locale, texts[value]);
}

const sources = (ids: readonly SourceId[], locale: Locale): ExplainedSource[] =>
  ids.map((id) => ({ id, label: pick(locale, SOURCES[id].label), url: SOURCES[id].url }));

/**
 * Whether the sensitivity rests on a national standard only: `std`, or a `yes` category named in
 * Art. 28 only in part (property) when the field is not of the named part.
 */
function standardOnly(key: CategoryKey, value: PiplSensitivity, contest: ContestId | undefined): boolean {
  if (value === 'std') return true;
  const scope = getCategory(key).sensitivityScope;
  return (
    value === 'yes' &&
    scope !== undefined &&
    !(contest !== undefined && scope.namedContests.includes(contest))
  );
}

/** The duties a category's presence brings, in the wording of the dataset duties (`dutyText.ts`). */
function categoryDuties(
  key: CategoryKey,
  value: PiplSensitivity,
  locale: Locale,
  contest: ContestId | undefined,
): ExplainedDuty[] {
  // The label says "partially verified"; the sentence the dataset report ends with would repeat it.
  const unlabelled = (text: string): string => text.replace(/ ?(?:Partially verified\.|部分核实。)$/, '');
  const duty = (id: keyof typeof DUTY_TEXT, remark = '', partial = false): ExplainedDuty => {
    const t = DUTY_TEXT[id];
    const confidence =
      partial || t.cites.some((c: { confidence: LegalConfidence }) => c.confidence !== 'verified')
        ? 'partial'
        : 'verified';
    return {
      text: unlabelled(pick(locale, t).replace('{}', '')) + remark,
      confidence,
      label: legalConfidenceLabel(confidence, locale),
    };
  };
  const duties: ExplainedDuty[] = [];
  if (value !== 'no') {
    // A duty triggered only by a national standard's list is partially verified.
    const std = standardOnly(key, value, contest);
    const scope = getCategory(key).sensitivityScope;
    const remark = !std
      ? ''
      : scope !== undefined
        ? (locale === 'zh' ? '' : ' ') + pick(locale, scope.remark)
        : locale === 'zh'
          ? '此处仅依国家标准属于敏感个人信息，《个人信息保护法》第二十八条未列明。'
          : ' Sensitive here only by a national standard, not named in PIPL Art. 28.';
    duties.push(
      duty('separate_consent', remark, std),
      duty('impact_assessment', remark, std),
      duty('cross_border_sensitive'),
    );
  }
  if (key === 'minor_u14') duties.push(duty('minors_u14'), duty('minors_annual_audit'));
  if (key === 'minor_u18') duties.push(duty('minors_annual_audit'));
  if (key === 'face') duties.push(duty('face_filing'));
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
          ? `${citation('fs2017_10', ARTICLE_FOR_CLASS[cls], 'zh')}、第二款第三项`
          : `${citation('fs2017_10', ARTICLE_FOR_CLASS[cls], 'en')}, 5(2)(3)`,
      insiderInference:
        locale === 'zh'
          ? `履职或提供服务中获得者的“情节特别严重”标准（${ESPECIALLY_SERIOUS_MULTIPLIER} × ½）系推断，未见司法来源确认`
          : `the "especially serious" figure for information obtained in performing duties or providing services (${ESPECIALLY_SERIOUS_MULTIPLIER} × ½) is an inference, not confirmed by a court source`,
      condition: conditionLine(locale),
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
    label: legalConfidenceLabel(c.confidence, locale),
    sources: sources(c.sources, locale),
  }));
  const sensitivity = sensitivityFor(key, reading);
  const sc = category.sensitivityContest;
  const sensitivityContest: ExplainedSensitivityContest | undefined =
    sc === undefined
      ? undefined
      : {
          id: sc.id,
          title: pick(locale, sc.title),
          strict: sc.strict,
          lenient: sc.lenient,
          reading,
          text: pick(locale, sc.notes),
          label: legalConfidenceLabel(sc.confidence, locale),
          sources: sources(sc.sources, locale),
        };
  return {
    key,
    locale,
    title: { zh: category.zh, en: category.en },
    class: cls,
    baseClass: category.class,
    thresholds,
    basis: category.basis.map((b): ExplainedBasis => {
      const text = locale === 'zh' ? (b.zh ?? b.en) : (b.en ?? b.zh);
      const out = {
        citation: citation(b.instrument, b.article, locale, b.articleZh),
        confidence: b.confidence,
        label: legalConfidenceLabel(b.confidence, locale),
      };
      return text === undefined ? out : { ...out, text };
    }),
    sensitivity: {
      value: sensitivity,
      text:
        sensitivity === 'yes' && category.sensitivityScope !== undefined
          ? pick(locale, category.sensitivityScope.notes)
          : sensitivityText(sensitivity, locale),
      ...(sensitivityContest === undefined ? {} : { contest: sensitivityContest }),
    },
    duties: categoryDuties(key, sensitivity, locale, options.contest),
    contests,
    notes: pick(locale, category.notes),
    forField: options.forField === true,
  };
}

export { renderExplanationMarkdown, summarizeCategory } from './render.js';
