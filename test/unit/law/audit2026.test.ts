// Issue 10, the December 2026 legal audit: one table per point — classification, duties, and the
// wording present in hover, SARIF help, summaries and reports, in both languages, each with a
// negative beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyField } from '../../../src/core/detect/classify.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import {
  CAVEATS,
  CATEGORIES,
  CONTEST_IDS,
  INSTRUMENTS,
  THRESHOLD_CONDITION,
  THRESHOLD_IF,
  administrativeDuties,
  assessTier,
  chineseArticle,
  chineseNumber,
  classFor,
  contestCategories,
  explainCategory,
  getContest,
  getCategory,
  renderExplanationMarkdown,
  sensitivityFor,
  summarizeCategory,
  articleText,
  type CategoryKey,
  type Conduct,
  type DutyInput,
  type Locale,
} from '../../../src/core/law/index.js';
import { ratioLine, tierHeadline } from '../../../src/core/law/tierLine.js';
import { legalConfidenceLabel } from '../../../src/core/law/format.js';
import { PROCESSING_STATE } from '../../../src/core/law/wording.js';
import { renderLegalBasisDocs } from '../../../src/shared/legalBasisDocs.js';
import { explanationMarkdown, explanationText, categorySummary } from '../../../src/core/report/lawText.js';

const LOCALES: readonly Locale[] = ['en', 'zh'];
const md = (key: CategoryKey, locale: Locale, extra: Partial<Parameters<typeof explainCategory>[1]> = {}) =>
  renderExplanationMarkdown(explainCategory(key, { locale, ...extra }));
const field = (name: string, comment?: string): FieldCandidate => ({
  name,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
  role: 'declaration',
  ...(comment === undefined ? {} : { comment }),
});
const duties = (partial: Partial<DutyInput>) =>
  administrativeDuties({
    persons: 0,
    sensitivePersons: 0,
    facePersons: 0,
    sensitiveCategories: [],
    minorsPresent: false,
    ...partial,
  });

void describe('resident-ID information and Guiding Case 193', () => {
  const rows: [CategoryKey, 'strict' | 'lenient', string | undefined, string | null][] = [
    ['id_number', 'strict', 'resident_id_info', 'B'],
    ['id_number', 'lenient', 'resident_id_info', 'C'],
    ['household_registration', 'strict', 'resident_id_info', 'B'],
    ['household_registration', 'lenient', 'resident_id_info', 'C'],
    ['id_number', 'strict', undefined, 'C'],
    ['id_card_image', 'strict', undefined, 'B'],
    ['id_card_image', 'lenient', undefined, 'B'],
  ];
  for (const [key, reading, contest, expected] of rows) {
    void it(`${key} ${reading} ${contest ?? '(no contest)'} → ${String(expected)}`, () => {
      assert.equal(classFor(key, { contest: contest as never, reading }), expected);
    });
  }
  void it('the contest is shared by ID numbers and household registration, and GC 193 is an instrument', () => {
    assert.deepEqual(contestCategories('resident_id_info'), ['id_number', 'household_registration']);
    assert.match(INSTRUMENTS.gc_193.title.zh, /闻巍/);
    for (const key of ['id_number', 'household_registration', 'id_card_image'] as const)
      assert.ok(
        getCategory(key).basis.some((b) => b.instrument === 'gc_193'),
        key,
      );
    assert.ok(!getCategory('name').basis.some((b) => b.instrument === 'gc_193'));
  });
  const detect: [string, string | undefined, string, string | undefined, string][] = [
    ['sfzh', undefined, 'id_number', 'resident_id_info', 'B'],
    ['id_card_no', undefined, 'id_number', 'resident_id_info', 'B'],
    ['passport_no', undefined, 'id_number', undefined, 'C'],
    ['id_card_front', undefined, 'id_card_image', undefined, 'B'],
    ['hukou_type', undefined, 'household_registration', 'resident_id_info', 'B'],
  ];
  for (const [name, comment, category, contest, cls] of detect) {
    void it(`detects ${name} as ${category} (${contest ?? 'uncontested'}, class ${cls})`, () => {
      const f = classifyField(field(name, comment));
      assert.deepEqual([f?.category, f?.contest, f?.class], [category, contest, cls]);
    });
  }
  for (const locale of LOCALES) {
    void it(`the hover names the contest and GC 193 (${locale})`, () => {
      const text = md('id_number', locale, { contest: 'resident_id_info' });
      assert.match(text, locale === 'zh' ? /指导性案例193号/ : /Guiding Case No\. 193/);
      assert.match(text, locale === 'zh' ? /当前解读：严格 → B类/ : /reading: strict → Class B/);
      assert.doesNotMatch(md('name', locale), /193/);
    });
  }
});

