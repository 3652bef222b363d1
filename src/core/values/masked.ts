/**
 * Masked values. A value with some characters replaced by `*` (`138****5678`) is de-identified:
 * still personal information (PIPL Art. 73). A value that is all mask carries none.
 */
import { HAN } from '../text/han.js';

/** `张*`, `王**`: a Chinese name with its given name masked. */
const MASKED_HAN_NAME = new RegExp(`^[${HAN}][${HAN}*＊×●•]{1,3}$`);

const MASK_CHARS = /[*＊×●•]/;
const MASK_RUN = /[*＊×●•]+/g;
const MASK_ONLY = /^[\s*＊×●•xX#-]+$/;

export type MaskState = 'clear' | 'masked' | 'all_mask';

/** Whether the value is clear, partly masked (de-identified) or nothing but mask characters. */
export function maskState(value: string): MaskState {
  const v = value.trim();
  if (v === '' || !MASK_CHARS.test(v)) return 'clear';
  return MASK_ONLY.test(v) ? 'all_mask' : 'masked';
}

/**
 * The value kind a partly masked value was, judged from its visible shape: the mask replaced by
 * digits must still look like a mobile (11 digits starting 1), a resident ID (15 or 18 chars),
 * a bank card, a name (Han + mask) or an e-mail with a masked local part.
 */
export function maskedKind(
  value: string,
): 'mobile' | 'resident_id' | 'bank_card' | 'chinese_name' | 'email' | null {
  const v = value.trim();
  if (maskState(v) !== 'masked') return null;
  const filled = v.replace(MASK_RUN, (run) => '0'.repeat(run.length));
  if (/^1\d{10}$/.test(filled)) return 'mobile';
  if (/^\d{17}[\dXx]$/.test(filled) || /^\d{15}$/.test(filled)) return 'resident_id';
  if (/^\d{16,19}$/.test(filled)) return 'bank_card';
  if (MASKED_HAN_NAME.test(v)) return 'chinese_name';
  if (/^[^@\s]*[*＊×●•][^@\s]*@[^@\s]+\.[A-Za-z]{2,}$/.test(v)) return 'email';
  return null;
}
