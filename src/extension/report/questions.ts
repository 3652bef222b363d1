/**
 * Which of the estimate's questions can change the result, so the others are not asked.
 * Gains and a prior record matter only for an act (selling, providing, obtaining, a business
 * purchase: Art. 5(1)(7), (9), Art. 6), never for merely holding data; and neither can raise a
 * tier the quantity already reaches at its top. The insider question matters only where
 * Art. 5(1)(8) applies (selling or providing, and holding shown as if provided). Items (1) and
 * (2) of Art. 5(1) (whereabouts used in a crime; supplying someone known to commit crimes) are
 * acts of selling or providing that make any quantity serious: asked only for providing, only
 * while nothing else has made it serious, and item (1) only when whereabouts were counted. Pure.
 */
import type { Conduct, Tier } from '../../core/law/tiers.js';

export interface Questions {
  readonly insider: boolean;
  readonly gains: boolean;
  readonly priorRecord: boolean;
  readonly whereaboutsUsedInCrime: boolean;
  readonly knownCriminalRecipient: boolean;
}

/**
 * `tier`: the tier reached so far for this conduct (the counted pieces, then with the gains
 * and prior record already answered); `whereabouts`: whether whereabouts pieces were counted.
 */
export function questionsThatMatter(conduct: Conduct, tier: Tier, whereabouts = false): Questions {
  const act = conduct !== 'hold';
  const top = tier === 'especially_serious';
  const belowSerious = tier === 'none' || tier === 'below';
  const providing = conduct === 'provide' && belowSerious;
  return {
    insider: conduct === 'provide' || conduct === 'hold',
    gains: act && !top,
    // A prior record makes any quantity serious: it matters only below serious.
    priorRecord: act && belowSerious,
    whereaboutsUsedInCrime: providing && whereabouts,
    knownCriminalRecipient: providing,
  };
}
