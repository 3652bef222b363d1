import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUSINESS_PURCHASE_PROFIT_CNY,
  ESPECIALLY_SERIOUS_PIECES,
  SERIOUS_PIECES,
  assessTier,
  classThresholds,
  gainsThresholds,
  type Conduct,
  type Tier,
  type TierInput,
} from '../../../src/core/law/index.js';

type Row = [
  label: string,
  input: Partial<TierInput> & { pieces: TierInput['pieces'] },
  tier: Tier,
  ratio?: number,
];

const base = (partial: Row[1]): TierInput => ({
  conduct: 'provide',
  insider: false,
  priorRecord: false,
  ...partial,
});
const p = (A: number, B: number, C: number): TierInput['pieces'] => ({ A, B, C });

void describe('threshold constants (法释〔2017〕10号 Art. 5)', () => {
  void it('are 50/500/5,000 serious and 10× especially serious, CNY 5,000/50,000, Art. 6 CNY 50,000', () => {
    assert.deepEqual(SERIOUS_PIECES, { A: 50, B: 500, C: 5000 });
    assert.deepEqual(ESPECIALLY_SERIOUS_PIECES, { A: 500, B: 5000, C: 50000 });
    assert.deepEqual(gainsThresholds(), { serious: 5000, especiallySerious: 50000 });
    assert.deepEqual(gainsThresholds(true), { serious: 2500, especiallySerious: 25000 });
    assert.deepEqual(classThresholds('B', true), { serious: 250, especiallySerious: 2500 });
    assert.equal(BUSINESS_PURCHASE_PROFIT_CNY, 50000);
  });
});

