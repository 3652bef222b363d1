/**
 * The zod schema of the legal catalogue. Every category in `categories/*.ts` is parsed with it
 * at module load, so a typo in a key, a missing citation or an inconsistent contest fails the
 * first import (and the unit tests) instead of reaching a hover.
 */
import { z } from 'zod';
import { CLASS_A_KEYS } from './categories/classA.js';
import { CLASS_B_KEYS } from './categories/classB.js';
import { CLASS_C_IDENTITY_KEYS } from './categories/classCIdentity.js';
import { CLASS_C_OTHER_KEYS } from './categories/classCOther.js';
import { FLAG_KEYS } from './categories/flags.js';

/**
 * Category keys (docs/categories.md). They appear in settings, annotations, JSON and SARIF. Each
 * is written once, at the top of the file that holds its legal entry (`categories/*.ts`); the
 * order of these lists is the enum's and the sort's.
 */
export { CLASS_A_KEYS, CLASS_B_KEYS, FLAG_KEYS };
export const CLASS_C_KEYS = [...CLASS_C_IDENTITY_KEYS, ...CLASS_C_OTHER_KEYS] as const;

export const ALL_CATEGORY_KEYS = [...CLASS_A_KEYS, ...CLASS_B_KEYS, ...CLASS_C_KEYS, ...FLAG_KEYS] as const;

export const categoryKeySchema = z.enum(ALL_CATEGORY_KEYS);
export type CategoryKey = z.infer<typeof categoryKeySchema>;

export const thresholdClassSchema = z.enum(['A', 'B', 'C']);
/** The legal threshold classes of 法释〔2017〕10号 Art. 5(1)(3)–(5). */
export type LegalClass = z.infer<typeof thresholdClassSchema>;

/** The languages pilens writes legal and UI text in. */
export const LOCALES = ['en', 'zh'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/**
 * How a contested field-to-class mapping is read: `strict` takes the stricter class, `lenient`
 * the milder one. One enum for the setting, `.pilens.json` and the CLI flag.
 */
export const CONTESTED_READINGS = ['strict', 'lenient'] as const;
export const contestedReadingSchema = z.enum(CONTESTED_READINGS);
export type ContestedReading = z.infer<typeof contestedReadingSchema>;

/**
 * Contested field-to-class mappings (docs/legal-basis.md, "Contested readings": ID-card
 * information, real estate, whereabouts, vehicle owners, each with published sources). The ids
 * are stable: the detection vocabulary (detect/vocabulary) references them.
 */
export const CONTEST_IDS = [
  'bare_bank_card',
  'real_estate_owner',
  'financial_credential',
  'ecommerce_order',
  'historical_location',
  'resident_id_info',
  'vehicle_owner',
] as const;
export const contestIdSchema = z.enum(CONTEST_IDS);
export type ContestId = z.infer<typeof contestIdSchema>;

/**
 * The information types of the Ningbo study (166 first-instance judgments 2017–2021, where the
 * tool started); each must map to a category.
 */
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
  'interp_2009_credit_card',
  'interp_2011_computer',
  'interp_2019_network',
  'pipl',
  'civil_code',
  'ndsmr',
  'minors_online_regs',
  'cross_border_2024',
  'certification_2026',
  'audit_measures',
  'face_measures',
  'cac_officer_2025',
  'cac_minors_audit_2025',
  'gbt_35273',
  'gbt_45574',
  'gc_192',
  'gc_193',
  'gc_195',
] as const;
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS);
export type InstrumentId = z.infer<typeof instrumentIdSchema>;

/** The reference's confidence marks: VERIFIED, PARTIALLY VERIFIED, FROM MEMORY. */
export const legalConfidenceSchema = z.enum(['verified', 'partial', 'memory']);
export type LegalConfidence = z.infer<typeof legalConfidenceSchema>;

const nonEmpty = z.string().trim().min(1);

