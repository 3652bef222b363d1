import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CATEGORY_KEYS,
  explainCategory,
  getContest,
  renderExplanationMarkdown,
  summarizeCategory,
  type CategoryKey,
  type ContestId,
} from '../../../src/core/law/index.js';

const THRESHOLDS: Record<'A' | 'B' | 'C', [string, string, string, string, string, string]> = {
  A: ['50', '500', '25', '250', 'Art. 5(1)(3)', '第五条第一款第三项'],
  B: ['500', '5,000', '250', '2,500', 'Art. 5(1)(4)', '第五条第一款第四项'],
  C: ['5,000', '50,000', '2,500', '25,000', 'Art. 5(1)(5)', '第五条第一款第五项'],
};

void describe('explainCategory + renderExplanationMarkdown', () => {
  for (const key of CATEGORY_KEYS) {
    for (const locale of ['en', 'zh'] as const) {
      void it(`${key} (${locale}) names its title(s), the key, the basis and thresholds`, () => {
        const e = explainCategory(key, { locale });
        const md = renderExplanationMarkdown(e);
        assert.ok(md.includes(e.title.zh) && md.includes(`\`${key}\``));
        // English leads with the English title and keeps the Chinese term; Chinese stays Chinese.
        if (locale === 'en') assert.ok(md.indexOf(e.title.en) < md.indexOf(e.title.zh));
        else
          assert.ok(
            !(md.split('\n')[0] ?? '').replace(/`[^`]*`/g, '').includes(e.title.en),
            'no English title in a Chinese explanation',
          );
        if (e.class === null) {
          assert.ok(key === 'minor_u14' || key === 'minor_u18');
          assert.match(md, locale === 'zh' ? /刑事上无单独档次/ : /no criminal tier of its own/);
          return;
        }
        const [serious, especially, insider, insiderEsp, article, articleZh] = THRESHOLDS[e.class];
        // Chinese states the statute's "N条以上" (以上 includes N), English "≥ N".
        const at = (n: string): string => (locale === 'zh' ? `${n}条以上` : `≥ ${n}`);
        for (const figure of [
          at(serious),
          at(especially),
          at(insider),
          at(insiderEsp),
          locale === 'zh' ? articleZh : article,
          '法释〔2017〕10号',
        ]) {
          assert.ok(md.includes(figure), `missing ${figure}`);
        }
        assert.match(md, locale === 'zh' ? /系推断/ : /is an inference/);
      });
    }
  }

  const contested: [CategoryKey, ContestId][] = [
    ['property', 'bare_bank_card'],
    ['credential', 'financial_credential'],
    ['transaction', 'ecommerce_order'],
    ['whereabouts', 'historical_location'],
    ['property', 'real_estate_owner'],
    ['id_number', 'resident_id_info'],
    ['household_registration', 'resident_id_info'],
    ['vehicle', 'vehicle_owner'],
  ];
  for (const [key, contest] of contested) {
    void it(`${key} always names contest ${contest}, and applies it when matched`, () => {
      const { contest: c } = getContest(contest)!;
      for (const locale of ['en', 'zh'] as const) {
        const plain = renderExplanationMarkdown(explainCategory(key, { locale }));
        assert.ok(plain.includes(contest));
        assert.ok(plain.includes(locale === 'zh' ? c.title.zh : c.title.en));
        // Every contest now has published sources: partially verified, and cited.
        assert.match(plain, locale === 'zh' ? /部分核实/ : /partially verified/);
        assert.match(plain, locale === 'zh' ? /公开来源：\[/ : /Published sources: \[/);
        const lenient = explainCategory(key, { locale, contest, reading: 'lenient' });
        assert.equal(lenient.class, c.lenient);
        const n = THRESHOLDS[c.lenient][0];
        assert.ok(renderExplanationMarkdown(lenient).includes(locale === 'zh' ? `${n}条以上` : `≥ ${n}`));
        const strict = explainCategory(key, { locale, contest });
        assert.equal(strict.class, c.strict);
        assert.equal(strict.contests.find((x) => x.id === contest)?.applies, true);
      }
    });
  }

  void it('labels partially verified points', () => {
    assert.match(
      renderExplanationMarkdown(explainCategory('face', { locale: 'en' })),
      /Guiding Case No\. 192.*\(partially verified\)/,
    );
    assert.match(
      renderExplanationMarkdown(explainCategory('face', { locale: 'zh' })),
      /指导性案例192号.*部分核实/,
    );
    assert.match(
      renderExplanationMarkdown(explainCategory('id_number', { locale: 'en' })),
      /GB\/T 35273-2020 Table B\.1.*\(partially verified\)/,
    );
  });

  void it('does not label verified points', () => {
    const e = explainCategory('name', { locale: 'en' });
    assert.ok(e.basis.every((b) => b.label === ''));
    assert.doesNotMatch(renderExplanationMarkdown(e), /partially verified|from memory/);
  });

  void it('lists PIPL duties only for sensitive categories', () => {
    assert.equal(explainCategory('name', { locale: 'en' }).duties.length, 0);
    const health = renderExplanationMarkdown(explainCategory('health', { locale: 'en' }));
    assert.match(health, /PIPL Art\. 29/);
    assert.match(health, /PIPL Art\. 55\(1\)/);
    assert.match(renderExplanationMarkdown(explainCategory('minor_u14', { locale: 'zh' })), /第三十一条/);
    assert.match(
      renderExplanationMarkdown(explainCategory('face', { locale: 'en' })),
      /stored for 100,000\+ persons/,
    );
    assert.doesNotMatch(
      renderExplanationMarkdown(explainCategory('biometric', { locale: 'en' })),
      /stored for 100,000\+ persons/,
    );
    assert.match(explainCategory('credit', { locale: 'en' }).sensitivity.text, /conservative/);
  });
});

void describe('summarizeCategory', () => {
  const rows: [CategoryKey, 'en' | 'zh', string][] = [
    [
      'id_number',
      'en',
      '身份证件号码 id_number — class C, if sold, provided or illegally obtained: serious ≥ 5,000 pieces, especially serious ≥ 50,000 (法释〔2017〕10号 Art. 5(1)(5))',
    ],
    [
      'id_number',
      'zh',
      '身份证件号码 id_number — C类，如违法出售、提供或者非法获取：5,000条以上为情节严重，50,000条以上为情节特别严重（法释〔2017〕10号第五条第一款第五项）',
    ],
    [
      'whereabouts',
      'en',
      '行踪轨迹信息 whereabouts — class A, if sold, provided or illegally obtained: serious ≥ 50 pieces, especially serious ≥ 500 (法释〔2017〕10号 Art. 5(1)(3))',
    ],
    [
      'health',
      'en',
      '健康生理信息 health — class B, if sold, provided or illegally obtained: serious ≥ 500 pieces, especially serious ≥ 5,000 (法释〔2017〕10号 Art. 5(1)(4))',
    ],
    [
      'biometric',
      'en',
      '其他生物识别信息 biometric — class B, if sold, provided or illegally obtained: serious ≥ 500 pieces, especially serious ≥ 5,000 (法释〔2017〕10号 Art. 5(1)(4); Guiding Case 192, partially verified)',
    ],
  ];
  for (const [key, locale, expected] of rows) {
    void it(`${key} ${locale}`, () => {
      assert.equal(summarizeCategory(key, locale), expected);
    });
  }
  void it('names an applied contest and its reading', () => {
    assert.match(
      summarizeCategory('property', 'en', { contest: 'bare_bank_card', reading: 'lenient' }),
      /class C, .*contested: a bare bank-card number \(lenient reading, strict A \/ lenient C\)/,
    );
    assert.match(
      summarizeCategory('property', 'zh', { contest: 'bare_bank_card' }),
      /A类，.*争议：单独的银行卡号（严格解读/,
    );
    assert.doesNotMatch(summarizeCategory('property', 'en'), /contested/);
  });
  void it('describes the minor flag without a class', () => {
    assert.match(
      summarizeCategory('minor_u14', 'en'),
      /^不满十四周岁未成年人的个人信息 minor_u14 — flag: .*PIPL Art\. 28, 31/,
    );
    assert.doesNotMatch(summarizeCategory('minor_u14', 'en'), /class [ABC]/);
  });
});