void describe('assessTier arithmetic', () => {
  const rows: Row[] = [
    ['no pieces', { pieces: p(0, 0, 0) }, 'none', 0],
    // Art. 5(1)(9) needs no count: a prior record is serious with nothing counted.
    ['no pieces but a prior record', { pieces: p(0, 0, 0), priorRecord: true }, 'serious'],
    ['one piece', { pieces: p(0, 0, 1) }, 'below', 0.0002],
    ['49 A', { pieces: p(49, 0, 0) }, 'below', 0.98],
    ['50 A', { pieces: p(50, 0, 0) }, 'serious', 1],
    ['499 A', { pieces: p(499, 0, 0) }, 'serious'],
    ['500 A', { pieces: p(500, 0, 0) }, 'especially_serious', 10],
    ['499 B', { pieces: p(0, 499, 0) }, 'below'],
    ['500 B', { pieces: p(0, 500, 0) }, 'serious', 1],
    ['4,999 B', { pieces: p(0, 4999, 0) }, 'serious'],
    ['5,000 B', { pieces: p(0, 5000, 0) }, 'especially_serious'],
    ['4,999 C', { pieces: p(0, 0, 4999) }, 'below', 0.9998],
    ['5,000 C', { pieces: p(0, 0, 5000) }, 'serious', 1],
    ['49,999 C', { pieces: p(0, 0, 49999) }, 'serious'],
    ['50,000 C', { pieces: p(0, 0, 50000) }, 'especially_serious', 10],
    ['25 A + 250 B = R 1.0', { pieces: p(25, 250, 0) }, 'serious', 1],
    ['24 A + 250 B + 99 C = R 0.9998', { pieces: p(24, 250, 99) }, 'below', 0.9998],
    ['10 A + 200 B + 1,000 C = R 0.8', { pieces: p(10, 200, 1000) }, 'below', 0.8],
    ['10 A + 200 B + 2,000 C = R 1.0', { pieces: p(10, 200, 2000) }, 'serious', 1],
    ['250 A + 2,500 B = R 10', { pieces: p(250, 2500, 0) }, 'especially_serious', 10],
    ['insider 24 A', { pieces: p(24, 0, 0), insider: true }, 'below', 0.96],
    ['insider 25 A', { pieces: p(25, 0, 0), insider: true }, 'serious', 1],
    ['insider 2,499 C', { pieces: p(0, 0, 2499), insider: true }, 'below'],
    ['insider 2,500 C', { pieces: p(0, 0, 2500), insider: true }, 'serious'],
    ['insider 249 A', { pieces: p(249, 0, 0), insider: true }, 'serious'],
    ['insider 250 A (5× base, inference)', { pieces: p(250, 0, 0), insider: true }, 'especially_serious', 10],
    ['insider 25,000 C', { pieces: p(0, 0, 25000), insider: true }, 'especially_serious'],
    [
      'insider obtaining: no halving',
      { pieces: p(25, 0, 0), insider: true, conduct: 'obtain' },
      'below',
      0.5,
    ],
    [
      'insider holding: shown as if provided',
      { pieces: p(25, 0, 0), insider: true, conduct: 'hold' },
      'serious',
      1,
    ],
    ['gains 4,999', { pieces: p(1, 0, 0), gainsCny: 4999 }, 'below'],
    ['gains 5,000', { pieces: p(1, 0, 0), gainsCny: 5000 }, 'serious'],
    ['gains 49,999', { pieces: p(1, 0, 0), gainsCny: 49999 }, 'serious'],
    ['gains 50,000', { pieces: p(1, 0, 0), gainsCny: 50000 }, 'especially_serious'],
    ['insider gains 2,499', { pieces: p(1, 0, 0), gainsCny: 2499, insider: true }, 'below'],
    ['insider gains 2,500', { pieces: p(1, 0, 0), gainsCny: 2500, insider: true }, 'serious'],
    ['insider gains 25,000', { pieces: p(1, 0, 0), gainsCny: 25000, insider: true }, 'especially_serious'],
    ['prior record, one piece', { pieces: p(0, 0, 1), priorRecord: true }, 'serious'],
    [
      'prior record does not lift to especially serious',
      { pieces: p(0, 0, 100), priorRecord: true },
      'serious',
    ],
    [
      'whereabouts used in a crime, one piece',
      { pieces: p(1, 0, 0), whereaboutsUsedInCrime: true },
      'serious',
    ],
    ['known criminal recipient, one piece', { pieces: p(0, 0, 1), knownCriminalRecipient: true }, 'serious'],
    ['Art. 6: 60,000 C, no profit', { pieces: p(0, 0, 60000), conduct: 'business-purchase' }, 'below', 0],
    [
      'Art. 6: 60,000 C, profit 49,999',
      { pieces: p(0, 0, 60000), conduct: 'business-purchase', gainsCny: 49999 },
      'below',
    ],
    [
      'Art. 6: C, profit 50,000',
      { pieces: p(0, 0, 10), conduct: 'business-purchase', gainsCny: 50000 },
      'serious',
    ],
    [
      'Art. 6: C, profit 500,000 stays serious',
      { pieces: p(0, 0, 10), conduct: 'business-purchase', gainsCny: 500000 },
      'serious',
    ],
    [
      'Art. 6: C, prior record',
      { pieces: p(0, 0, 10), conduct: 'business-purchase', priorRecord: true },
      'serious',
    ],
    [
      'Art. 6 does not cover A: 50 A bought',
      { pieces: p(50, 0, 0), conduct: 'business-purchase' },
      'serious',
      1,
    ],
    [
      'Art. 6 does not cover B: 5,000 B bought',
      { pieces: p(0, 5000, 0), conduct: 'business-purchase' },
      'especially_serious',
      10,
    ],
    [
      'Art. 6: C not aggregated with A',
      { pieces: p(49, 0, 100000), conduct: 'business-purchase' },
      'below',
      0.98,
    ],
    ['hold: same tier as the data', { pieces: p(0, 0, 5000), conduct: 'hold' }, 'serious', 1],
    ['obtain: same thresholds', { pieces: p(0, 500, 0), conduct: 'obtain' }, 'serious', 1],
  ];
  for (const [label, partial, tier, ratio] of rows) {
    void it(label, () => {
      const result = assessTier(base(partial));
      assert.equal(result.tier, tier);
      if (ratio !== undefined)
        assert.ok(Math.abs(result.ratio - ratio) < 1e-9, `ratio ${result.ratio} ≠ ${ratio}`);
    });
  }
});

