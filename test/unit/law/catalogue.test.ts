import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CATEGORIES,
  CATEGORY_KEYS,
  CONTEST_IDS,
  NINGBO_TYPES,
  classFor,
  getCategory,
  getContest,
  isCategoryKey,
  parseCatalogue,
  type CategoryInput,
  type CategoryKey,
} from '../../../src/core/law/index.js';
import { CLASS_A } from '../../../src/core/law/categories/classA.js';

const EXPECTED: Record<'A' | 'B' | 'C', readonly string[]> = {
  A: ['whereabouts', 'communication_content', 'credit', 'property'],
  B: [
    'accommodation',
    'communication_records',
    'health',
    'transaction',
    'face',
    'biometric',
    'id_card_image',
  ],
  C: [
    'id_number',
    'name',
    'contact',
    'address',
    'household_registration',
    'credential',
    'basic_profile',
    'online_id',
    'online_activity',
    'education_work',
    'contacts_list',
    'religion_identity',
    'criminal_record',
    'marital_orientation',
    'vehicle',
  ],
};

void describe('category catalogue (meta)', () => {
  void it('has exactly the keys of docs/categories.md, in order', () => {
    assert.deepEqual(
      [...CATEGORY_KEYS],
      [...EXPECTED.A, ...EXPECTED.B, ...EXPECTED.C, 'minor_u14', 'minor_u18'],
    );
    assert.deepEqual(
      CATEGORIES.map((c) => c.key),
      [...CATEGORY_KEYS],
    );
  });

  for (const [cls, keys] of Object.entries(EXPECTED)) {
    for (const key of keys) {
      void it(`${key} is class ${cls} with names, a 法释 basis and notes`, () => {
        const c = getCategory(key as CategoryKey);
        assert.equal(c.class, cls);
        assert.match(c.zh, /\p{Script=Han}/u);
        assert.match(c.en, /^[ -~]+$/);
        assert.ok(c.basis.some((b) => b.instrument === 'fs2017_10'));
        assert.ok(c.notes.en.length > 0 && c.notes.zh.length > 0);
      });
    }
  }

  void it('minor_u14 is a flag, sensitive, citing PIPL Art. 28 and 31', () => {
    const c = getCategory('minor_u14');
    assert.equal(c.class, null);
    assert.equal(c.piplSensitive, 'yes');
    assert.deepEqual(
      c.basis.filter((b) => b.instrument === 'pipl').map((b) => b.article),
      ['Art. 28', 'Art. 31'],
    );
  });

  const SENSITIVITY: Record<string, string> = {
    whereabouts: 'yes',
    property: 'yes',
    health: 'yes',
    biometric: 'yes',
    religion_identity: 'yes',
    id_number: 'std',
    credit: 'std',
    accommodation: 'std',
    contacts_list: 'std',
    online_activity: 'std',
    name: 'no',
    contact: 'no',
    address: 'no',
    vehicle: 'no',
    online_id: 'no',
    household_registration: 'no',
  };
  for (const [key, value] of Object.entries(SENSITIVITY)) {
    void it(`${key} PIPL sensitivity is ${value} (reference §9.2)`, () => {
      assert.equal(getCategory(key as CategoryKey).piplSensitive, value);
    });
  }

  void it('every category cites PIPL Art. 28 exactly when its sensitivity is "yes"', () => {
    for (const c of CATEGORIES) {
      const cites28 = c.basis.some((b) => b.instrument === 'pipl' && b.article === 'Art. 28');
      assert.equal(cites28, c.piplSensitive === 'yes', c.key);
    }
  });

  const NINGBO: Record<string, string> = {
    real_estate: 'property',
    stock_securities: 'property',
    property: 'property',
    location: 'whereabouts',
    online_behaviour: 'online_activity',
    vehicle_ownership: 'vehicle',
    education: 'education_work',
    household_registration: 'household_registration',
    communication: 'communication_records',
  };
  for (const type of NINGBO_TYPES) {
    void it(`Ningbo type ${type} maps to an existing category (${NINGBO[type]})`, () => {
      const covering = CATEGORIES.filter((c) => c.ningbo.includes(type)).map((c) => c.key);
      assert.ok(covering.length > 0);
      assert.ok(covering.every((k) => isCategoryKey(k)));
      assert.ok(covering.includes(NINGBO[type] as CategoryKey), `${type} → ${covering.join(',')}`);
    });
  }

  const CONTESTS = [
    ['bare_bank_card', 'property', 'A', 'C'],
    ['real_estate_owner', 'property', 'A', 'C'],
    ['financial_credential', 'credential', 'A', 'C'],
    ['ecommerce_order', 'transaction', 'B', 'C'],
    ['historical_location', 'whereabouts', 'A', 'C'],
    ['resident_id_info', 'id_number', 'B', 'C'],
    ['vehicle_owner', 'vehicle', 'A', 'C'],
  ] as const;
  void it('lists exactly the seven contest ids', () => {
    assert.deepEqual([...CONTEST_IDS].sort(), CONTESTS.map((c) => c[0]).sort());
  });
  for (const [id, key, strict, lenient] of CONTESTS) {
    void it(`contest ${id} belongs to ${key}: strict ${strict}, lenient ${lenient}, labelled`, () => {
      const found = getContest(id);
      assert.ok(found);
      assert.equal(found.category.key, key);
      assert.equal(found.contest.strict, strict);
      assert.equal(found.contest.lenient, lenient);
      assert.notEqual(found.contest.confidence, 'verified');
      assert.equal(classFor(key, { contest: id }), strict);
      assert.equal(classFor(key, { contest: id, reading: 'strict' }), strict);
      assert.equal(classFor(key, { contest: id, reading: 'lenient' }), lenient);
    });
  }

  void it("classFor without a contest, or with another category's contest, is the base class", () => {
    assert.equal(classFor('credential'), 'C');
    assert.equal(classFor('credential', { reading: 'lenient' }), 'C');
    assert.equal(classFor('id_number', { contest: 'bare_bank_card', reading: 'strict' }), 'C');
    assert.equal(classFor('property', { contest: 'ecommerce_order', reading: 'lenient' }), 'A');
    assert.equal(classFor('minor_u14'), null);
  });

  void it('isCategoryKey rejects near misses', () => {
    for (const s of ['', 'track', 'ID_NUMBER', 'idNumber', 'minor', 'constructor', '__proto__'])
      assert.equal(isCategoryKey(s), false, s);
    assert.equal(isCategoryKey('vehicle'), true);
    assert.equal(getContest('no_such_contest'), undefined);
  });
});

