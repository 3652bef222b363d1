/**
 * The criminal thresholds of 法释〔2017〕10号 as constants (Art. 5(1)(3)–(5), 5(2)(3)).
 * Counting unit: pieces (条) of information, never persons.
 */
import type { LegalClass } from './schema.js';

export type PiecesByClass = Readonly<Record<LegalClass, number>>;

/** Art. 5(1)(3)–(5): serious (情节严重) at 50 / 500 / 5,000 pieces. VERIFIED. */
export const SERIOUS_PIECES: PiecesByClass = { A: 50, B: 500, C: 5000 };

/** Art. 5(2)(3): especially serious (情节特别严重) at 10× the item (3)–(8) standards. VERIFIED. */
export const ESPECIALLY_SERIOUS_MULTIPLIER = 10;

/** Art. 5(2)(3) applied to items (3)–(5): 500 / 5,000 / 50,000 pieces. */
export const ESPECIALLY_SERIOUS_PIECES: PiecesByClass = {
  A: SERIOUS_PIECES.A * ESPECIALLY_SERIOUS_MULTIPLIER,
  B: SERIOUS_PIECES.B * ESPECIALLY_SERIOUS_MULTIPLIER,
  C: SERIOUS_PIECES.C * ESPECIALLY_SERIOUS_MULTIPLIER,
};

/** Art. 5(1)(7): illegal gains of CNY 5,000 or more are serious. VERIFIED. */
export const SERIOUS_GAINS_CNY = 5000;

/** Art. 5(2)(3) applied to item (7): CNY 50,000. */
export const ESPECIALLY_SERIOUS_GAINS_CNY = SERIOUS_GAINS_CNY * ESPECIALLY_SERIOUS_MULTIPLIER;

/**
 * Art. 5(1)(8): insiders who sell or provide what they got in performing duties or providing
 * services reach "serious" at half the item (3)–(7) standards. VERIFIED for serious; applying
 * the half inside the 10× of Art. 5(2)(3) (insider especially serious = 5× base) is the
 * reference's INFERENCE.
 */
export const INSIDER_FACTOR = 0.5;

/** Art. 6(1)(1): buying class-C PI for a lawful business is serious with ≥ CNY 50,000 profit. VERIFIED. */
export const BUSINESS_PURCHASE_PROFIT_CNY = 50000;

/**
 * Weights that express each class in class-C pieces, so that Art. 5(1)(6) aggregation
 * R = A/50 + B/500 + C/5000 can be computed exactly in integers: R = (100A + 10B + C) / 5000.
 */
export const C_EQUIVALENT: PiecesByClass = {
  A: SERIOUS_PIECES.C / SERIOUS_PIECES.A,
  B: SERIOUS_PIECES.C / SERIOUS_PIECES.B,
  C: 1,
};

/** The Art. 5(1) item that sets each class's quantity standard. */
export const ARTICLE_FOR_CLASS: Readonly<Record<LegalClass, string>> = {
  A: 'Art. 5(1)(3)',
  B: 'Art. 5(1)(4)',
  C: 'Art. 5(1)(5)',
};

export interface ClassThresholds {
  readonly serious: number;
  readonly especiallySerious: number;
}

/** Effective piece thresholds of one class; halved for insiders (Art. 5(1)(8)). */
export function classThresholds(cls: LegalClass, insider = false): ClassThresholds {
  const factor = insider ? INSIDER_FACTOR : 1;
  return {
    serious: SERIOUS_PIECES[cls] * factor,
    especiallySerious: ESPECIALLY_SERIOUS_PIECES[cls] * factor,
  };
}

/** Effective gains thresholds in CNY; halved for insiders. */
export function gainsThresholds(insider = false): ClassThresholds {
  const factor = insider ? INSIDER_FACTOR : 1;
  return { serious: SERIOUS_GAINS_CNY * factor, especiallySerious: ESPECIALLY_SERIOUS_GAINS_CNY * factor };
}
