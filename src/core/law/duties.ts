/**
 * Administrative duties under the PIPL, the 2024 cross-border Provisions, the certification
 * Measures, the Audit Measures, the NDSMR, the Regulations on the Protection of Minors Online
 * and the face-recognition Measures (each article and its confidence in
 * docs/legal-basis.md). Face-recognition filing covers face information processed with that
 * technology only; a compliance audit is due at any size (PIPL Art. 54); separate consent only
 * where processing relies on consent (Art. 13, 29); minors under 18 add an annual audit; a duty
 * whose trigger is only a national standard's sensitivity list is partially verified. The
 * counting unit here is natural persons (人), never pieces.
 */
import { getCategory } from './categories.js';
import { DUTY_TEXT, type DutyTextId } from './dutyText.js';
import { citation } from './instruments.js';
import type { Basis, CategoryKey } from './schema.js';

/** Persons thresholds, each with its source and confidence. */
export const ADMIN_THRESHOLDS = {
  /** 2024 Provisions Art. 5(4): exempt below 100,000 persons of non-sensitive PI. PARTIALLY VERIFIED. */
  crossBorderExemptBelow: 100_000,
  /** 2024 Provisions Art. 7: security assessment from 1,000,000 persons (non-sensitive). PARTIALLY VERIFIED. */
  crossBorderAssessmentFrom: 1_000_000,
  /** 2024 Provisions Art. 7/8: sensitive PI — under 10,000 persons contract, from 10,000 assessment. PARTIALLY VERIFIED. */
  crossBorderSensitiveAssessmentFrom: 10_000,
  /** Audit Measures Art. 12 (via CAC Q&A): PI protection officer from 1,000,000 persons. PARTIALLY VERIFIED. */
  protectionOfficerFrom: 1_000_000,
  /** Audit Measures Art. 4 (via Xinhua): audit at least every two years above 10,000,000 persons ("超过"). PARTIALLY VERIFIED. */
  biennialAuditAbove: 10_000_000,
  /** NDSMR Art. 28: "1000万人以上", i.e. from 10,000,000 persons. VERIFIED. */
  ndsmrArt28From: 10_000_000,
  /** Face-recognition Measures Art. 15: filing from 100,000 persons of stored face information. PARTIALLY VERIFIED. */
  faceFilingFrom: 100_000,
} as const;

export interface DutyInput {
  /** Distinct natural persons in the data. */
  readonly persons: number;
  /** Persons whose sensitive PI is present. */
  readonly sensitivePersons: number;
  /** Persons whose face information (the `face` category, not other biometrics) is stored. */
  readonly facePersons: number;
  /** Keys of the sensitive categories present under the chosen reading (named in the text). */
  readonly sensitiveCategories: readonly CategoryKey[];
  /** Minors under 14 present (PIPL Art. 28, 31). */
  readonly minorsPresent: boolean;
  /** Minors under 18 present (Regulations on the Protection of Minors Online Art. 37); implied by under-14s. */
  readonly minorsU18Present?: boolean;
}

export interface Duty {
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  /** The citations in English, for the JSON contract and the English report. */
  readonly basis: string;
  readonly cites: readonly Basis[];
  readonly confidence: 'verified' | 'partial';
}

function checkCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${String(n)}`);
}

/** A duty from its text entry, with what fills its blanks. */
function duty(id: DutyTextId, fill: { en?: string; zh?: string } = {}, partial = false): Duty {
  const t: { id?: string; en: string; zh: string; cites: readonly Basis[] } = DUTY_TEXT[id];
  const confidence = partial || t.cites.some((c) => c.confidence !== 'verified') ? 'partial' : 'verified';
  return {
    id: t.id ?? id,
    en: t.en.replace('{}', fill.en ?? ''),
    zh: t.zh.replace('{}', fill.zh ?? ''),
    basis: t.cites.map((c) => citation(c.instrument, c.article, 'en')).join('; '),
    cites: t.cites,
    confidence,
  };
}

function crossBorder(input: DutyInput, sensitivePresent: boolean): Duty {
  const t = ADMIN_THRESHOLDS;
  const persons = Math.max(input.persons, input.sensitivePersons);
  if (
    persons >= t.crossBorderAssessmentFrom ||
    input.sensitivePersons >= t.crossBorderSensitiveAssessmentFrom
  )
    return duty('cross_border_security_assessment');
  if (persons >= t.crossBorderExemptBelow || sensitivePresent) return duty('cross_border_standard_contract');
  return duty('cross_border_exempt');
}

/**
 * Whether every sensitive category present is sensitive only by a national standard (not
 * named in PIPL Art. 28): the duties then rest on the standard and are partially verified.
 */
function standardOnly(input: DutyInput): boolean {
  if (input.minorsPresent) return false;
  const keys = input.sensitiveCategories;
  // A category only partly named in Art. 28 (property) is not known to be of the named part.
  return keys.length > 0 && keys.every((k) => !namedInArt28(k));
}

function namedInArt28(key: CategoryKey): boolean {
  const category = getCategory(key);
  return category.piplSensitive === 'yes' && category.sensitivityScope === undefined;
}

/** The remark a standard-only duty carries: the standard, or which part of a category Art. 28 names. */
function standardRemark(input: DutyInput): { en: string; zh: string } {
  const scoped = input.sensitiveCategories.flatMap((k) => getCategory(k).sensitivityScope?.remark ?? []);
  const plain = input.sensitiveCategories.some((k) => getCategory(k).piplSensitive === 'std');
  if (plain || scoped.length === 0)
    return {
      en: [DUTY_TEXT.standard_only.en, ...scoped.map((p) => p.en)].join(' '),
      zh: [DUTY_TEXT.standard_only.zh, ...scoped.map((p) => p.zh)].join(''),
    };
  return {
    en: `${scoped.map((p) => p.en).join(' ')} Partially verified.`,
    zh: `${scoped.map((p) => p.zh).join('')}部分核实。`,
  };
}

/**
 * The administrative duties the data triggers, most general first. Cross-border duties are
 * always listed (they apply only if the data is provided abroad, which the text says), and so
 * is the regular compliance audit, which every processor owes (PIPL Art. 54).
 */
export function administrativeDuties(input: DutyInput): Duty[] {
  checkCount('persons', input.persons);
  checkCount('sensitivePersons', input.sensitivePersons);
  checkCount('facePersons', input.facePersons);
  const t = ADMIN_THRESHOLDS;
  const duties: Duty[] = [];
  const sensitivePresent =
    input.sensitivePersons > 0 || input.sensitiveCategories.length > 0 || input.minorsPresent;
  const which = input.sensitiveCategories.length > 0 ? ` (${input.sensitiveCategories.join(', ')})` : '';
  const whichZh = input.sensitiveCategories.length > 0 ? `（${input.sensitiveCategories.join('、')}）` : '';

  if (sensitivePresent) {
    const std = standardOnly(input);
    const note = standardRemark(input);
    const remark = (d: Duty): Duty => (std ? { ...d, en: `${d.en} ${note.en}`, zh: `${d.zh}${note.zh}` } : d);
    duties.push(
      remark(duty('separate_consent', { en: which, zh: whichZh }, std)),
      remark(duty('impact_assessment', {}, std)),
    );
  }
  if (input.minorsPresent) duties.push(duty('minors_u14'));
  if (input.minorsPresent || input.minorsU18Present === true) duties.push(duty('minors_annual_audit'));
  duties.push(crossBorder(input, sensitivePresent));
  if (input.persons >= t.protectionOfficerFrom) duties.push(duty('protection_officer'));
  if (input.persons > 0 || sensitivePresent)
    duties.push(
      duty(input.persons > t.biennialAuditAbove ? 'compliance_audit_biennial' : 'compliance_audit'),
    );
  if (input.persons >= t.ndsmrArt28From) duties.push(duty('ndsmr_art28'));
  if (input.facePersons >= t.faceFilingFrom) duties.push(duty('face_filing'));
  return duties;
}