void describe('catalogue validation errors are precise', () => {
  const whole = (): CategoryInput[] => CATEGORIES.map((c) => structuredClone<CategoryInput>(c));
  const cases: [string, (cats: CategoryInput[]) => CategoryInput[], RegExp][] = [
    [
      'wrong class for a key',
      (cats) => cats.map((c) => (c.key === 'name' ? { ...c, class: 'A' } : c)),
      /name\.class: name must be class C/,
    ],
    [
      'missing basis',
      (cats) => cats.map((c) => (c.key === 'credit' ? { ...c, basis: [] } : c)),
      /credit\.basis/,
    ],
    [
      'unknown key',
      (cats) => [...cats, { ...CLASS_A[0]!, key: 'location' as CategoryKey }],
      /location\.key: Invalid option/,
    ],
    ['missing category', (cats) => cats.filter((c) => c.key !== 'vehicle'), /missing category vehicle/],
    ['duplicate key', (cats) => [...cats, cats[0]!], /duplicate key whereabouts/],
    [
      'contest without the base class',
      (cats) =>
        cats.map((c) =>
          c.key === 'transaction'
            ? { ...c, contests: c.contests?.map((x) => ({ ...x, strict: 'A' as const })) }
            : c,
        ),
      /does not include the category's class B/,
    ],
    [
      'lenient stricter than strict',
      (cats) =>
        cats.map((c) =>
          c.key === 'property'
            ? {
                ...c,
                contests: c.contests?.map((x) => ({ ...x, strict: 'C' as const, lenient: 'A' as const })),
              }
            : c,
        ),
      /strict reading must be a stricter/,
    ],
    [
      'orphaned Ningbo type',
      (cats) => cats.map((c) => ({ ...c, ningbo: c.ningbo.filter((t) => t !== 'education') })),
      /education maps to no category/,
    ],
    [
      'unknown confidence',
      (cats) =>
        cats.map((c) =>
          c.key === 'name' ? { ...c, basis: [{ ...c.basis[0]!, confidence: 'sure' as 'verified' }] } : c,
        ),
      /name\.basis\.0\.confidence/,
    ],
  ];
  void it('accepts the shipped data', () => {
    assert.equal(parseCatalogue(whole()).length, CATEGORY_KEYS.length);
  });
  for (const [label, mutate, message] of cases) {
    void it(`rejects: ${label}`, () => {
      assert.throws(() => parseCatalogue(mutate(whole())), message);
    });
  }
});
