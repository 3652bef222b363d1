/**
 * PRC resident identity numbers (居民身份证号码, GB 11643-1999): 6-digit region, 8-digit birth
 * date, 3-digit sequence and a mod-11 check character. Legacy 15-digit numbers carry a 6-digit
 * date (19YYMMDD) and no check character.
 */
import { isValidDate } from './dates.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level region codes (the first two digits) in use since 1999. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

/** The check character for the first 17 digits of an 18-digit number, or null if not digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? null;
}

/**
 * Whether `value` is a valid 18-digit resident ID (region, birth date not after `today`,
 * check character; a lower-case x is accepted) or a valid 15-digit legacy ID.
 */
export function isResidentId(value: string, today: Date = new Date()): boolean {
  const v = value.trim();
  if (v.length === 18) {
    if (!/^\d{17}[\dXx]$/.test(v)) return false;
    if (!PROVINCES.has(Number(v.slice(0, 2)))) return false;
    const y = Number(v.slice(6, 10));
    if (y < 1900 || !isValidDate(y, Number(v.slice(10, 12)), Number(v.slice(12, 14)), today)) return false;
    return residentIdCheckChar(v.slice(0, 17)) === v[17]?.toUpperCase();
  }
  if (v.length === 15) {
    if (!/^\d{15}$/.test(v) || !PROVINCES.has(Number(v.slice(0, 2)))) return false;
    return isValidDate(1900 + Number(v.slice(6, 8)), Number(v.slice(8, 10)), Number(v.slice(10, 12)), today);
  }
  return false;
}

/** The birth date (YYYY-MM-DD) encoded in a valid resident ID, or null. */
export function residentIdBirthDate(value: string): string | null {
  const v = value.trim();
  if (!isResidentId(v)) return null;
  const d = v.length === 18 ? v.slice(6, 14) : `19${v.slice(6, 12)}`;
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}
