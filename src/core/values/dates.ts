/** Calendar dates and dates of birth. */

/** Whether y-m-d is a real calendar date not after `today`. */
export function isValidDate(y: number, m: number, d: number, today: Date = new Date()): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return false;
  return Date.UTC(y, m - 1, d) <= today.getTime();
}

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

/**
 * Whether `value` reads as a date of birth: a real date in a common Chinese or ISO form, from
 * 1900 up to `today`. A bare date is weak evidence on its own (orders have dates too).
 */
export function isBirthDate(value: string, today: Date = new Date()): boolean {
  const v = value.trim();
  if (v.length < 8 || v.length > 11) return false;
  for (const form of DATE_FORMS) {
    const m = form.exec(v);
    if (m === null) continue;
    const y = Number(m[1]);
    return y >= 1900 && isValidDate(y, Number(m[2]), Number(m[3]), today);
  }
  return false;
}

/** Age in whole years on `today` for a YYYY-MM-DD birth date. */
export function ageOn(birth: string, today: Date = new Date()): number {
  const [y, m, d] = birth.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return Number.NaN;
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}