void describe('face-recognition filing only for face information', () => {
  const rows: [string, Partial<DutyInput>, boolean][] = [
    ['100,000 persons of face information', { persons: 100_000, facePersons: 100_000 }, true],
    ['99,999 persons of face information', { persons: 99_999, facePersons: 99_999 }, false],
    [
      '100,000 fingerprint templates (no face)',
      { persons: 100_000, sensitiveCategories: ['biometric'] },
      false,
    ],
  ];
  for (const [label, input, expected] of rows) {
    void it(`${label} → filing ${expected}`, () => {
      assert.equal(
        duties(input).some((d) => d.id === 'face_filing'),
        expected,
      );
    });
  }
  void it('states the technology, the R&D exclusion and the biometrics exclusion in both languages', () => {
    const face = duties({ persons: 100_000, facePersons: 100_000 }).find((d) => d.id === 'face_filing');
    assert.ok(face);
    assert.match(face.en, /face-recognition technology/);
    assert.match(face.en, /algorithm training \(Art\. 2\(2\)\)/);
    assert.match(face.zh, /应用人脸识别技术处理的人脸信息/);
    assert.match(face.zh, /算法训练/);
    assert.equal(face.confidence, 'partial');
  });
  for (const locale of LOCALES) {
    void it(`the face hover lists the filing, the other-biometrics hover does not (${locale})`, () => {
      const filing = locale === 'zh' ? /省级网信部门/ : /provincial CAC/;
      assert.match(md('face', locale), filing);
      assert.doesNotMatch(md('biometric', locale), filing);
    });
  }
  void it('detects face fields as face and fingerprints as other biometrics', () => {
    assert.equal(classifyField(field('face_template'))?.category, 'face');
    assert.equal(classifyField(field('fingerprint_template'))?.category, 'biometric');
  });
});

void describe('quantity is neither necessary nor sufficient', () => {
  void it('rewords the elements caveat in both languages', () => {
    assert.match(CAVEATS.elements.en, /one of several routes/);
    assert.match(CAVEATS.elements.en, /intent/);
    assert.doesNotMatch(CAVEATS.elements.en, /necessary, not sufficient/);
    assert.match(CAVEATS.elements.zh, /主观故意/);
    assert.doesNotMatch(CAVEATS.elements.zh, /必要条件/);
  });
});

void describe('the threshold condition wherever thresholds are shown', () => {
  const classed = CATEGORIES.filter((c) => c.class !== null).map((c) => c.key);
  for (const locale of LOCALES) {
    void it(`every classed hover carries it, a flag does not (${locale})`, () => {
      for (const key of classed) assert.ok(md(key, locale).includes(THRESHOLD_CONDITION[locale]), key);
      assert.ok(!md('minor_u14', locale).includes(THRESHOLD_CONDITION[locale]));
    });
    void it(`every diagnostic summary is conditional (${locale})`, () => {
      for (const key of classed)
        assert.ok(summarizeCategory(key, locale).includes(THRESHOLD_IF[locale]), key);
      assert.ok(!summarizeCategory('minor_u14', locale).includes(THRESHOLD_IF[locale]));
    });
  }
  void it('SARIF help (both languages) and fullDescription carry it', () => {
    assert.ok(explanationMarkdown('health').includes(THRESHOLD_CONDITION.en));
    assert.ok(explanationMarkdown('health').includes(THRESHOLD_CONDITION.zh));
    assert.ok(explanationText('health').includes('quantity standards, if the information is sold'));
    assert.ok(categorySummary('health').includes(THRESHOLD_IF.en));
  });
});

void describe('routes that need no count', () => {
  const none = { A: 0, B: 0, C: 0 };
  const rows: [string, Parameters<typeof assessTier>[0], string][] = [
    [
      'no PI, gains 60,000, provide',
      { pieces: none, conduct: 'provide', insider: false, gainsCny: 60_000, priorRecord: false },
      'especially_serious',
    ],
    [
      'no PI, gains 6,000, provide',
      { pieces: none, conduct: 'provide', insider: false, gainsCny: 6_000, priorRecord: false },
      'serious',
    ],
    ['no PI, prior record', { pieces: none, conduct: 'hold', insider: false, priorRecord: true }, 'serious'],
    [
      'no PI, whereabouts used in a crime',
      { pieces: none, conduct: 'provide', insider: false, priorRecord: false, whereaboutsUsedInCrime: true },
      'serious',
    ],
    [
      'no PI, known criminal recipient',
      { pieces: none, conduct: 'provide', insider: false, priorRecord: false, knownCriminalRecipient: true },
      'serious',
    ],
    ['no PI, nothing else', { pieces: none, conduct: 'provide', insider: false, priorRecord: false }, 'none'],
    [
      'no PI, gains 4,999',
      { pieces: none, conduct: 'provide', insider: false, gainsCny: 4_999, priorRecord: false },
      'none',
    ],
  ];
  for (const [label, input, tier] of rows) {
    void it(`${label} → ${tier}`, () => {
      const r = assessTier(input);
      assert.equal(r.tier, tier);
      assert.equal(
        r.caveats.some((c) => c.id === 'no_pieces_counted'),
        tier !== 'none',
      );
    });
  }
  void it('names Art. 5(1)(1)–(2) as not assessed only when they were not answered', () => {
    const base = {
      pieces: { A: 1, B: 0, C: 0 },
      conduct: 'provide',
      insider: false,
      priorRecord: false,
    } as const;
    assert.ok(assessTier(base).caveats.some((c) => c.id === 'no_count_routes'));
    const answered = assessTier({ ...base, whereaboutsUsedInCrime: false, knownCriminalRecipient: false });
    assert.ok(!answered.caveats.some((c) => c.id === 'no_count_routes'));
    assert.match(CAVEATS.noCountRoutes.zh, /第五条第一款第一项、第二项/);
  });
});

