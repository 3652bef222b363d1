/**
 * Assessment: the counted pieces and persons of every part of a dataset, put through the legal
 * model (LAW's tier arithmetic and administrative duties) into the report model.
 */
import { isSensitiveCategory } from '../law/categories.js';
import type { ContestedReading } from '../law/schema.js';
import { administrativeDuties, type Duty } from '../law/duties.js';
import { CARD_DATA } from '../law/wording.js';
import type { CategoryKey, LegalClass } from '../law/schema.js';
import { assessTier, type Conduct, type TierAssessment } from '../law/tiers.js';
import { maskNameValues } from '../values/names.js';
import { countPersons, type RecordCounter } from './count.js';
import { CARD_BIT, CATEGORY_BITS, CLASS_BY_CODE, classOf } from './plan.js';
import type { ColumnProfile } from './profile.js';
import type { DataSource, EstimateReport, RelatedOffence, ReportPart } from './report.js';

/** One file (or one table of a SQL dump), profiled and counted. */
export interface DatasetPart {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly bytes: number;
  readonly columns: readonly ColumnProfile[];
  readonly personKey: string | null;
  /** Well-formed records read, and malformed rows. */
  readonly records: number;
  readonly malformed: number;
  readonly notes: readonly string[];
  /** Why the file was not read, or not read to its end (the counts are then a lower bound). */
  readonly errors?: readonly string[];
  /** For a database table or query: where it was counted (never credentials). */
  readonly source?: DataSource;
}

export interface AssessOptions {
  readonly conduct: Conduct;
  readonly insider: boolean;
  readonly gainsCny?: number | undefined;
  readonly priorRecord: boolean;
  /** Art. 5(1)(1): whereabouts used by another in a crime; undefined when not asked. */
  readonly whereaboutsUsedInCrime?: boolean | undefined;
  /** Art. 5(1)(2): supplied to someone known to use PI for crimes; undefined when not asked. */
  readonly knownCriminalRecipient?: boolean | undefined;
  /** The contested reading, for contested sensitivity (`id_number_sensitivity`); default strict. */
  readonly reading?: ContestedReading | undefined;
}

// Kept where the estimators have always found it; the law model owns it.
export { isSensitiveCategory };

/**
 * What one counted table contributes to a report: its pieces per class and category, its
 * records with and without PI, and its distinct persons. A file's counter gives it (tallyCounter);
 * a database gives it from the aggregates of the counting SQL (sql/tally.ts).
 */
export interface CountTally {
  readonly withPi: number;
  readonly withoutPi: number;
  readonly distinct: number;
  readonly pieces: Readonly<Record<LegalClass, number>>;
  readonly byCategory: Readonly<Partial<Record<CategoryKey, number>>>;
  readonly cardRecords: number;
  readonly persons: { readonly all: number; readonly sensitive: number; readonly face: number };
  /** False when the table had no person key (persons is then 0: the distinct records stand in). */
  readonly keyed: boolean;
}

/** A counter's tally: its distinct records' masks read back as classes and categories. */
export function tallyCounter(c: RecordCounter, withPersons = true): CountTally {
  const pieces: Record<LegalClass, number> = { A: 0, B: 0, C: 0 };
  const byCategory: Partial<Record<CategoryKey, number>> = {};
  let cardRecords = 0;
  c.forEachCounted((packed, n) => {
    pieces[CLASS_BY_CODE[classOf(packed)] ?? 'C'] += n;
    if ((packed & CARD_BIT) !== 0) cardRecords += n;
    const mask = packed & CATEGORY_BITS;
    c.plan.categories.forEach((key, bit) => {
      if ((mask & (1 << bit)) !== 0) byCategory[key] = (byCategory[key] ?? 0) + n;
    });
  });
  return {
    withPi: c.withPi,
    withoutPi: c.withoutPi,
    distinct: c.distinctRecords,
    pieces,
    byCategory,
    cardRecords,
    persons: withPersons ? c.persons : { all: 0, sensitive: 0, face: 0 },
    keyed: c.plan.personKey >= 0,
  };
}

/**
 * Adds up the counters (pieces add up across files; files with the same columns share a
 * counter, so duplicates across them are removed too), assesses the tier and the duties, and
 * returns the report model. `parts` describe the files for the report.
 */
export function assessDataset(
  parts: readonly DatasetPart[],
  counters: readonly RecordCounter[],
  options: AssessOptions,
): EstimateReport {
  // One counter: its own persons; several: the union, so a person in two files counts once.
  const one = counters.length === 1;
  const tallies = counters.map((c) => tallyCounter(c, one));
  const persons = one ? undefined : countPersons(counters.map((c) => c.personHashes));
  return assessTallies(parts, tallies, options, persons);
}