/** Published secondary sources behind contests and partially verified points (`sources.ts`). */
export const SOURCE_IDS = [
  'rmfyb_gc193',
  'rmsf_gc193',
  'zhang_guixiang_2022',
  'rmsf_gc192',
  'jcrb_card_info',
  'wu_chaoling_2018',
  'qzzylawyer_2025',
  'jsjc_two_direct_2024',
  'jcrb_real_estate_2018',
  'spp_real_estate_2023',
  'guangyuan_buyers',
  'lei_lanjun_2020',
  'hkhtsy_whereabouts',
  'wen_xiao_2022',
  'jsfz_orders_2025',
  'yu_haisong_counting',
  'jingtian_45574',
  'tc260_guide_2024',
  'sicsi_minors_audit',
  'secrss_minors_audit',
  'cac_face_2025',
  'cac_cert_2025',
] as const;
export const sourceIdSchema = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof sourceIdSchema>;

export const basisSchema = z.object({
  instrument: instrumentIdSchema,
  /** `Art. 5(1)(5)`, `Table B.1`, `key point 1`; `-` cites the instrument as a whole. */
  article: nonEmpty,
  /** Chinese article numbering where the instrument's default reading of `(n)` is wrong. */
  articleZh: nonEmpty.optional(),
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
    /** Where each reading is published; a contest without sources is from memory. */
    sources: z.array(sourceIdSchema).default([]),
  })
  .refine((c) => c.strict < c.lenient, {
    // 'A' < 'B' < 'C' as strings, and a lower letter is a lower threshold.
    error: 'the strict reading must be a stricter (lower-threshold) class than the lenient one',
  });
export type Contest = z.infer<typeof contestSchema>;
export type ContestInput = z.input<typeof contestSchema>;

/**
 * A contested PIPL sensitivity: the national standards disagree (GB/T 35273-2020 Annex B vs
 * GB/T 45574-2025). The strict reading is the default, as for class contests.
 */
export const sensitivityContestSchema = z
  .object({
    id: z.enum(['id_number_sensitivity']),
    strict: piplSensitivitySchema,
    lenient: piplSensitivitySchema,
    title: bilingualSchema,
    notes: bilingualSchema,
    confidence: legalConfidenceSchema,
    sources: z.array(sourceIdSchema).default([]),
  })
  .refine((c) => c.strict !== 'no' && c.lenient === 'no', {
    error: 'a sensitivity contest is between a sensitive strict reading and a not-sensitive lenient one',
  });
export type SensitivityContest = z.infer<typeof sensitivityContestSchema>;

/** The class a key belongs to by docs/categories.md; `null` for flags. */
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
    /** The research notes' row key when it differs (`track`, `lodging`…). */
    referenceKey: nonEmpty.optional(),
    basis: z.array(basisSchema).min(1),
    piplSensitive: piplSensitivitySchema,
    sensitivityContest: sensitivityContestSchema.optional(),
    /**
     * Only part of a `yes` category is named in PIPL Art. 28 (property: financial accounts, not
     * real estate or income, which only GB/T 35273 B.1 lists). The hover says which
     * part; the duties it brings are partially verified unless the field is of the named part
     * (a vocabulary entry with one of `namedContests`).
     */
    sensitivityScope: z
      .object({
        notes: bilingualSchema,
        /** The short line the duties carry when the field is not known to be of the named part. */
        remark: bilingualSchema,
        namedContests: z.array(contestIdSchema).default([]),
      })
      .optional(),
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
    if (cat.sensitivityScope !== undefined && cat.piplSensitive !== 'yes') {
      ctx.addIssue({
        code: 'custom',
        path: ['sensitivityScope'],
        message: 'a sensitivity scope narrows a category named in PIPL Art. 28 (piplSensitive: yes)',
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
  // A contest may be shared (resident_id_info: ID numbers and household registration), but
  // every copy must be the same data, so the hover says the same thing wherever it appears.
  const contests = new Map<string, string>();
  for (const [i, cat] of cats.entries()) {
    if (seen.has(cat.key))
      ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `duplicate key ${cat.key}` });
    seen.add(cat.key);
    for (const c of cat.contests ?? []) {
      const text = JSON.stringify(c);
      const before = contests.get(c.id);
      if (before !== undefined && before !== text)
        ctx.addIssue({ code: 'custom', path: [i], message: `contest ${c.id} differs between categories` });
      contests.set(c.id, text);
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
