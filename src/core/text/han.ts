/**
 * What counts as a Chinese character everywhere in pilens: the CJK Unified Ideographs (basic
 * block and extension A) and the compatibility block. One definition for identifiers, values and
 * dataset headers, so a rare character (㐀, 﨑) is Chinese in all of them or in none.
 */

/** Whether the UTF-16 code unit `code` is a Chinese character. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** The same set as a regular-expression class body, for patterns (`new RegExp(`^[${HAN}]{2,4}$`)`). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** Whether `text` holds at least one Chinese character. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}
