/**
 * Value validators and the table that maps each recognised kind of value to a legal category.
 * Pure functions over strings; the dataset profiler runs them on sampled column values.
 */
import type { CategoryKey } from '../law/schema.js';
import { isChineseAddress, isChineseName } from './chinese.js';
import { isBirthDate } from './dates.js';
import { isLicencePlate, isPassportOrPermit, isUscc } from './documents.js';
import { isChinaCoordinatePair } from './geo.js';
import { maskedKind } from './masked.js';
import { isEmail, isIpv4, isIpv6 } from './network.js';
import { isBankCard, isImei, isMac, isMobile } from './numbers.js';
import { isResidentId } from './residentId.js';

export { isResidentId, residentIdCheckChar, residentIdBirthDate } from './residentId.js';
export { isBankCard, isImei, isMac, isMobile, luhnValid, luhnCheckDigit } from './numbers.js';
export { isEmail, isIpv4, isIpv6 } from './network.js';
export { isLicencePlate, isPassportOrPermit, isUscc, usccCheckChar } from './documents.js';
export { isChinaCoordinatePair, isChinaLatitude, isChinaLongitude } from './geo.js';
export { isChineseAddress, isChineseName, COMMON_SURNAMES, PROVINCE_NAMES } from './chinese.js';
export { isPlaceName, PLACE_NAMES } from './places.js';
export { isBirthDate, isValidDate, ageOn } from './dates.js';
export { maskState, maskedKind, type MaskState } from './masked.js';
export { maskValue } from './mask.js';

export type ValueKindId =
  | 'resident_id'
  | 'passport_permit'
  | 'uscc'
  | 'bank_card'
  | 'mobile'
  | 'email'
  | 'imei'
  | 'mac'
  | 'ipv4'
  | 'ipv6'
  | 'coordinates'
  | 'licence_plate'
  | 'birth_date'
  | 'address'
  | 'chinese_name';

/** A kind of value and the category it evidences (`null`: an entity's identifier, not PI). */
export interface ValueKind {
  readonly id: ValueKindId;
  /** Plural noun for evidence text: "97 % of sampled values are valid resident IDs". */
  readonly label: string;
  readonly category: CategoryKey | null;
  /** A date alone is weak: it confirms a header reading but does not classify a column. */
  readonly weak?: boolean;
  /**
   * Shape- and vocabulary-based kinds: the share of distinct values among the matches below
   * which a column is too uniform to classify from values alone (a column of 宁波, one office
   * IP, one shop address). Checksummed kinds leave it out: only a constant column is rejected.
   */
  readonly minDistinctShare?: number;
  readonly test: (value: string) => boolean;
}

/**
 * In priority order: when a value satisfies several validators (a 15-digit legacy ID can pass
 * Luhn), the first wins. Checksummed kinds come before shape-only ones.
 */
export const VALUE_KINDS: readonly ValueKind[] = [
  { id: 'resident_id', label: 'valid resident IDs', category: 'id_number', test: (v) => isResidentId(v) },
  { id: 'uscc', label: 'unified social credit codes (entities, not persons)', category: null, test: isUscc },
  { id: 'mobile', label: 'mobile numbers', category: 'contact', test: isMobile },
  { id: 'bank_card', label: 'bank card numbers (Luhn-valid)', category: 'property', test: isBankCard },
  { id: 'imei', label: 'IMEIs (Luhn-valid)', category: 'online_id', test: isImei },
  {
    id: 'passport_permit',
    label: 'passport or permit numbers',
    category: 'id_number',
    minDistinctShare: 0.02,
    test: isPassportOrPermit,
  },
  { id: 'email', label: 'e-mail addresses', category: 'contact', test: isEmail },
  { id: 'mac', label: 'MAC addresses', category: 'online_id', minDistinctShare: 0.02, test: isMac },
  { id: 'ipv4', label: 'IPv4 addresses', category: 'online_id', minDistinctShare: 0.02, test: isIpv4 },
  { id: 'ipv6', label: 'IPv6 addresses', category: 'online_id', minDistinctShare: 0.02, test: isIpv6 },
  {
    id: 'coordinates',
    label: 'coordinate pairs inside China',
    category: 'whereabouts',
    minDistinctShare: 0.02,
    test: isChinaCoordinatePair,
  },
  {
    id: 'licence_plate',
    label: 'licence plates',
    category: 'vehicle',
    minDistinctShare: 0.02,
    test: isLicencePlate,
  },
  {
    id: 'birth_date',
    label: 'plausible dates of birth',
    category: 'basic_profile',
    weak: true,
    test: (v) => isBirthDate(v),
  },
  {
    id: 'address',
    label: 'Chinese addresses',
    category: 'address',
    minDistinctShare: 0.05,
    test: isChineseAddress,
  },
  {
    id: 'chinese_name',
    label: 'Chinese personal names',
    category: 'name',
    minDistinctShare: 0.1,
    test: isChineseName,
  },
];

const byId = new Map<ValueKindId, ValueKind>(VALUE_KINDS.map((k) => [k.id, k]));

/** Fewer matches than this say nothing about a column's diversity. */
export const DIVERSITY_MIN_MATCHES = 10;

/**
 * Whether `distinct` different values among `matched` matches of `kind` are too uniform for the
 * values alone to classify the column: a constant column (one distinct value) never does, and a
 * shape- or vocabulary-based kind also needs its minimum share of distinct values.
 */
export function tooUniform(kind: ValueKindId, matched: number, distinct: number): boolean {
  if (matched < DIVERSITY_MIN_MATCHES) return false;
  if (distinct <= 1) return true;
  return distinct < (valueKind(kind).minDistinctShare ?? 0) * matched;
}

/** The kind for an id. */
export function valueKind(id: ValueKindId): ValueKind {
  const kind = byId.get(id);
  if (kind === undefined) throw new Error(`unknown value kind ${id}`);
  return kind;
}

/**
 * The first kind `value` satisfies, the kind a masked value was (`masked: true`), or null.
 * Values longer than 200 characters are not examined (free text is never an identifier).
 */
export function classifyValue(value: string): { kind: ValueKindId; masked: boolean } | null {
  const v = value.trim();
  if (v === '' || v.length > 200) return null;
  for (const kind of VALUE_KINDS) if (kind.test(v)) return { kind: kind.id, masked: false };
  const masked = maskedKind(v);
  return masked === null ? null : { kind: masked, masked: true };
}
