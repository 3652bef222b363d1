/**
 * Identity documents other than the resident ID, vehicle plates, and the unified social credit
 * code (an entity's number: evidence that a column is NOT personal).
 */

/**
 * PRC passports (E + 8 characters, legacy G/D/S/P + 8 digits), exit-entry permits for Hong Kong
 * and Macau (C…), Taiwan (L…), and home-return permits (H/M + 8 or 10 digits).
 */
export function isPassportOrPermit(value: string): boolean {
  const v = value.trim().toUpperCase();
  return (
    /^E[0-9A-HJ-NP-Z]\d{7}$/.test(v) ||
    /^[GDSP]\d{8}$/.test(v) ||
    /^C[0-9A-HJ-NP-Z]\d{7}$/.test(v) ||
    /^L\d{8}$/.test(v) ||
    /^[HM]\d{8}(?:\d{2})?$/.test(v)
  );
}

const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(
  `^[${PLATE_PROVINCES}][A-HJ-NP-Z][·\\s]?(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF])$`,
);

/** Mainland licence plates, ordinary (5 characters after the region) and new-energy (6). */
export function isLicencePlate(value: string): boolean {
  return PLATE.test(value.trim().toUpperCase());
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a unified social credit code. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = USCC_CHARS.indexOf(first17[i] ?? '');
    if (code < 0) return null;
    sum += code * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? null;
}

/** Unified social credit code (统一社会信用代码, GB 32100-2015) with a valid check character. */
export function isUscc(value: string): boolean {
  const v = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/.test(v)) return false;
  return usccCheckChar(v.slice(0, 17)) === v[17];
}