void describe('assessTier reasons, distances, caveats and inferences', () => {
  void it('distances are the pieces of one class still missing, 0 once reached', () => {
    const r = assessTier(base({ pieces: p(25, 0, 0) }));
    assert.deepEqual(r.distances, {
      A: { toSerious: 25, toEspeciallySerious: 475 },
      B: { toSerious: 250, toEspeciallySerious: 4750 },
      C: { toSerious: 2500, toEspeciallySerious: 47500 },
    });
    const over = assessTier(base({ pieces: p(0, 0, 60000) }));
    assert.deepEqual(over.distances.C, { toSerious: 0, toEspeciallySerious: 0 });
  });

  void it('distances round up and halve for insiders', () => {
    const r = assessTier(base({ pieces: p(0, 0, 1), insider: true }));
    assert.deepEqual(r.distances.A, { toSerious: 25, toEspeciallySerious: 250 });
    assert.deepEqual(r.distances.C, { toSerious: 2499, toEspeciallySerious: 24999 });
  });

  void it('class C cannot reach a tier by quantity under Art. 6', () => {
    const r = assessTier(base({ pieces: p(0, 0, 100), conduct: 'business-purchase' }));
    assert.deepEqual(r.distances.C, { toSerious: null, toEspeciallySerious: null });
    assert.deepEqual(r.gains, { serious: null, especiallySerious: null });
    assert.ok(r.caveats.some((c) => c.id === 'business_only_serious'));
  });

  void it("labels the aggregation formula as the reference's reading, always", () => {
    for (const conduct of ['hold', 'provide', 'obtain', 'business-purchase'] as Conduct[]) {
      const r = assessTier(base({ pieces: p(1, 1, 1), conduct }));
      assert.ok(r.inferences.some((i) => i.id === 'aggregation_formula'));
      assert.ok(r.caveats.some((c) => c.id === 'estimate'));
      assert.ok(r.caveats.some((c) => c.id === 'elements'));
    }
  });

  void it('labels the insider 10× reading as an inference only when the insider rule applied', () => {
    const has = (input: TierInput): boolean =>
      assessTier(input).inferences.some((i) => i.id === 'insider_especially_serious');
    assert.equal(has(base({ pieces: p(1, 0, 0), insider: true })), true);
    assert.equal(has(base({ pieces: p(1, 0, 0), insider: false })), false);
    assert.equal(has(base({ pieces: p(1, 0, 0), insider: true, conduct: 'obtain' })), false);
    assert.ok(
      assessTier(base({ pieces: p(1, 0, 0), insider: true, conduct: 'obtain' })).caveats.some(
        (c) => c.id === 'insider_not_obtain',
      ),
    );
  });

  void it('adds the hold caveat only for holding', () => {
    const hold = assessTier(base({ pieces: p(0, 0, 5000), conduct: 'hold' }));
    assert.ok(
      hold.caveats.some((c) => c.id === 'hold' && /not a crime/.test(c.en) && /不构成犯罪/.test(c.zh)),
    );
    assert.ok(!assessTier(base({ pieces: p(0, 0, 5000) })).caveats.some((c) => c.id === 'hold'));
  });

  void it('gives reasons with their articles', () => {
    const ids = (input: TierInput): string[] => assessTier(input).reasons.map((r) => r.id);
    assert.deepEqual(ids(base({ pieces: p(0, 0, 0) })), ['no_pieces']);
    assert.deepEqual(ids(base({ pieces: p(1, 0, 0) })), ['below_thresholds']);
    assert.deepEqual(ids(base({ pieces: p(50, 0, 0), gainsCny: 5000, priorRecord: true })), [
      'ratio_serious',
      'gains_serious',
      'prior_record',
    ]);
    assert.deepEqual(ids(base({ pieces: p(500, 0, 0), gainsCny: 50000 })), [
      'ratio_especially_serious',
      'gains_especially_serious',
    ]);
    const art6 = assessTier(
      base({ pieces: p(0, 0, 1), conduct: 'business-purchase', gainsCny: 50000, priorRecord: true }),
    );
    assert.deepEqual(
      art6.reasons.map((r) => r.basis),
      ['法释〔2017〕10号 Art. 6(1)(1)', '法释〔2017〕10号 Art. 6(1)(2)'],
    );
    assert.match(
      assessTier(base({ pieces: p(0, 0, 1), priorRecord: true })).reasons[0]!.basis,
      /Art\. 5\(1\)\(9\)/,
    );
  });

  void it('reports the base ratio without the insider doubling', () => {
    const r = assessTier(base({ pieces: p(25, 0, 0), insider: true }));
    assert.equal(r.baseRatio, 0.5);
    assert.equal(r.ratio, 1);
    assert.equal(r.insiderApplied, true);
  });

  for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    void it(`rejects pieces ${bad}`, () => {
      assert.throws(() => assessTier(base({ pieces: p(0, bad, 0) })), RangeError);
    });
  }
});
