/**
 * The legal model of pilens: category catalogue, tier arithmetic, administrative duties and
 * explanation text. Pure data and functions; every figure cites its article
 * with a confidence mark (docs/legal-basis.md).
 */
export * from './schema.js';
export {
  CATEGORIES,
  CATEGORY_KEYS,
  classFor,
  contestCategories,
  getCategory,
  getContest,
  isCategoryKey,
  isSensitiveCategory,
  parseCatalogue,
  sensitivityFor,
} from './categories.js';
export type { ClassOptions } from './categories.js';
export { INSTRUMENTS, citation } from './instruments.js';
export { SOURCES } from './sources.js';
export type { SourceInfo } from './sources.js';
export { articleText, chineseArticle, chineseNumber } from './articleZh.js';
export * from './wording.js';
export type { InstrumentInfo } from './instruments.js';
export * from './thresholds.js';
export { assessTier } from './tiers.js';
export type { Conduct, Distance, Tier, TierAssessment, TierInput, TierReason } from './tiers.js';
export { CAVEATS, INFERENCES } from './tierText.js';
export type { Note } from './tierText.js';
export { ADMIN_THRESHOLDS, administrativeDuties } from './duties.js';
export type { Duty, DutyInput } from './duties.js';
export { explainCategory, renderExplanationMarkdown, summarizeCategory } from './explain.js';
export type {
  CategoryExplanation,
  ExplainOptions,
  ExplainedBasis,
  ExplainedContest,
  ExplainedDuty,
  ExplainedThresholds,
} from './explain.js';
export type { SummaryOptions } from './render.js';
export { legalConfidenceLabel, formatCount } from './format.js';
export { categoryLabel, categoryTitle } from './labels.js';
export { NINGBO, NINGBO_SUMMARY } from './ningbo.js';
export type { NingboStudyType } from './ningbo.js';
export type { CategoryLabel } from './labels.js';
export { THRESHOLD_CONDITION, thresholdCondition } from './condition.js';