void describe('card data sufficient to transact', () => {
  for (const key of ['property', 'credential'] as const) {
    for (const locale of LOCALES) {
      void it(`${key} hover names Art. 177-1(2) (${locale})`, () => {
        const text = md(key, locale);
        assert.match(
          text,
          locale === 'zh' ? /《刑法》第一百七十七条之一第二款/ : /Criminal Law Art\. 177-1\(2\)/,
        );
        assert.match(text, locale === 'zh' ? /部分核实/ : /partially verified/);
      });
    }
  }
  void it('is not named for unrelated categories', () => {
    assert.doesNotMatch(md('health', 'en'), /177-1/);
  });
});

void describe('compliance audits for any PI', () => {
  const rows: [number, boolean, RegExp | null][] = [
    [0, false, null],
    [1, true, /PIPL Art\. 54; NDSMR Art\. 27/],
    [10_000_000, true, /frequency only above 10,000,000/],
    [10_000_001, true, /at least every two years/],
  ];
  for (const [persons, present, text] of rows) {
    void it(`${persons} persons → audit ${present}`, () => {
      const audit = duties({ persons }).find((d) => d.id === 'compliance_audit');
      assert.equal(audit !== undefined, present);
      if (audit !== undefined && text !== null) {
        assert.match(audit.en, text);
        assert.match(audit.zh, /《个人信息保护法》第五十四条/);
        assert.equal(audit.confidence, persons > 10_000_000 ? 'partial' : 'verified');
      }
    });
  }
});

void describe('cross-border and consent text', () => {
  const rows: [Partial<DutyInput>, string][] = [
    [{ persons: 5 }, 'cross_border_exempt'],
    [{ persons: 200_000 }, 'cross_border_standard_contract'],
    [{ persons: 2_000_000 }, 'cross_border_security_assessment'],
  ];
  for (const [input, id] of rows) {
    void it(`${id}: Art. 39 notice and separate consent, exemptions covering sensitive PI`, () => {
      const d = duties(input).find((x) => x.id === id);
      assert.ok(d);
      assert.match(d.en, /separate consent \(PIPL Art\. 39, not verified\)/);
      assert.match(d.en, /to sensitive PI too/);
      assert.match(d.zh, /《个人信息保护法》第三十九条/);
    });
  }
  void it('cites the 2026 certification Measures beside the 2024 Provisions', () => {
    const d = duties({ persons: 200_000 }).find((x) => x.id === 'cross_border_standard_contract');
    assert.ok(d?.cites.some((c) => c.instrument === 'certification_2026'));
    assert.match(d?.zh ?? '', /《个人信息出境认证办法》/);
    assert.match(d?.en ?? '', /1 January 2026/);
    const exempt = duties({ persons: 5 }).find((x) => x.id === 'cross_border_exempt');
    assert.ok(!exempt?.cites.some((c) => c.instrument === 'certification_2026'));
  });
  void it('separate consent is conditional on relying on consent', () => {
    const d = duties({ persons: 5, sensitiveCategories: ['health'] }).find(
      (x) => x.id === 'separate_consent',
    );
    assert.match(d?.en ?? '', /where processing relies on consent/);
    assert.match(d?.zh ?? '', /基于个人同意处理的/);
  });
});

void describe('ID-number sensitivity is contested (GB/T 45574-2025)', () => {
  const rows: [CategoryKey, 'strict' | 'lenient', string][] = [
    ['id_number', 'strict', 'std'],
    ['id_number', 'lenient', 'no'],
    ['health', 'lenient', 'yes'],
    ['id_card_image', 'lenient', 'std'],
  ];
  for (const [key, reading, expected] of rows) {
    void it(`${key} ${reading} → ${expected}`, () => {
      assert.equal(sensitivityFor(key, reading), expected);
    });
  }
  for (const locale of LOCALES) {
    void it(`the hover shows the contest and no consent duty under the lenient reading (${locale})`, () => {
      assert.match(md('id_number', locale), /id_number_sensitivity/);
      assert.match(md('id_number', locale), /GB\/T 45574-2025/);
      assert.equal(explainCategory('id_number', { locale, reading: 'lenient' }).duties.length, 0);
      assert.ok(explainCategory('id_number', { locale }).duties.length > 0);
    });
  }
});

