/**
 * The results of `pilens estimate --format json` that the drafts and the inventory fold in
 * (`--estimate result.json…`). Only what the documents print is read: counts, tiers, the
 * categories of each file and the duties. The masked examples, column names and evidence of the
 * estimate are never read, so no value (masked or not) and no header that might be a value can
 * reach a draft. A file that is not such a result is refused with one line naming it.
 */
import { z } from 'zod';
import { isCategoryKey } from '../../law/categories.js';
import type { CategoryKey } from '../../law/schema.js';

const count = z.number().int().nonnegative();
const tier = z.enum(['none', 'below', 'serious', 'especially_serious']);
const conduct = z.enum(['hold', 'provide', 'obtain', 'business-purchase']);

const dutySchema = z.object({
  id: z.string().min(1),
  en: z.string(),
  zh: z.string(),
  basis: z.string(),
  confidence: z.enum(['verified', 'partial']),
});

const partSchema = z.object({
  file: z.string(),
  records: count,
  columns: z.array(z.object({ category: z.string().nullable() })),
  source: z
    .object({ engine: z.string(), table: z.string().optional(), database: z.string().optional() })
    .optional(),
  errors: z.array(z.string()).optional(),
});

const resultSchema = z.object({
  version: z.literal(1),
  tier,
  ratio: z.number().nonnegative(),
  pieces: z.object({ A: count, B: count, C: count }),
  byCategory: z.record(z.string(), count),
  persons: count,
  records: count,
  duties: z.array(dutySchema),
  counts: z.object({ personsKeyed: z.boolean(), minorsPresent: z.boolean() }),
  relatedOffences: z
    .array(z.object({ id: z.string(), records: count, en: z.string(), zh: z.string(), basis: z.string() }))
    .default([]),
  assessment: z.object({
    conduct,
    tier,
    insiderApplied: z.boolean(),
    quantityRatio: z.number().nonnegative(),
    standard: z.object({ serious: z.number().positive(), especiallySerious: z.number().positive() }),
    reasons: z.array(z.object({ id: z.string(), basis: z.string(), en: z.string(), zh: z.string() })),
  }),
  parts: z.array(partSchema),
});

export type EstimateDuty = z.infer<typeof dutySchema>;

/** One dataset part as the drafts show it: where it was, how many records, which categories. */
export interface EstimatePart {
  readonly file: string;
  readonly records: number;
  readonly categories: readonly CategoryKey[];
  /** Present when the file was not read to its end: its counts are a lower bound. */
  readonly incomplete: boolean;
}

/** An estimate result, as read from the file the user named. */
export interface EstimateResult {
  /** The file the figures came from, as the user named it: every figure cites it. */
  readonly source: string;
  readonly tier: z.infer<typeof tier>;
  readonly pieces: Readonly<Record<'A' | 'B' | 'C', number>>;
  /** Records per catalogue category (keys outside the catalogue are dropped). */
  readonly byCategory: Readonly<Partial<Record<CategoryKey, number>>>;
  readonly persons: number;
  /** False: no person key, so `persons` is the distinct-record upper bound. */
  readonly personsKeyed: boolean;
  readonly minorsPresent: boolean;
  readonly records: number;
  readonly duties: readonly EstimateDuty[];
  readonly relatedOffences: readonly { id: string; records: number; en: string; zh: string; basis: string }[];
  readonly assessment: z.infer<typeof resultSchema>['assessment'];
  readonly parts: readonly EstimatePart[];
}

/** A parse outcome: the result, or one line saying what is wrong (without the file name). */
export type EstimateParse =
  { readonly ok: true; readonly value: EstimateResult } | { readonly ok: false; readonly error: string };

const categoriesOf = (columns: readonly { category: string | null }[]): CategoryKey[] => [
  ...new Set(columns.flatMap((c) => (c.category !== null && isCategoryKey(c.category) ? [c.category] : []))),
];

/** Reads the text of an estimate JSON file named `source`. */
export function parseEstimateResult(text: string, source: string): EstimateParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` (${issue.path.join('.')})`;
    return { ok: false, error: `not a "pilens estimate --format json" result${where}` };
  }
  const r = parsed.data;
  const byCategory: Partial<Record<CategoryKey, number>> = {};
  for (const [key, n] of Object.entries(r.byCategory)) if (isCategoryKey(key)) byCategory[key] = n;
  return {
    ok: true,
    value: {
      source,
      tier: r.tier,
      pieces: r.pieces,
      byCategory,
      persons: r.persons,
      personsKeyed: r.counts.personsKeyed,
      minorsPresent: r.counts.minorsPresent,
      records: r.records,
      duties: r.duties,
      relatedOffences: r.relatedOffences,
      assessment: r.assessment,
      parts: r.parts.map((p) => ({
        file: p.source?.table !== undefined ? `${p.source.engine}: ${p.source.table}` : p.file,
        records: p.records,
        categories: categoriesOf(p.columns),
        incomplete: (p.errors ?? []).length > 0,
      })),
    },
  };
}
