/**
 * Tier arithmetic for Criminal Law Art. 253-1 under 法释〔2017〕10号 Art. 5 and Art. 6. Pure
 * and exact: aggregation runs in integer class-C equivalents, so boundaries such as
 * 25 A + 250 B = R 1.0 never depend on floating-point rounding.
 */
import type { LegalClass } from './schema.js';
import {
  BUSINESS_PURCHASE_PROFIT_CNY,
  C_EQUIVALENT,
  ESPECIALLY_SERIOUS_MULTIPLIER,
  INSIDER_FACTOR,
  SERIOUS_PIECES,
  gainsThresholds,
  type PiecesByClass,
} from './thresholds.js';
import { CAVEATS, INFERENCES, type Note } from './tierText.js';

export type Tier = 'none' | 'below' | 'serious' | 'especially_serious';
export type Conduct = 'hold' | 'provide' | 'obtain' | 'business-purchase';

export interface TierInput {
  readonly pieces: PiecesByClass;
  readonly conduct: Conduct;
  /** Obtained in performing duties or providing services (Art. 5(1)(8)); halves thresholds when selling or providing. */
  readonly insider: boolean;
  /** Illegal gains (违法所得), or for a lawful-business purchase the profit (获利), in CNY. */
  readonly gainsCny?: number | undefined;
  /** A criminal punishment, or an administrative penalty within 2 years, for infringing PI (Art. 5(1)(9), Art. 6(1)(2)). */
  readonly priorRecord: boolean;
  /** Whereabouts sold or provided and used by another in a crime (Art. 5(1)(1)); undefined: not asked. */
  readonly whereaboutsUsedInCrime?: boolean | undefined;
  /** Sold or provided to someone known to use PI for crimes (Art. 5(1)(2)); undefined: not asked. */
  readonly knownCriminalRecipient?: boolean | undefined;
}

export interface TierReason extends Note {
  /** The article that produced this reason. */
  readonly basis: string;
}

export interface Distance {
  /** More pieces of this class alone to reach the tier; 0 when reached; null when pieces of this class cannot reach it. */
  readonly toSerious: number | null;
  readonly toEspeciallySerious: number | null;
}

export interface TierAssessment {
  /**
   * R against the applicable standard: ≥ 1 is serious, ≥ 10 especially serious. Equal to
   * `quantityRatio` unless the insider half applies (then twice it); the JSON `ratio`.
   */
  readonly ratio: number;
  /**
   * R as Art. 5(1)(6) is read: A/50 + B/500 + C/5000 of the counted classes (class C left out
   * for a business purchase), never doubled; what the reports display.
   */
  readonly quantityRatio: number;
  /** The R that reaches each tier: 1 and 10, or 0.5 and 5 under the insider half (Art. 5(1)(8)). */
  readonly standard: { readonly serious: number; readonly especiallySerious: number };
  /** A/50 + B/500 + C/5000 of all pieces, without insider or Art. 6 adjustments. */
  readonly baseRatio: number;
  readonly tier: Tier;
  readonly reasons: readonly TierReason[];
  readonly distances: Readonly<Record<LegalClass, Distance>>;
  /** Effective gains thresholds in CNY (null where the conduct has none). */
  readonly gains: { readonly serious: number | null; readonly especiallySerious: number | null };
  readonly insiderApplied: boolean;
  readonly caveats: readonly Note[];
  readonly inferences: readonly Note[];
}

const FS = '法释〔2017〕10号';
const CLASSES: readonly LegalClass[] = ['A', 'B', 'C'];
/** Serious in class-C equivalents: R ≥ 1 ⇔ 100A + 10B + C ≥ 5,000. */
const SERIOUS_UNITS = SERIOUS_PIECES.C;

/** R to two decimals from class-C equivalents: 2,500 units → `0.50`. */
const fmtR = (units: number): string => (units / SERIOUS_UNITS).toFixed(2);

function checkPieces(pieces: PiecesByClass): void {
  for (const cls of CLASSES) {
    const n = pieces[cls];
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`pieces.${cls} must be a non-negative integer, got ${String(n)}`);
  }
}

function reason(id: string, basis: string, en: string, zh: string): TierReason {
  return { id, basis, en, zh };
}