void describe('minors under 18', () => {
  const rows: [Partial<DutyInput>, boolean][] = [
    [{ persons: 10, minorsU18Present: true }, true],
    [{ persons: 10, minorsPresent: true }, true],
    [{ persons: 10 }, false],
  ];
  for (const [input, expected] of rows) {
    void it(`${JSON.stringify(input)} → annual audit ${expected}`, () => {
      const d = duties(input).find((x) => x.id === 'minors_annual_audit');
      assert.equal(d !== undefined, expected);
      if (d !== undefined) {
        assert.equal(d.confidence, 'partial');
        assert.match(d.en, /city-level CAC by the end of January/);
        assert.match(d.zh, /《未成年人网络保护条例》第三十七条/);
      }
    });
  }
  void it('minor_u18 is a flag with the duty, not sensitive by itself', () => {
    assert.equal(classFor('minor_u18'), null);
    assert.equal(getCategory('minor_u18').piplSensitive, 'no');
    assert.match(md('minor_u18', 'zh'), /合规审计/);
    assert.match(summarizeCategory('minor_u18', 'en'), /Art\. 37/);
  });
});

void describe('real estate and whereabouts contests', () => {
  const rows: [string, string, string | undefined, string][] = [
    ['house_owner', 'property', 'real_estate_owner', 'A'],
    ['房产证号', 'property', 'real_estate_owner', 'A'],
    ['account_balance', 'property', undefined, 'A'],
    ['latitude', 'whereabouts', undefined, 'A'],
    ['gps_location', 'whereabouts', undefined, 'A'],
    ['trip_history', 'whereabouts', 'historical_location', 'A'],
    ['pickup_location', 'whereabouts', 'historical_location', 'A'],
  ];
  for (const [name, category, contest, cls] of rows) {
    void it(`${name} → ${category} ${contest ?? '(firm)'}`, () => {
      const f = classifyField(field(name));
      assert.deepEqual([f?.category, f?.contest, f?.class], [category, contest, cls]);
      if (contest !== undefined)
        assert.equal(classifyField(field(name), { contestedReading: 'lenient' })?.class, 'C');
    });
  }
  void it('the whereabouts contest is framed on real time, not on one point', () => {
    const text = md('whereabouts', 'en');
    assert.match(text, /Real-time or precise tracking data .* class A, firmly/);
    assert.doesNotMatch(text, /single location point/);
  });
});

void describe('confidence labels', () => {
  void it('every contest is partially verified and cites published sources', () => {
    for (const id of CONTEST_IDS) {
      const contest = getContest(id)?.contest;
      assert.ok(contest, id);
      assert.equal(contest.confidence, 'partial', id);
      assert.ok(contest.sources.length > 0, id);
    }
  });
  const rows: [CategoryKey[], 'verified' | 'partial'][] = [
    [['health'], 'verified'],
    [['accommodation'], 'partial'],
    [['accommodation', 'health'], 'verified'],
  ];
  for (const [keys, confidence] of rows) {
    void it(`separate consent for ${keys.join('+')} is ${confidence}`, () => {
      const d = duties({ persons: 5, sensitiveCategories: keys }).find((x) => x.id === 'separate_consent');
      assert.equal(d?.confidence, confidence);
    });
  }
});

