/**
 * The legal columns of the inventory: a field's PIPL sensitivity with the instrument that says
 * so, and its grade.
 *
 * The grade: GB/T 43697-2024 (数据分类分级规则) sorts data into core (核心), important (重要)
 * and general (一般) data. Its text is not in pilens's legal reference, so pilens claims only
 * what the reference supports: every PI field is general data, ranked inside it by PIPL
 * sensitivity (Art. 28, verified; the national standards, partially verified), sensitive PI at
 * the top. The standard's numbered levels are not assigned, and important or core data never
 * is: whether data is important turns on the catalogues of the competent authorities, which
 * were not read. Rows are flagged for review where the sources say scale or a sector matters.
 */
import { getCategory } from '../law/categories.js';
import type { ContestedReading } from '../law/schema.js';
import { citation } from '../law/instruments.js';
import type { Bilingual, Category, LegalConfidence } from '../law/schema.js';
import type { ReportedFinding } from './finding.js';

/** `contested`: the national standards disagree (GB/T 35273 B.1 vs GB/T 45574). */
export type Sensitivity = 'yes' | 'no' | 'contested';

/** Inside general data (一般数据): sensitive PI at the top, other PI below. */
export type GradeId = 'general_sensitive' | 'general_personal';

/** Grades from the top down. */
export const GRADES: readonly GradeId[] = ['general_sensitive', 'general_personal'];

export interface SensitivityCell {
  readonly value: Sensitivity;
  /** The instruments that say so, cited in both languages; empty for ordinary PI. */
  readonly standard: Bilingual | null;
  readonly confidence: LegalConfidence;
}

/** What the selected sector pack says of the field. */
export interface SectorCell {
  readonly sector: Bilingual;
  readonly sectorClass?: string;
  readonly text: Bilingual;
  readonly source: Bilingual;
  readonly confidence: LegalConfidence;
}

export interface GradeCell {
  readonly id: GradeId;
  readonly sector?: SectorCell;
  /** Why the row may be more than general data, and who must decide; absent when nothing says so. */
  readonly review?: Bilingual;
  readonly confidence: LegalConfidence;
}

const cite = (instrument: Parameters<typeof citation>[0], article: string): Bilingual => ({
  en: citation(instrument, article, 'en'),
  zh: citation(instrument, article, 'zh'),
});

function join(parts: readonly Bilingual[]): Bilingual {
  return { en: parts.map((p) => p.en).join('; '), zh: parts.map((p) => p.zh).join('；') };
}

type Standard = 'gbt_35273' | 'gbt_45574';

/** A category's citations of the national standards (GB/T 35273 B.1 / 3.2, GB/T 45574 Annex A). */
function standards(category: Category, only?: Standard): Bilingual[] {
  return category.basis
    .filter((b) =>
      only === undefined
        ? b.instrument === 'gbt_35273' || b.instrument === 'gbt_45574'
        : b.instrument === only,
    )
    .filter((b) => b.instrument !== 'gbt_35273' || !b.article.includes('A.1'))
    .map((b) => cite(b.instrument, b.article));
}

const MINOR: SensitivityCell = {
  value: 'yes',
  standard: {
    en: `${citation('pipl', 'Art. 28', 'en')} (minors under 14)`,
    zh: `${citation('pipl', 'Art. 28', 'zh')}（不满十四周岁未成年人）`,
  },
  confidence: 'verified',
};

/** A field's PIPL sensitivity and the instrument behind it. */
export function sensitivityOf(finding: Pick<ReportedFinding, 'category' | 'minor'>): SensitivityCell {
  if (finding.minor === true) return MINOR;
  const category = getCategory(finding.category);
  const contest = category.sensitivityContest;
  if (contest !== undefined) {
    // The schema's sensitivity contest: GB/T 35273 lists it as sensitive, GB/T 45574 no longer does.
    const listed = join(standards(category, 'gbt_35273'));
    const dropped = join(standards(category, 'gbt_45574'));
    return {
      value: 'contested',
      standard: {
        en: `sensitive by ${listed.en}; not by ${dropped.en}`,
        zh: `${listed.zh}列为敏感；${dropped.zh}未列入`,
      },
      confidence: contest.confidence,
    };
  }
  if (category.piplSensitive === 'no') return { value: 'no', standard: null, confidence: 'verified' };
  if (category.piplSensitive === 'std')
    return { value: 'yes', standard: join(standards(category)), confidence: 'partial' };
  const art28 = cite('pipl', 'Art. 28');
  const scope = category.sensitivityScope;
  return scope === undefined
    ? { value: 'yes', standard: art28, confidence: 'verified' }
    : { value: 'yes', standard: scope.remark, confidence: 'partial' };
}

/** Whether a field counts as sensitive for its grade: a contest follows the chosen reading. */
export function gradeOf(sensitivity: SensitivityCell, reading: ContestedReading = 'strict'): GradeCell {
  const sensitive =
    sensitivity.value === 'yes' || (sensitivity.value === 'contested' && reading === 'strict');
  return {
    id: sensitive ? 'general_sensitive' : 'general_personal',
    // The sensitivity's own footing; the rank inside general data is pilens's reading, not the standard's.
    confidence: sensitivity.confidence,
  };
}

/** The names of the grades. */
export const GRADE_NAMES: Readonly<Record<GradeId, Bilingual>> = {
  general_sensitive: { en: 'general data: sensitive PI (top)', zh: '一般数据：敏感个人信息（最高）' },
  general_personal: { en: 'general data: personal information', zh: '一般数据：一般个人信息' },
};
