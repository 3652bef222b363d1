/**
 * The zod schema of the legal catalogue. Every category in `categories/*.ts` is parsed with it
 * at module load, so a typo in a key, a missing citation or an inconsistent contest fails the
 * first import (and the unit tests) instead of reaching a hover.
 */
import { z } from 'zod';

/** Category keys (PRODUCT.md §1.2). They appear in settings, annotations, JSON and SARIF. */
export const CLASS_A_KEYS = ['whereabouts', 'communication_content', 'credit', 'property'] as const;
export const CLASS_B_KEYS = [
  'accommodation',
  'communication_records',
  'health',
  'transaction',
  'biometric',
] as const;
export const CLASS_C_KEYS = [
  'id_number',
  'name',
  'contact',
  'address',
  'household_registration',
  'credential',
  'basic_profile',
  'online_id',
  'online_activity',
  'education_work',
  'contacts_list',
  'religion_identity',
  'criminal_record',
  'marital_orientation',
  'vehicle',
] as const;
/** Flags are not threshold classes: the pieces count under whatever their content is. */
export const FLAG_KEYS = ['minor_u14'] as const;

export const ALL_CATEGORY_KEYS = [...CLASS_A_KEYS, ...CLASS_B_KEYS, ...CLASS_C_KEYS, ...FLAG_KEYS] as const;

export const categoryKeySchema = z.enum(ALL_CATEGORY_KEYS);
export type CategoryKey = z.infer<typeof categoryKeySchema>;

export const thresholdClassSchema = z.enum(['A', 'B', 'C']);
export type LegalClass = z.infer<typeof thresholdClassSchema>;

/**
 * Contested field-to-class mappings (legal-reference.md §9.2, §10.3). The ids are stable: the
 * DETECT vocabulary references them.
 */
export const CONTEST_IDS = [
  'bare_bank_card',
  'financial_credential',
  'ecommerce_order',
  'single_location_point',
] as const;
export const contestIdSchema = z.enum(CONTEST_IDS);
export type ContestId = z.infer<typeof contestIdSchema>;

/** The information types of the Ningbo study (PRODUCT.md intro); each must map to a category. */
export const NINGBO_TYPES = [
  'real_estate',
  'online_behaviour',
  'vehicle_ownership',
  'stock_securities',
  'property',
  'education',
  'household_registration',
  'location',
  'communication',
] as const;
export const ningboTypeSchema = z.enum(NINGBO_TYPES);
export type NingboType = z.infer<typeof ningboTypeSchema>;

/** Instruments cited by the catalogue; display names live in `instruments.ts`. */
export const INSTRUMENT_IDS = [
  'criminal_law',
  'fs2017_10',
  'interp_2011_computer',
  'pipl',
  'civil_code',
  'gbt_35273',
  'gbt_45574',
  'gc_192',
  'gc_195',
] as const;
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS);
export type InstrumentId = z.infer<typeof instrumentIdSchema>;

/** The reference's confidence marks: VERIFIED, PARTIALLY VERIFIED, FROM MEMORY. */
export const legalConfidenceSchema = z.enum(['verified', 'partial', 'memory']);
export type LegalConfidence = z.infer<typeof legalConfidenceSchema>;

const nonEmpty = z.string().trim().min(1);

export const basisSchema = z.object({
  instrument: instrumentIdSchema,
  /** `Art. 5(1)(5)`, `Table B.1`, `key point 1`. */
  article: nonEmpty,
  en: nonEmpty.optional(),
  zh: nonEmpty.optional(),
  confidence: legalConfidenceSchema,
});
export type Basis = z.infer<typeof basisSchema>;

/**
 * `yes`: named in PIPL Art. 28. `std`: listed as sensitive only in GB/T 35273 B.1 or
 * GB/T 45574 Annex A; treated as sensitive, a conservative choice (reference §9.1).
 */
