/**
 * Personal data written into code and schemas: digit runs that validate as a resident ID
 * (GB 11643 checksum, province and birth date), or, inside a quoted literal, as a mainland
 * mobile number or a Luhn-valid bank card. Only checksummed or tightly shaped kinds, so the
 * pass is cheap and rarely wrong; 15-digit legacy IDs carry no checksum and are left to the
 * dataset profiler. A finding names the masked value only: raw data never leaves the scanner.
 */
import { classFor } from '../law/index.js';
import type { CategoryKey, ContestedReading } from '../law/index.js';
import { LineIndex } from '../text/lines.js';
import type { Confidence, Finding } from '../types.js';
import { maskValue, VALUE_KINDS, type ValueKindId } from '../values/index.js';

/** A kind of value (from `VALUE_KINDS`, which gives its category and validator) as a literal. */
interface LiteralKind {
  readonly category: CategoryKey;
  readonly confidence: Confidence;
  readonly detail: string;
  /** Shape-only kinds count only inside quotes, where a number is data rather than a constant. */
  readonly quotedOnly: boolean;
  readonly test: (digits: string) => boolean;
}

/** The value kind `id` with the literal's own length rule, confidence and wording. */
function literalKind(
  id: ValueKindId,
  fits: (digits: string) => boolean,
  own: Pick<LiteralKind, 'confidence' | 'detail' | 'quotedOnly'>,
): LiteralKind {
  const kind = VALUE_KINDS.find((k) => k.id === id);
  if (kind?.category == null) throw new Error(`value kind ${id} evidences no category`);
  const valid = kind.test;
  return { ...own, category: kind.category, test: (d) => fits(d) && valid(d) };
}

/**
 * Demo and seed numbers nobody holds: eight repeated digits after the prefix (`15888888888`,
 * the default admin's phone of many admin templates) and `13800138000`, the carrier's own
 * service number used as a placeholder.
 */
const PLACEHOLDER_MOBILE = /^1\d\d(\d)\1{7}$|^13800138000$/;

const KINDS: readonly LiteralKind[] = [
  literalKind('resident_id', (d) => d.length === 18, {
    confidence: 'high',
    detail: 'a literal that is a valid resident ID number (GB 11643 checksum, province, birth date)',
    quotedOnly: false,
  }),
  literalKind('mobile', (d) => d.length === 11 && !PLACEHOLDER_MOBILE.test(d), {
    confidence: 'medium',
    detail: 'a quoted literal shaped like a mainland mobile number',
    quotedOnly: true,
  }),
  literalKind('bank_card', (d) => d.length >= 16, {
    confidence: 'medium',
    detail: 'a quoted literal that is a Luhn-valid bank card number with a known issuer prefix',
    quotedOnly: true,
  }),
];

/** Digit runs of the lengths above, not part of a longer word, number or decimal. */
const DIGIT_RUN = /(?<![\w.-])(\d{11}|\d{16,17}[\dXx]|\d{19})(?![\w.])/g;
const QUOTES = new Set(['"', "'", '`']);
/** A file full of data (a dump, a fixture) says what it is after a few findings; no flood. */
const MAX_FINDINGS = 50;

/** Findings for personal data written as literals in `text`. */
export function scanLiterals(text: string, reading: ContestedReading = 'strict'): Finding[] {
  const findings: Finding[] = [];
  let lines: LineIndex | undefined;
  for (const match of text.matchAll(DIGIT_RUN)) {
    if (findings.length >= MAX_FINDINGS) break;
    const digits = match[1] ?? '';
    const start = match.index;
    const quoted = QUOTES.has(text[start - 1] ?? '') && text[start - 1] === text[start + digits.length];
    const kind = KINDS.find((k) => (quoted || !k.quotedOnly) && k.test(digits));
    if (kind === undefined) continue;
    // A bare card number is the contested case of property information (strict A, lenient C).
    const contest = kind.category === 'property' ? ('bare_bank_card' as const) : undefined;
    const cls = classFor(kind.category, { reading, ...(contest !== undefined ? { contest } : {}) });
    if (cls === null) continue;
    lines ??= new LineIndex(text);
    const masked = maskValue(digits);
    findings.push({
      field: masked,
      range: lines.rangeAt(start, digits.length),
      role: 'declaration',
      category: kind.category,
      class: cls,
      confidence: kind.confidence,
      evidence: [{ kind: 'value', matched: masked, detail: kind.detail }],
      ...(contest !== undefined ? { contest } : {}),
    });
  }
  return findings;
}