/**
 * Assesses tallies. `union` is the distinct persons across them when known (hashes merged);
 * without it each tally's persons add up, an upper bound when a person is in two tables.
 */
export function assessTallies(
  parts: readonly DatasetPart[],
  tallies: readonly CountTally[],
  options: AssessOptions,
  union?: { readonly all: number; readonly sensitive: number; readonly face: number },
): EstimateReport {
  const pieces: Record<LegalClass, number> = { A: 0, B: 0, C: 0 };
  const byCategory: Partial<Record<CategoryKey, number>> = {};
  let records = 0;
  let withPi = 0;
  let distinct = 0;
  let malformed = 0;
  let withoutPi = 0;
  let bytes = 0;
  let keyed = tallies.length > 0;
  const minors = parts.some((p) => p.columns.some((col) => col.minorShare > 0));
  const minorsU18 = minors || parts.some((p) => p.columns.some((col) => (col.minorU18Share ?? 0) > 0));
  let cardRecords = 0;
  const sensitiveCategories = new Set<CategoryKey>();
  for (const part of parts) {
    records += part.records;
    malformed += part.malformed;
    bytes += part.bytes;
  }
  const summed = { all: 0, sensitive: 0, face: 0 };
  for (const t of tallies) {
    withPi += t.withPi;
    withoutPi += t.withoutPi;
    distinct += t.distinct;
    cardRecords += t.cardRecords;
    for (const k of ['A', 'B', 'C'] as const) pieces[k] += t.pieces[k];
    for (const [key, n] of Object.entries(t.byCategory) as [CategoryKey, number][]) {
      if (n === 0) continue;
      byCategory[key] = (byCategory[key] ?? 0) + n;
      if (isSensitiveCategory(key, options.reading)) sensitiveCategories.add(key);
    }
    summed.all += t.persons.all;
    summed.sensitive += t.persons.sensitive;
    summed.face += t.persons.face;
    if (!t.keyed) keyed = false;
  }
  const persons = union ?? summed;
  // Without a person key, distinct PI records are an upper bound on persons.
  const personCount = keyed ? persons.all : distinct;
  const tier: TierAssessment = assessTier({
    pieces,
    conduct: options.conduct,
    insider: options.insider,
    gainsCny: options.gainsCny,
    priorRecord: options.priorRecord,
    whereaboutsUsedInCrime: options.whereaboutsUsedInCrime,
    knownCriminalRecipient: options.knownCriminalRecipient,
  });
  const hasSensitive = sensitiveCategories.size > 0;
  const duties: Duty[] = administrativeDuties({
    persons: personCount,
    sensitivePersons: keyed ? persons.sensitive : hasSensitive ? personCount : 0,
    facePersons: keyed ? persons.face : (byCategory.face ?? 0),
    sensitiveCategories: [...sensitiveCategories],
    minorsPresent: minors,
    minorsU18Present: minorsU18,
  });
  // Counted apart from the Art. 253-1 pieces: a different offence, counted in cards.
  const related: RelatedOffence[] =
    cardRecords === 0
      ? []
      : [
          {
            id: 'card_information',
            records: cardRecords,
            en: CARD_DATA.en,
            zh: CARD_DATA.zh,
            basis: 'Criminal Law Art. 177-1(2); 法释〔2009〕19号 Art. 3',
            confidence: 'partial',
          },
        ];
  const columns = parts.flatMap((p) =>
    p.columns.filter((c) => c.category !== null || c.source === 'override'),
  );
  const reportParts: ReportPart[] = parts.map((p) => ({
    // A table named with a value (`u_13431793823`) is masked like a column.
    file: maskNameValues(p.file),
    format: p.format,
    encoding: p.encoding,
    bytes: p.bytes,
    records: p.records,
    malformed: p.malformed,
    personKey: p.personKey,
    columns: p.columns,
    notes: p.notes.map(maskNameValues),
    ...(p.errors !== undefined && p.errors.length > 0 ? { errors: p.errors.map(maskNameValues) } : {}),
    ...(p.source !== undefined ? { source: p.source } : {}),
  }));
  return {
    version: 1,
    tier: tier.tier,
    ratio: tier.ratio,
    pieces,
    byCategory,
    persons: personCount,
    records,
    columns: columns.map((c) => ({ name: c.name, category: c.category, source: c.source, share: c.share })),
    duties,
    bytes,
    counts: {
      recordsWithPi: withPi,
      distinctRecordsWithPi: distinct,
      duplicates: withPi - distinct,
      withoutPi,
      malformed,
      personsKeyed: keyed,
      minorsPresent: minors,
      minorsU18Present: minorsU18,
      cardRecords,
    },
    relatedOffences: related,
    assessment: { ...options, ...tier },
    parts: reportParts,
  };
}
