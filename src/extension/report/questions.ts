/**
 * Which of the estimate's questions can change the result, so the others are not asked.
 * Gains and a prior record matter only for an act (selling, providing, obtaining, a business
 * purchase: Art. 5(1)(7), (9), Art. 6), never for merely holding data; and neither can raise a
 * tier the quantity already reaches at its top. The insider question matters only where
 * Art. 5(1)(8) applies (selling or providing, and holding shown as if provided). Pure.
 */
import type { Conduct, Tier } from '../../core/law/tiers.js';

export interface Questions {
  readonly insider: boolean;
  readonly gains: boolean;
  readonly priorRecord: boolean;
}

/** `quantityTier`: the tier the counted pieces reach for this conduct, without gains or record. */
export function questionsThatMatter(conduct: Conduct, quantityTier: Tier): Questions {
  const act = conduct !== 'hold';
  const top = quantityTier === 'especially_serious';
  return {
    insider: conduct === 'provide' || conduct === 'hold',
    gains: act && !top,
    // A prior record makes any quantity serious: it matters only below serious.
    priorRecord: act && (quantityTier === 'none' || quantityTier === 'below'),
  };
}