export const piplSensitivitySchema = z.enum(['yes', 'std', 'no']);
export type PiplSensitivity = z.infer<typeof piplSensitivitySchema>;

export const bilingualSchema = z.object({ en: nonEmpty, zh: nonEmpty });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const contestSchema = z
  .object({
    id: contestIdSchema,
    /** The lower-threshold reading, the default. */
    strict: thresholdClassSchema,
    lenient: thresholdClassSchema,
    title: bilingualSchema,
    /** Why each reading exists. */
    notes: bilingualSchema,
    confidence: legalConfidenceSchema,
  })
  .refine((c) => c.strict < c.lenient, {
    // 'A' < 'B' < 'C' as strings, and a lower letter is a lower threshold.
    error: 'the strict reading must be a stricter (lower-threshold) class than the lenient one',
  });
export type Contest = z.infer<typeof contestSchema>;

/** The class a key belongs to by PRODUCT.md §1.2; `null` for flags. */
export function expectedClass(key: CategoryKey): LegalClass | null {
  if ((CLASS_A_KEYS as readonly string[]).includes(key)) return 'A';
  if ((CLASS_B_KEYS as readonly string[]).includes(key)) return 'B';
  if ((CLASS_C_KEYS as readonly string[]).includes(key)) return 'C';
  return null;
}

export const categorySchema = z
  .object({
    key: categoryKeySchema,
    zh: nonEmpty,
    en: nonEmpty,
    class: thresholdClassSchema.nullable(),
    /** The row key in legal-reference.md §9.2 when it differs (`track`, `lodging`…). */
    referenceKey: nonEmpty.optional(),
    basis: z.array(basisSchema).min(1),
    piplSensitive: piplSensitivitySchema,
    contests: z.array(contestSchema).optional(),
    notes: bilingualSchema,
    ningbo: z.array(ningboTypeSchema),
  })
  .superRefine((cat, ctx) => {
    const isFlag = (FLAG_KEYS as readonly string[]).includes(cat.key);
    const expected = expectedClass(cat.key);
    if (cat.class !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['class'],
        message: `${cat.key} must be class ${String(expected)}`,
      });
    }
    if (!isFlag && !cat.basis.some((b) => b.instrument === 'fs2017_10')) {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: 'a classed category must cite 法释〔2017〕10号',
      });
    }
    for (const [i, contest] of (cat.contests ?? []).entries()) {
      // A contest is between the category's own class and one alternative reading.
      if (cat.class !== contest.strict && cat.class !== contest.lenient) {
        ctx.addIssue({
          code: 'custom',
          path: ['contests', i],
          message: `contest ${contest.id} does not include the category's class ${String(cat.class)}`,
        });
      }
    }
  });
export type Category = z.infer<typeof categorySchema>;
/** The shape of the raw data before parsing. */
export type CategoryInput = z.input<typeof categorySchema>;

export const catalogueSchema = z.array(categorySchema).superRefine((cats, ctx) => {
  const seen = new Set<string>();
  const contests = new Set<string>();
  for (const [i, cat] of cats.entries()) {
    if (seen.has(cat.key))
      ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `duplicate key ${cat.key}` });
    seen.add(cat.key);
    for (const c of cat.contests ?? []) {
      if (contests.has(c.id))
        ctx.addIssue({ code: 'custom', path: [i], message: `duplicate contest ${c.id}` });
      contests.add(c.id);
    }
  }
  for (const key of ALL_CATEGORY_KEYS) {
    if (!seen.has(key)) ctx.addIssue({ code: 'custom', path: [], message: `missing category ${key}` });
  }
  for (const id of CONTEST_IDS) {
    if (!contests.has(id))
      ctx.addIssue({ code: 'custom', path: [], message: `contest ${id} is not attached to any category` });
  }
  for (const type of NINGBO_TYPES) {
    if (!cats.some((c) => c.ningbo.includes(type))) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `Ningbo information type ${type} maps to no category`,
      });
    }
  }
});