/**
 * Assesses the criminal-law tier of a quantity of PI. `none` means no pieces; `below` means
 * pieces under every threshold. The result always carries the caveats (an estimate, not legal
 * advice) and labels the reference's inferences.
 */
export function assessTier(input: TierInput): TierAssessment {
  checkPieces(input.pieces);
  const { pieces, conduct } = input;
  const business = conduct === 'business-purchase';
  // Art. 5(1)(8) covers selling or providing; a holder is shown the tier it would reach if it did.
  const insiderApplied = input.insider && (conduct === 'provide' || conduct === 'hold');
  const factor = insiderApplied ? INSIDER_FACTOR : 1;
  const counted: LegalClass[] = business ? ['A', 'B'] : [...CLASSES];
  const units = counted.reduce((sum, cls) => sum + pieces[cls] * C_EQUIVALENT[cls], 0);
  const allUnits = CLASSES.reduce((sum, cls) => sum + pieces[cls] * C_EQUIVALENT[cls], 0);
  const seriousUnits = SERIOUS_UNITS * factor;
  const especiallyUnits = seriousUnits * ESPECIALLY_SERIOUS_MULTIPLIER;
  const total = pieces.A + pieces.B + pieces.C;
  const gainsCny = input.gainsCny ?? 0;
  const art5Applies = !business || pieces.A + pieces.B > 0;
  const gains = art5Applies ? gainsThresholds(insiderApplied) : { serious: null, especiallySerious: null };

  const serious: TierReason[] = [];
  const especially: TierReason[] = [];
  const r = fmtR(units);
  const std = String(seriousUnits / SERIOUS_UNITS);
  const halvedEn = insiderApplied ? ` against the standard of ${std} halved under Art. 5(1)(8)` : '';
  const halvedZh = insiderApplied ? `，依第五条第一款第八项减半后的标准为${std}` : '';
  if (units >= especiallyUnits) {
    especially.push(
      reason(
        'ratio_especially_serious',
        `${FS} Art. 5(1)(3)–(6), 5(2)(3)${insiderApplied ? ', 5(1)(8)' : ''}`,
        `The pieces reach 10× the quantity standards (R = ${r}${insiderApplied ? `, ${String(especiallyUnits / SERIOUS_UNITS)} needed: 10× the standard halved under Art. 5(1)(8)` : ''}).`,
        `条数达到数量标准的十倍以上（R = ${r}${insiderApplied ? `，需达到${String(especiallyUnits / SERIOUS_UNITS)}：依第五条第一款第八项减半后标准的十倍` : ''}）。`,
      ),
    );
  } else if (units >= seriousUnits) {
    serious.push(
      reason(
        'ratio_serious',
        `${FS} Art. 5(1)(3)–(6)${insiderApplied ? ', 5(1)(8)' : ''}`,
        `The pieces reach the quantity standards (R = ${r}${halvedEn}).`,
        `条数达到数量标准（R = ${r}${halvedZh}）。`,
      ),
    );
  }
  if (gains.especiallySerious !== null && gainsCny >= gains.especiallySerious) {
    especially.push(
      reason(
        'gains_especially_serious',
        `${FS} Art. 5(1)(7), 5(2)(3)`,
        `Illegal gains (违法所得) of CNY ${gainsCny} reach CNY ${gains.especiallySerious}.`,
        `违法所得${gainsCny}元，达到${gains.especiallySerious}元。`,
      ),
    );
  } else if (gains.serious !== null && gainsCny >= gains.serious) {
    serious.push(
      reason(
        'gains_serious',
        `${FS} Art. 5(1)(7)`,
        `Illegal gains (违法所得) of CNY ${gainsCny} reach CNY ${gains.serious}.`,
        `违法所得${gainsCny}元，达到${gains.serious}元。`,
      ),
    );
  }
  if (business && pieces.C > 0 && gainsCny >= BUSINESS_PURCHASE_PROFIT_CNY) {
    serious.push(
      reason(
        'business_profit',
        `${FS} Art. 6(1)(1)`,
        `Profit (获利) of CNY ${gainsCny} from class-C information illegally bought or received for a lawful business reaches CNY ${BUSINESS_PURCHASE_PROFIT_CNY}.`,
        `利用为合法经营活动而非法购买、收受的C类信息获利${gainsCny}元，达到${BUSINESS_PURCHASE_PROFIT_CNY}元。`,
      ),
    );
  }
  if (input.priorRecord) {
    serious.push(
      reason(
        'prior_record',
        `${FS} ${business && pieces.A + pieces.B === 0 ? 'Art. 6(1)(2)' : 'Art. 5(1)(9)'}`,
        'A prior criminal punishment, or an administrative penalty within two years, for infringing PI: serious at any quantity.',
        '曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚：不论数量即为情节严重。',
      ),
    );
  }
  // Items (1) and (2) are acts of selling or providing; a holder is shown what providing would be.
  const provides = conduct === 'provide' || conduct === 'hold';
  if (input.whereaboutsUsedInCrime === true && provides) {
    serious.push(
      reason(
        'whereabouts_used_in_crime',
        `${FS} Art. 5(1)(1)`,
        'Whereabouts sold or provided and used by another in a crime: serious at any quantity.',
        '出售或者提供行踪轨迹信息，被他人用于犯罪：不论数量即为情节严重。',
      ),
    );
  }
  if (input.knownCriminalRecipient === true && provides) {
    serious.push(
      reason(
        'known_criminal_recipient',
        `${FS} Art. 5(1)(2)`,
        'Sold or provided to someone known to use PI for crimes: serious at any quantity.',
        '知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供：不论数量即为情节严重。',
      ),
    );
  }

  // Gains, a prior record and items (1)–(2) need no count (Art. 5(1)(1), (2), (7), (9)): they
  // decide the tier even when no piece was counted, which usually means a missed column.
  let tier: Tier;
  if (especially.length > 0) tier = 'especially_serious';
  else if (serious.length > 0) tier = 'serious';
  else if (total === 0) tier = 'none';
  else tier = 'below';

  const reasons: TierReason[] =
    tier === 'none'
      ? [reason('no_pieces', `${FS} Art. 5`, 'No pieces of PI were counted.', '未计得任何个人信息条数。')]
      : tier === 'below'
        ? [
            reason(
              'below_thresholds',
              `${FS} Art. 5(1)(3)–(8)`,
              'The pieces are under every threshold.',
              '条数未达到任何标准。',
            ),
          ]
        : [...especially, ...serious];

  const distance = (cls: LegalClass, target: number): number | null => {
    if (business && cls === 'C') return null;
    return Math.max(0, Math.ceil((target - units) / C_EQUIVALENT[cls]));
  };
  const distances = Object.fromEntries(
    CLASSES.map((cls) => [
      cls,
      { toSerious: distance(cls, seriousUnits), toEspeciallySerious: distance(cls, especiallyUnits) },
    ]),
  ) as Record<LegalClass, Distance>;

  const caveats: Note[] = [CAVEATS.estimate, CAVEATS.elements, CAVEATS.counting, CAVEATS.otherCircumstances];
  if (input.whereaboutsUsedInCrime === undefined || input.knownCriminalRecipient === undefined)
    caveats.push(CAVEATS.noCountRoutes);
  if (total === 0 && tier !== 'none') caveats.push(CAVEATS.noPiecesCounted);
  caveats.push(CAVEATS.unit);
  if (insiderApplied) caveats.push(CAVEATS.insiderHeavier);
  if (conduct === 'hold') caveats.push(CAVEATS.hold);
  if (conduct === 'obtain' && input.insider) caveats.push(CAVEATS.insiderNotObtain);
  if (business) caveats.push(CAVEATS.businessOnlySerious);
  const inferences: Note[] = [INFERENCES.aggregation];
  if (insiderApplied) inferences.push(INFERENCES.insiderEspeciallySerious);
  if (business && pieces.C > 0 && pieces.A + pieces.B > 0) inferences.push(INFERENCES.businessNoAggregation);
  if (business && pieces.A + pieces.B > 0) inferences.push(INFERENCES.businessArt5Gains);

  return {
    ratio: units / seriousUnits,
    quantityRatio: units / SERIOUS_UNITS,
    standard: { serious: factor, especiallySerious: factor * ESPECIALLY_SERIOUS_MULTIPLIER },
    baseRatio: allUnits / SERIOUS_UNITS,
    tier,
    reasons,
    distances,
    gains,
    insiderApplied,
    caveats,
    inferences,
  };
}
