/** Masking for display: the only form in which dataset values ever leave the engine. */
import { isHan } from '../text/han.js';

/**
 * A masked rendering of `value` that keeps its shape but not its content: long values keep the
 * first 3 and last 4 characters (`110***********1234`, `138****5678`), Han-character values
 * keep the first character, e-mail keeps its first character and domain, short values keep
 * nothing.
 */
export function maskValue(value: string): string {
  const v = value.trim();
  const chars = Array.from(v);
  const n = chars.length;
  if (n === 0) return '';
  const at = v.indexOf('@');
  if (at > 0) return `${chars[0] ?? ''}***${v.slice(at)}`;
  if (isHan(v.charCodeAt(0))) return (chars[0] ?? '') + '*'.repeat(Math.min(n - 1, 8) || 1);
  if (n >= 11) return chars.slice(0, 3).join('') + '*'.repeat(n - 7) + chars.slice(n - 4).join('');
  if (n >= 6) return (chars[0] ?? '') + '*'.repeat(n - 2) + (chars[n - 1] ?? '');
  return '*'.repeat(n);
}
