/**
 * The estimate report model (the `estimate --format json` contract, then extra fields) and its JSON
 * rendering. Dataset values never enter the model: counts, categories, evidence and masked
 * examples only.
 */
import type { Duty } from '../law/duties.js';
import type { CategoryKey, LegalClass } from '../law/schema.js';
import type { TierAssessment, Conduct } from '../law/tiers.js';
import type { ColumnProfile, ColumnSource } from './profile.js';

export interface ReportColumn {
  readonly name: string;
  readonly category: CategoryKey | null;
  readonly source: ColumnSource;
  readonly share: number | null;
}

export interface ReportPart {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly bytes: number;
  readonly records: number;
  readonly malformed: number;
  readonly personKey: string | null;
  readonly columns: readonly ColumnProfile[];
  readonly notes: readonly string[];
  /** Present when the file was not read, or not to its end: its counts are then a lower bound. */
  readonly errors?: readonly string[];
  /** Present for a database table or query counted where it lives. */
  readonly source?: DataSource;
}

/** A database table (or query) counted in place: the engine, database and table, never credentials. */
export interface DataSource {
  readonly engine: string;
  /** The database, when pilens connected to it. */
  readonly database?: string;
  /** The table as named (schema-qualified when given so); absent for `--query`. */
  readonly table?: string;
  /** Present for `--query`: the counted rows were the query's. */
  readonly query?: true;
  /** How the counts were made: `in-database` (generated SQL) or `counts-file` (`--counts`). */
  readonly counted: 'in-database' | 'counts-file';
}

export interface ReportCounts {
  readonly recordsWithPi: number;
  readonly distinctRecordsWithPi: number;
  readonly duplicates: number;
  readonly withoutPi: number;
  readonly malformed: number;
  /** False when some part had no person key: persons is then the distinct-record upper bound. */
  readonly personsKeyed: boolean;
  readonly minorsPresent: boolean;
  /** Minors under 18 among the resident IDs sampled (implied by under-14s). */
  readonly minorsU18Present: boolean;
  /** Records with card data sufficient to transact (card number plus expiry, CVV, PIN or password). */
  readonly cardRecords: number;
}

/** An offence besides Art. 253-1 that the counted data points to, with its own count. */
export interface RelatedOffence {
  readonly id: 'card_information';
  /** Records (one card each) carrying the data. */
  readonly records: number;
  readonly en: string;
  readonly zh: string;
  readonly basis: string;
  readonly confidence: 'partial';
}

export interface ReportAssessment extends TierAssessment {
  readonly conduct: Conduct;
  readonly insider: boolean;
  readonly gainsCny?: number | undefined;
  readonly priorRecord: boolean;
  readonly whereaboutsUsedInCrime?: boolean | undefined;
  readonly knownCriminalRecipient?: boolean | undefined;
  readonly reading?: string | undefined;
}

/** The report model; the first ten keys are the §5 contract, in its order. */
export interface EstimateReport {
  readonly version: 1;
  readonly tier: TierAssessment['tier'];
  readonly ratio: number;
  readonly pieces: Readonly<Record<LegalClass, number>>;
  readonly byCategory: Readonly<Partial<Record<CategoryKey, number>>>;
  readonly persons: number;
  /** Records read (well-formed), with or without PI. */
  readonly records: number;
  readonly columns: readonly ReportColumn[];
  readonly duties: readonly Duty[];
  readonly bytes: number;
  readonly counts: ReportCounts;
  readonly relatedOffences: readonly RelatedOffence[];
  readonly assessment: ReportAssessment;
  readonly parts: readonly ReportPart[];
}

/** Every file not read, or not read to its end, with the reason: the result is then incomplete. */
export function reportErrors(report: EstimateReport): { readonly file: string; readonly reason: string }[] {
  return report.parts.flatMap((p) => (p.errors ?? []).map((reason) => ({ file: p.file, reason })));
}

/** The JSON document of `pilens estimate --format json` (ratio rounded to 4 decimals). */
export function reportToJson(report: EstimateReport): string {
  const rounded = { ...report, ratio: Math.round(report.ratio * 10000) / 10000 };
  return JSON.stringify(rounded, null, 2);
}