void describe('Chinese text: statute numbering, 《》, no English in the Chinese hover', () => {
  const numbers: [number, string][] = [
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [28, '二十八'],
    [105, '一百零五'],
    [253, '二百五十三'],
    [1034, '一千零三十四'],
  ];
  for (const [n, zh] of numbers)
    void it(`${n} → ${zh}`, () => {
      assert.equal(chineseNumber(n), zh);
    });
  const articles: [string, 'para' | 'item', string][] = [
    ['Art. 5(1)(3)', 'para', '第五条第一款第三项'],
    ['Art. 253-1(2)', 'para', '第二百五十三条之一第二款'],
    ['Art. 177-1(2)', 'para', '第一百七十七条之一第二款'],
    ['Art. 55(1)', 'item', '第五十五条第一项'],
    ['Table B.1', 'item', '表B.1'],
    ['Annex A', 'item', '附录A'],
  ];
  for (const [en, paren, zh] of articles)
    void it(`${en} → ${zh}`, () => {
      assert.equal(chineseArticle(en, paren), zh);
    });
  void it('rejects an unknown citation form', () => {
    assert.throws(() => chineseArticle('Article five', 'para'), /unknown article form/);
  });
  void it('no Chinese hover contains English citation words, and names carry 《》', () => {
    const english = /\b(?:Art\.|Table|Annex|key point|holding|serious|class|pieces|Guiding|PIPL|verified)\b/;
    for (const c of CATEGORIES) {
      const zh = md(c.key, 'zh')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/`[^`]*`/g, '')
        .replace(/^#### .*$/m, '');
      assert.doesNotMatch(zh, english, c.key);
    }
    assert.match(md('health', 'zh'), /《个人信息保护法》第二十八条/);
    assert.match(md('credential', 'zh'), /《刑法》第二百八十五条第二款/);
  });
});

void describe('R shown as defined, against the applicable standard', () => {
  const rows: [string, Parameters<typeof assessTier>[0], Locale, string][] = [
    [
      'A 25, providing',
      { pieces: { A: 25, B: 0, C: 0 }, conduct: 'provide', insider: false, priorRecord: false },
      'en',
      'R = A/50 + B/500 + C/5000 = 0.50 against 1 (serious) and 10 (especially serious)',
    ],
    [
      'A 25, insider providing: R not doubled, the standard halved',
      { pieces: { A: 25, B: 0, C: 0 }, conduct: 'provide', insider: true, priorRecord: false },
      'en',
      'R = A/50 + B/500 + C/5000 = 0.50 against 0.5 (serious) and 5 (especially serious): the standards halved for information obtained in performing duties or providing services (Art. 5(1)(8))',
    ],
    [
      'A 25, insider providing (zh)',
      { pieces: { A: 25, B: 0, C: 0 }, conduct: 'provide', insider: true, priorRecord: false },
      'zh',
      'R = A/50 + B/500 + C/5000 = 0.50；情节严重标准为0.5，情节特别严重标准为5（在履行职责或者提供服务过程中获得的，依第五条第一款第八项减半）',
    ],
    [
      'insider obtaining: no half',
      { pieces: { A: 25, B: 0, C: 0 }, conduct: 'obtain', insider: true, priorRecord: false },
      'zh',
      'R = A/50 + B/500 + C/5000 = 0.50；情节严重标准为1，情节特别严重标准为10',
    ],
    [
      'business purchase: class C left out',
      { pieces: { A: 10, B: 0, C: 9_000 }, conduct: 'business-purchase', insider: false, priorRecord: false },
      'en',
      'R = A/50 + B/500 = 0.20 against 1 (serious) and 10 (especially serious)',
    ],
  ];
  for (const [label, input, locale, expected] of rows) {
    void it(`${label} (${locale})`, () => {
      assert.equal(ratioLine(assessTier(input), input.conduct, locale), expected);
    });
  }
  void it('the reason states R undoubled and the JSON ratio stays R against the standard', () => {
    const insider = assessTier({
      pieces: { A: 25, B: 0, C: 0 },
      conduct: 'provide',
      insider: true,
      priorRecord: false,
    });
    assert.equal(insider.tier, 'serious');
    assert.equal(insider.quantityRatio, 0.5);
    assert.equal(insider.ratio, 1);
    assert.deepEqual(insider.standard, { serious: 0.5, especiallySerious: 5 });
    const reason = insider.reasons.find((r) => r.id === 'ratio_serious');
    assert.match(reason?.en ?? '', /R = 0\.50 against the standard of 0\.5 halved under Art\. 5\(1\)\(8\)/);
    assert.match(reason?.zh ?? '', /R = 0\.50，依第五条第一款第八项减半后的标准为0\.5/);
    assert.doesNotMatch(reason?.en ?? '', /R = 1\.00/);
    const plain = assessTier({
      pieces: { A: 50, B: 0, C: 0 },
      conduct: 'provide',
      insider: false,
      priorRecord: false,
    });
    assert.match(plain.reasons[0]?.en ?? '', /\(R = 1\.00\)/);
    assert.deepEqual(plain.standard, { serious: 1, especiallySerious: 10 });
  });
});

void describe('the tier line names the 情节严重 standard reached, as an estimate', () => {
  const a = (
    pieces: { A: number; B: number; C: number },
    extra: Partial<Parameters<typeof assessTier>[0]> = {},
  ) => assessTier({ pieces, conduct: 'provide', insider: false, priorRecord: false, ...extra });
  const rows: [string, ReturnType<typeof assessTier>, Conduct, Locale, string][] = [
    [
      'A 50 provide',
      a({ A: 50, B: 0, C: 0 }),
      'provide',
      'en',
      'Quantity standard for 情节严重 reached (estimate)',
    ],
    ['A 50 provide', a({ A: 50, B: 0, C: 0 }), 'provide', 'zh', '达到“情节严重”数量标准（估算）'],
    ['A 500 provide', a({ A: 500, B: 0, C: 0 }), 'provide', 'zh', '达到“情节特别严重”数量标准（估算）'],
    [
      'A 50 hold',
      a({ A: 50, B: 0, C: 0 }, { conduct: 'hold' }),
      'hold',
      'en',
      'If sold, provided or illegally obtained: Quantity standard for 情节严重 reached (estimate)',
    ],
    [
      'gains only',
      a({ A: 0, B: 0, C: 0 }, { gainsCny: 6_000 }),
      'provide',
      'en',
      '情节严重 reached by a circumstance that needs no count (estimate)',
    ],
    ['A 49', a({ A: 49, B: 0, C: 0 }), 'provide', 'en', 'Below every quantity standard (estimate)'],
    ['nothing', a({ A: 0, B: 0, C: 0 }), 'provide', 'zh', '未计得个人信息'],
  ];
  for (const [label, assessment, conduct, locale, expected] of rows) {
    void it(`${label} (${locale}) → ${expected}`, () => {
      assert.equal(tierHeadline(assessment, conduct, locale), expected);
      assert.doesNotMatch(tierHeadline(assessment, conduct, locale), /SERIOUS|Tier:/);
    });
  }
});

void describe('statutory words for item (8) and for Art. 6', () => {
  void it('item (8): the half and the heavier punishment of Art. 253-1(2), only when the half applies', () => {
    const base = { pieces: { A: 30, B: 0, C: 0 }, insider: true, priorRecord: false } as const;
    const provide = assessTier({ ...base, conduct: 'provide' });
    assert.ok(provide.caveats.some((c) => c.id === 'insider_heavier'));
    assert.match(CAVEATS.insiderHeavier.en, /heavier punishment under Criminal Law Art\. 253-1\(2\)/);
    assert.match(CAVEATS.insiderHeavier.zh, /在履行职责或者提供服务过程中获得的公民个人信息/);
    assert.match(CAVEATS.insiderHeavier.zh, /依《刑法》第二百五十三条之一第二款从重处罚/);
    assert.doesNotMatch(CAVEATS.insiderHeavier.zh, /内部人员/);
    assert.ok(!assessTier({ ...base, conduct: 'obtain' }).caveats.some((c) => c.id === 'insider_heavier'));
    assert.ok(
      !assessTier({ ...base, insider: false, conduct: 'provide' }).caveats.some(
        (c) => c.id === 'insider_heavier',
      ),
    );
  });
  void it('Art. 6: illegally buying or receiving; the figure is profit (获利), Art. 5 counts 违法所得', () => {
    const business = assessTier({
      pieces: { A: 0, B: 0, C: 100 },
      conduct: 'business-purchase',
      insider: false,
      priorRecord: false,
      gainsCny: 50_000,
    });
    const reason = business.reasons.find((r) => r.id === 'business_profit');
    assert.match(reason?.en ?? '', /Profit \(获利\) .* illegally bought or received for a lawful business/);
    assert.match(reason?.zh ?? '', /为合法经营活动而非法购买、收受的C类信息获利/);
    const gains = assessTier({
      pieces: { A: 1, B: 0, C: 0 },
      conduct: 'provide',
      insider: false,
      priorRecord: false,
      gainsCny: 5_000,
    });
    assert.match(gains.reasons.find((r) => r.id === 'gains_serious')?.en ?? '', /Illegal gains \(违法所得\)/);
    assert.match(CAVEATS.businessOnlySerious.zh, /非法购买、收受/);
  });
});

void describe('Chinese numbering of free-text references (one helper, articleZh.ts)', () => {
  const rows: [string, string][] = [
    [
      '法释〔2017〕10号 Art. 5(1)(3)–(6), 5(2)(3), 5(1)(8)',
      '法释〔2017〕10号第五条第一款第三项至第六项、第五条第二款第三项、第五条第一款第八项',
    ],
    [
      'Criminal Law Art. 177-1(2); 法释〔2009〕19号 Art. 3',
      '《刑法》第一百七十七条之一第二款；法释〔2009〕19号第三条',
    ],
    ['法释〔2017〕10号 Art. 6(1)(2)', '法释〔2017〕10号第六条第一款第二项'],
    ['GB/T 35273 Table B.1', 'GB/T 35273 表B.1'],
  ];
  for (const [en, zh] of rows) {
    void it(`${en} → ${zh}`, () => {
      assert.equal(articleText(en, 'zh'), zh);
      assert.equal(articleText(en, 'en'), en);
    });
  }
});

void describe('property — financial accounts named in PIPL Art. 28, other property only in GB/T 35273 B.1', () => {
  for (const locale of LOCALES) {
    void it(`the PIPL line says which part is named (${locale})`, () => {
      const e = explainCategory('property', { locale });
      assert.match(
        e.sensitivity.text,
        locale === 'zh' ? /金融账户.*第二十八条/ : /Financial accounts .* PIPL Art\. 28/,
      );
      assert.match(
        e.sensitivity.text,
        locale === 'zh' ? /仅在GB\/T 35273 表B\.1/ : /only in GB\/T 35273 B\.1/,
      );
      assert.doesNotMatch(explainCategory('health', { locale }).sensitivity.text, /GB\/T 35273/);
    });
  }
  const rows: [string | undefined, 'verified' | 'partial'][] = [
    ['bare_bank_card', 'verified'],
    ['real_estate_owner', 'partial'],
    [undefined, 'partial'],
  ];
  for (const [contest, confidence] of rows) {
    void it(`a property field (${contest ?? 'no contest'}) → consent duty ${confidence}`, () => {
      const e = explainCategory('property', { locale: 'en', contest: contest as never });
      assert.ok(e.duties.length > 0);
      assert.equal(e.duties[0]?.confidence, confidence);
    });
  }
  const datasets: [CategoryKey[], 'verified' | 'partial'][] = [
    [['property'], 'partial'],
    [['property', 'health'], 'verified'],
    [['property', 'accommodation'], 'partial'],
  ];
  for (const [keys, confidence] of datasets) {
    void it(`dataset with ${keys.join('+')} → separate consent ${confidence}`, () => {
      const d = duties({ persons: 5, sensitiveCategories: keys }).find((x) => x.id === 'separate_consent');
      assert.ok(d);
      assert.equal(d.confidence, confidence);
      if (confidence === 'partial') assert.match(d.en, /Named in PIPL Art\. 28 for financial accounts/);
      if (keys.includes('accommodation')) assert.match(d.en, /Sensitive here only by a national standard/);
    });
  }
});

void describe('caveats and wording', () => {
  const base = { pieces: { A: 60, B: 0, C: 0 }, insider: false, priorRecord: false } as const;
  void it('holding carries the Art. 286-1 leak caveat with its figures by class; an act does not', () => {
    const hold = assessTier({ ...base, conduct: 'hold' });
    assert.ok(hold.caveats.some((c) => c.id === 'hold'));
    assert.match(
      CAVEATS.hold.en,
      /Art\. 286-1 .* 500 \/ 5,000 \/ 50,000 pieces of class A \/ B \/ C information/,
    );
    assert.match(CAVEATS.hold.en, /法释〔2019〕15号 Art\. 4; the document number is not verified/);
    assert.match(CAVEATS.hold.zh, /A类、B类、C类信息分别达到五百条、五千条、五万条以上即属“造成严重后果”/);
    assert.match(CAVEATS.hold.zh, /文号未经核实/);
    assert.ok(!assessTier({ ...base, conduct: 'provide' }).caveats.some((c) => c.id === 'hold'));
    assert.match(INSTRUMENTS.interp_2019_network.note?.en ?? '', /document number .* not verified/);
  });
  void it('the counting caveat — once under the most sensitive class (inference), A/B one by one, masked values', () => {
    const counting = assessTier({ ...base, conduct: 'provide' }).caveats.find((c) => c.id === 'counting');
    assert.ok(counting);
    assert.match(counting.en, /each once under its most sensitive class \(an inference from practice\)/);
    assert.match(counting.en, /For classes A and B, courts verify pieces one by one/);
    assert.match(counting.en, /Partly masked values are counted, conservatively/);
    assert.match(counting.zh, /A类、B类信息应逐一认定/);
    assert.match(counting.zh, /部分遮蔽的值亦从严计入/);
    assert.match(counting.en, /courts leave out records that identify no one/);
  });
  void it('the unit-crime caveat is on every assessment, in both languages', () => {
    for (const conduct of ['hold', 'provide', 'obtain', 'business-purchase'] as const)
      assert.ok(
        assessTier({ ...base, conduct }).caveats.some((c) => c.id === 'unit'),
        conduct,
      );
    assert.match(CAVEATS.unit.en, /Art\. 253-1\(4\); Interpretation Art\. 7/);
    assert.match(CAVEATS.unit.zh, /单位犯罪的.*对单位判处罚金/);
  });
  for (const locale of LOCALES) {
    void it(`thresholds in the statute's form in Chinese (以上), ≥ in English (${locale})`, () => {
      const summary = summarizeCategory('health', locale);
      const text = md('health', locale);
      if (locale === 'zh') {
        assert.match(summary, /500条以上为情节严重，5,000条以上为情节特别严重/);
        assert.match(text, /500条以上为情节严重；5,000条以上为情节特别严重/);
        assert.doesNotMatch(summary + text, /≥ \d/);
      } else {
        assert.match(summary, /serious ≥ 500 pieces/);
        assert.match(text, /serious ≥ 500 pieces; especially serious ≥ 5,000 pieces/);
        assert.doesNotMatch(summary, /以上/);
      }
    });
  }
  void it('the unverified label reads 未经核实, and the name note is idiomatic', () => {
    assert.match(md('name', 'zh'), /姓名通常是使同一记录中其他字段能够识别特定自然人的关键字段/);
    assert.doesNotMatch(md('name', 'zh'), /准标识符/);
    assert.doesNotMatch(JSON.stringify(CATEGORIES), /来自记忆/);
    assert.equal(legalConfidenceLabel('memory', 'zh'), '未经核实');
    assert.equal(legalConfidenceLabel('partial', 'zh'), '部分核实');
    assert.equal(legalConfidenceLabel('verified', 'zh'), '');
  });
});

