/**
 * Stable identities for findings, shared by the CLI (SARIF `partialFingerprints`, baselines)
 * and the editor (baselined findings shown as hints). A fingerprint deliberately ignores the
 * line number: it hashes what the finding is (category, owner, field) and the normalised text
 * of its line, so a finding keeps its identity when lines above it are added or removed, or
 * when its block moves within the file.
 */

/** The key used in SARIF `partialFingerprints`; bump the suffix if the recipe changes. */
export const FINGERPRINT_KEY = 'pilens/v1';

/** What a fingerprint is computed from. */
export interface FingerprintInput {
  readonly category: string;
  readonly owner?: string | undefined;
  readonly field: string;
  /** The full text of the finding's first line. */
  readonly lineText: string;
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
