/**
 * Names that are values: a JSON key that is a phone number, a table called `u_13431793823`, a
 * column named with an ID number. Reports print and baselines store names, so a name must never
 * carry a raw personal value (test/unit/values/names.test.ts). This is the one rule; every place
 * that shows or stores a name (estimate reports, scan findings, the baseline) goes through
 * `maskNameValues`.
 */
import { classifyValue, isEmail, maskValue, type ValueKindId } from './index.js';

/**
 * Kinds that single a value out by their shape or checksum: an identifier wherever it stands.
 * Vocabulary-based kinds (a Chinese name, an address) are left out: most header words start
 * with a surname character (房产, 金额). The dataset's person keys add those to this set.
 */
export const SHAPED_IDENTIFIER_KINDS: ReadonlySet<ValueKindId> = new Set<ValueKindId>([
  'resident_id',
  'passport_permit',
  'bank_card',
  'mobile',
  'email',
  'imei',
  'mac',
  'ipv4',
  'ipv6',
  'licence_plate',
]);

// A run of 11 or more digits in a name is an ID, phone or card number even with a wrong check
// digit (a typo'd ID is still a person's); no real identifier needs one.
const LONG_NUMBER = /^\d{11,}[Xx]?$/;

// Every kind above has at least three digits (a plate's serial keeps three; e-mails have '@'), so
// the tokens of ordinary names and evidence (`VARCHAR(18)`, `field2`) skip the value checkers.
const FEW_DIGITS = /^[^\d@]*(?:\d[^\d@]*){0,2}$/;

// The shortest of those kinds is seven characters (`京A12345`, `1.2.3.4`; an ID or phone number
// is longer); only an e-mail or an IPv6 address (`::1`) can be shorter.
const MIN_VALUE_LENGTH = 7;

// A token of ASCII letters and digits with at most six digits (`Member123x456`, `MemberEntity1024`:
// a generated file's owners) is none of those kinds either: a passport or permit number needs
// seven digits, a mobile eleven, a resident ID, bank card or IMEI fifteen; e-mails, MAC and IP
// addresses need '@', ':', '-' or '.', plates a province's character, masked values a mask
// character. So `classifyValue`, which tries every kind, is not asked (issue 8: it was most of
// the masking of a scan's new owners).
const PLAIN_FEW_DIGITS = /^[A-Za-z]*(?:\d[A-Za-z]*){0,6}$/;

function isValue(token: string): boolean {
  if (FEW_DIGITS.test(token) || PLAIN_FEW_DIGITS.test(token)) return false;
  const email = token.includes('@');
  if (token.length < MIN_VALUE_LENGTH && !email && !token.includes(':')) return false;
  // Only an e-mail holds '_' (`t_member_123` is split on it and its parts checked instead).
  if (!email && token.includes('_')) return false;
  if (LONG_NUMBER.test(token)) return true;
  const hit = classifyValue(token);
  return hit !== null && SHAPED_IDENTIFIER_KINDS.has(hit.kind);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
// Separators of dotted paths, SQL identifiers, file#table labels and prose.
const TOKEN = /[^\s.\-#/\\:,;'"`()[\]{}<>=|]+/g;
// Digits inside a longer token (`u13431793823`, `user_13431793823` after splitting on `_`).
const DIGITS = /\d{7,}[Xx]?/g;

/** `name` with every personal value in it masked; names holding none come back unchanged. */
export function maskNameValues(name: string): string {
  // Every value masked below needs three digits or an '@' (see FEW_DIGITS), and ordinary names
  // (`realName2`, `VARCHAR(18)`) are most of what a scan shows: they return before any regex.
  if (!mayHoldValue(name)) return name;
  const emails = name.includes('@') ? name.replace(EMAIL, (m) => (isEmail(m) ? maskValue(m) : m)) : name;
  return emails.replace(IPV4, (m) => (isValue(m) ? maskValue(m) : m)).replace(TOKEN, maskToken);
}

function maskToken(token: string): string {
  if (isValue(token)) return maskValue(token);
  // Without `_` the only part is the token itself, already found not to be a value.
  if (!token.includes('_')) return maskDigitRuns(token);
  return token
    .split('_')
    .map((part) => (isValue(part) ? maskValue(part) : maskDigitRuns(part)))
    .join('_');
}

function maskDigitRuns(part: string): string {
  return part.replace(DIGITS, (d) => (isValue(d) ? maskValue(d) : d));
}

/** Three digits or an '@' somewhere in `name`: the least any masked value holds. */
function mayHoldValue(name: string): boolean {
  let digits = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 64 /* @ */ || (c >= 48 && c <= 57 && ++digits === 3)) return true;
  }
  return false;
}

/**
 * Masked names kept across passes: a scan's owners and evidence repeat, and an editor's
 * re-scan after an edit shows the same names again (issue 8: masking owners such as
 * `Member12x3`, which hold digits enough to be checked, was a tenth of a Go re-scan). Emptied
 * when it grows past its bound, so memory stays flat over a workspace.
 */
const maskedNames = new Map<string, string>();
const MASKED_NAMES_BOUND = 20_000;

/** `maskNameValues`, each distinct name that may hold a value masked once (kept across scans). */
function maskedName(name: string): string {
  if (!mayHoldValue(name)) return name;
  let masked = maskedNames.get(name);
  if (masked === undefined) {
    masked = maskNameValues(name);
    if (maskedNames.size >= MASKED_NAMES_BOUND) maskedNames.clear();
    maskedNames.set(name, masked);
  }
  return masked;
}

/**
 * `maskNameValues` for one pass over many names (a scan's findings, whose owners and evidence
 * repeat): each distinct name that may hold a value is masked once, and the answer is kept for
 * later passes.
 */
export function nameMasker(): (name: string) => string {
  return maskedName;
}

/** Whether `name` is, or contains, a personal value (a key that is a phone number). */
export function isValueLikeName(name: string): boolean {
  return maskNameValues(name) !== name;
}
