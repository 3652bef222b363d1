/** Phone numbers, bank cards and device identifiers: digit strings with checksums. */

/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit that completes `partial`. */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + String(d))) return String(d);
  return '0';
}

/**
 * Mainland mobile numbers: 11 digits starting 13–19, optionally with +86/0086 and spaces or
 * hyphens in the usual 3-4-4 grouping.
 */
export function isMobile(value: string): boolean {
  const v = value.trim().replace(/^(?:\+86|0086|86)[\s-]?/, '');
  return /^1[3-9]\d(?:[\s-]?\d{4}){2}$/.test(v);
}

/**
 * Bank card numbers: 15–19 digits (spaces allowed in groups of four) passing Luhn, with an
 * issuer prefix of a scheme used in China (UnionPay 62/60/9, Visa 4, Mastercard 5/2, Amex
 * 34/37, JCB 35).
 */
export function isBankCard(value: string): boolean {
  const v = value.trim().replace(/[\s-]/g, '');
  if (!/^\d{15,19}$/.test(v)) return false;
  if (!/^(?:62|60|9|4|5[1-5]|2[2-7]|3[47]|35)/.test(v)) return false;
  if (v.length === 15 && !/^3[47]/.test(v)) return false;
  return luhnValid(v);
}

/** IMEI: 15 digits passing Luhn (the 16-digit IMEISV has no check digit and is not matched). */
export function isImei(value: string): boolean {
  const v = value.trim();
  return /^\d{15}$/.test(v) && !/^0+$/.test(v) && luhnValid(v);
}

/** MAC addresses in colon, hyphen or dotted form; the all-zero and broadcast addresses excluded. */
export function isMac(value: string): boolean {
  const v = value.trim();
  const ok =
    /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/.test(v) ||
    /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/.test(v);
  if (!ok) return false;
  const hex = v.replace(/[:.-]/g, '').toUpperCase();
  return hex !== '000000000000' && hex !== 'FFFFFFFFFFFF';
}
