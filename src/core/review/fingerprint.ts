/**
 * Stable identities for findings, shared by the CLI (SARIF `partialFingerprints`, baselines)
 * and the editor (baselined findings shown as hints). A fingerprint deliberately ignores the
 * line number: it hashes what the finding is (category, owner, field) and the normalised text
 * of its line, so a finding keeps its identity when lines above it are added or removed, or
 * when its block moves within the file. On a very long line (minified code, one-line JSON,
 * a long `INSERT`) only a window around the finding is hashed, so the cost of a finding is
 * bounded and a scan stays linear however many findings share the line.
 */

/** The key used in SARIF `partialFingerprints`; bump the suffix if the recipe changes. */
export const FINGERPRINT_KEY = 'pilens/v1';

/** What a fingerprint is computed from. */
export interface FingerprintInput {
  readonly category: string;
  readonly owner?: string | undefined;
  readonly field: string;
  /** The text of the finding's first line, or its window on a long line (`fingerprintContext`). */
  readonly lineText: string;
}

/**
 * Lines whose normalised text is at most this long are hashed whole (the recipe of every
 * earlier release, so existing baselines keep matching); longer ones by their window.
 */
export const WHOLE_LINE_LIMIT = 1000;

/** Characters of the raw line kept on each side of a finding on a long line. */
export const WINDOW_CHARS = 120;

/**
 * What to hash for a finding spanning `[start, end)` of a line (character offsets), given the
 * line and its normalised length. Callers with many findings on one line normalise it once.
 */
export function fingerprintContext(
  line: string,
  normalizedLength: number,
  start: number,
  end: number,
): string {
  if (normalizedLength <= WHOLE_LINE_LIMIT) return line;
  return line.slice(
    Math.max(0, start - WINDOW_CHARS),
    Math.min(line.length, Math.max(start, end) + WINDOW_CHARS),
  );
}

/** Whitespace-insensitive form of a line, so re-indenting or re-aligning keeps the identity. */
export function normalizeLine(lineText: string): string {
  return lineText.trim().replace(/\s+/g, ' ');
}

/**
 * Two independent 32-bit FNV-1a passes (different offset bases) over the UTF-16 code units,
 * giving 64 bits as 16 hex digits: plenty for the few thousand findings of one repository,
 * and pure (no `node:crypto` in the core).
 */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The content hash of one finding, without the occurrence suffix. */
export function contentHash(input: FingerprintInput): string {
  return hash64(
    [input.category, input.owner ?? '', input.field, normalizeLine(input.lineText)].join('\u0000'),
  );
}

/**
 * Fingerprints for the findings of one file, in the order given (callers pass them sorted by
 * position). Identical content hashes in one file (the same line twice) get an occurrence
 * suffix `:1`, `:2`… in document order so each result still has a distinct identity.
 */
export function fingerprintFile(inputs: readonly FingerprintInput[]): string[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const hash = contentHash(input);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