void describe('de-identified and anonymised data, cited by what defines PI', () => {
  void it('de-identified: PIPL Art. 4, 73(3); anonymised: PIPL Art. 4, 73(4) and 法释〔2017〕10号 Art. 1, 3(2)', () => {
    assert.match(PROCESSING_STATE.deidentified.en, /still personal information \(PIPL Art\. 4, 73\(3\)\)/);
    assert.match(PROCESSING_STATE.deidentified.zh, /《个人信息保护法》第四条、第七十三条第三项/);
    assert.match(
      PROCESSING_STATE.anonymized.en,
      /\(PIPL Art\. 4, 73\(4\); 法释〔2017〕10号 Art\. 1, 3\(2\)\)/,
    );
    assert.match(PROCESSING_STATE.anonymized.zh, /第七十三条第四项；法释〔2017〕10号第一条、第三条第二款/);
    assert.doesNotMatch(PROCESSING_STATE.deidentified.en, /73\(4\)|3\(2\)/);
  });
  void it('docs/legal-basis.md states both, the property scope and every caveat', () => {
    const doc = renderLegalBasisDocs();
    assert.ok(doc.includes(PROCESSING_STATE.deidentified.en));
    assert.ok(doc.includes(PROCESSING_STATE.anonymized.zh));
    assert.ok(doc.includes(CAVEATS.insiderHeavier.zh));
    assert.ok(doc.includes(CAVEATS.hold.en));
    assert.match(doc, /`property`: Financial accounts/);
    assert.doesNotMatch(doc, /`health`: /);
  });
});

void describe('vehicle-owner information is contested like real estate (strict A / lenient C)', () => {
  const rows: [string, string | undefined, 'A' | 'C', 'A' | 'C'][] = [
    ['car_owner', 'vehicle_owner', 'A', 'C'],
    ['车主', 'vehicle_owner', 'A', 'C'],
    ['机动车登记证书', 'vehicle_owner', 'A', 'C'],
    ['plate_no', undefined, 'C', 'C'],
    ['vin', undefined, 'C', 'C'],
  ];
  for (const [name, contest, strict, lenient] of rows) {
    void it(`${name} → vehicle ${contest ?? '(firm)'}: strict ${strict}, lenient ${lenient}`, () => {
      const f = classifyField(field(name));
      assert.deepEqual([f?.category, f?.contest, f?.class], ['vehicle', contest, strict]);
      assert.equal(classifyField(field(name), { contestedReading: 'lenient' })?.class, lenient);
    });
  }
  void it('is partially verified, cites the Jiangsu procuratorate, and the hover names it in both languages', () => {
    const contest = getContest('vehicle_owner')?.contest;
    assert.ok(contest);
    assert.equal(contest.confidence, 'partial');
    assert.deepEqual(contest.sources, ['jsjc_two_direct_2024']);
    assert.match(md('vehicle', 'en', { contest: 'vehicle_owner' }), /reading: strict → Class A/);
    assert.match(
      md('vehicle', 'zh', { contest: 'vehicle_owner', reading: 'lenient' }),
      /当前解读：宽松 → C类/,
    );
    assert.match(md('vehicle', 'zh'), /车主信息/);
    assert.doesNotMatch(md('address', 'en'), /vehicle_owner/);
  });
});

void describe('a patient’s number is a medical-visit record (health), not an online id', () => {
  const rows: [string, string | undefined, string, string][] = [
    ['patient_id', undefined, 'health', 'B'],
    ['patientId', 'Appointment', 'health', 'B'],
    ['patient_no', undefined, 'health', 'B'],
    ['患者编号', undefined, 'health', 'B'],
    ['病人号', undefined, 'health', 'B'],
    // Negatives: other people's record keys stay online ids; a patient's ID card stays an ID number.
    ['customer_id', undefined, 'online_id', 'C'],
    ['passengerId', undefined, 'online_id', 'C'],
    ['客户编号', undefined, 'online_id', 'C'],
    ['patientIdCard', undefined, 'id_number', 'B'],
  ];
  for (const [name, owner, category, cls] of rows) {
    void it(`${owner === undefined ? '' : `${owner}.`}${name} → ${category} (class ${cls})`, () => {
      const f = classifyField({ ...field(name), ...(owner === undefined ? {} : { owner }) });
      assert.deepEqual([f?.category, f?.class], [category, cls]);
    });
  }
});
