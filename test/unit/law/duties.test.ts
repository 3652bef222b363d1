import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADMIN_THRESHOLDS, administrativeDuties, type DutyInput } from '../../../src/core/law/index.js';

const input = (partial: Partial<DutyInput>): DutyInput => ({
  persons: 0,
  sensitivePersons: 0,
  facePersons: 0,
  sensitiveCategories: [],
  minorsPresent: false,
  ...partial,
});
const ids = (partial: Partial<DutyInput>): string[] => administrativeDuties(input(partial)).map((d) => d.id);
const crossBorder = (partial: Partial<DutyInput>): string | undefined =>
  ids(partial).find((id) => id.startsWith('cross_border_'));

void describe('administrative thresholds (natural persons)', () => {
  void it('match the figures of docs/legal-basis.md', () => {
    assert.deepEqual(ADMIN_THRESHOLDS, {
      crossBorderExemptBelow: 100000,
      crossBorderAssessmentFrom: 1000000,
      crossBorderSensitiveAssessmentFrom: 10000,
      protectionOfficerFrom: 1000000,
      biennialAuditAbove: 10000000,
      ndsmrArt28From: 10000000,
      faceFilingFrom: 100000,
    });
  });
});

void describe('cross-border mechanism (2024 Provisions, non-CIIO)', () => {
  const rows: [Partial<DutyInput>, string][] = [
    [{ persons: 0 }, 'cross_border_exempt'],
    [{ persons: 99_999 }, 'cross_border_exempt'],
    [{ persons: 100_000 }, 'cross_border_standard_contract'],
    [{ persons: 999_999 }, 'cross_border_standard_contract'],
    [{ persons: 1_000_000 }, 'cross_border_security_assessment'],
    [{ persons: 10, sensitivePersons: 1 }, 'cross_border_standard_contract'],
    [{ persons: 9_999, sensitivePersons: 9_999 }, 'cross_border_standard_contract'],
    [{ persons: 10_000, sensitivePersons: 10_000 }, 'cross_border_security_assessment'],
    [{ persons: 50_000, sensitivePersons: 9_999 }, 'cross_border_standard_contract'],
    [{ persons: 99_999, sensitiveCategories: ['health'] }, 'cross_border_standard_contract'],
    [{ persons: 5, minorsPresent: true }, 'cross_border_standard_contract'],
    [{ persons: 999_999, sensitivePersons: 10_000 }, 'cross_border_security_assessment'],
  ];
  for (const [partial, expected] of rows) {
    void it(`${JSON.stringify(partial)} → ${expected}`, () => {
      assert.equal(crossBorder(partial), expected);
    });
  }
  void it('is always labelled partially verified and says "since 1 January"', () => {
    for (const persons of [0, 100_000, 1_000_000]) {
      const duty = administrativeDuties(input({ persons })).find((d) => d.id.startsWith('cross_border_'));
      assert.equal(duty?.confidence, 'partial');
      assert.ok(duty);
      assert.match(duty.en, /1 January of the current year/);
      assert.match(duty.zh, /当年1月1日/);
    }
  });
});

void describe('other duties by persons', () => {
  const rows: [string, Partial<DutyInput>, string, boolean][] = [
    ['officer at 999,999', { persons: 999_999 }, 'protection_officer', false],
    ['officer at 1,000,000', { persons: 1_000_000 }, 'protection_officer', true],
    ['compliance audit for any PI (PIPL Art. 54)', { persons: 1 }, 'compliance_audit', true],
    ['no compliance audit without PI', { persons: 0 }, 'compliance_audit', false],
    ['NDSMR Art. 28 at 9,999,999', { persons: 9_999_999 }, 'ndsmr_art28', false],
    [
      'NDSMR Art. 28 at 10,000,000 ("以上" includes the number)',
      { persons: 10_000_000 },
      'ndsmr_art28',
      true,
    ],
    ['NDSMR Art. 28 at 10,000,001', { persons: 10_000_001 }, 'ndsmr_art28', true],
    ['face filing at 99,999', { persons: 99_999, facePersons: 99_999 }, 'face_filing', false],
    ['face filing at 100,000', { persons: 100_000, facePersons: 100_000 }, 'face_filing', true],
    ['no consent duty without sensitive PI', { persons: 5 }, 'separate_consent', false],
    [
      'separate consent with sensitive persons',
      { persons: 5, sensitivePersons: 1 },
      'separate_consent',
      true,
    ],
    [
      'impact assessment with sensitive categories',
      { sensitiveCategories: ['biometric'] },
      'impact_assessment',
      true,
    ],
    ['no impact assessment without sensitive PI', { persons: 2_000_000 }, 'impact_assessment', false],
    ['minors duty', { persons: 1, minorsPresent: true }, 'minors_u14', true],
    ['no minors duty', { persons: 1 }, 'minors_u14', false],
  ];
  for (const [label, partial, id, present] of rows) {
    void it(label, () => {
      assert.equal(ids(partial).includes(id), present);
    });
  }

  void it('marks the verified and partially verified duties as the reference does', () => {
    const all = administrativeDuties(
      input({
        persons: 20_000_000,
        sensitivePersons: 20_000,
        facePersons: 200_000,
        sensitiveCategories: ['biometric'],
        minorsPresent: true,
      }),
    );
    const confidence = Object.fromEntries(all.map((d) => [d.id, d.confidence]));
    assert.deepEqual(confidence, {
      separate_consent: 'verified',
      impact_assessment: 'verified',
      minors_u14: 'verified',
      minors_annual_audit: 'partial',
      cross_border_security_assessment: 'partial',
      protection_officer: 'partial',
      compliance_audit: 'partial',
      ndsmr_art28: 'verified',
      face_filing: 'partial',
    });
    for (const d of all)
      assert.ok(d.en.length > 0 && /\p{Script=Han}/u.test(d.zh) && d.basis.length > 0, d.id);
  });

  void it('names the sensitive categories in the consent duty', () => {
    const consent = administrativeDuties(input({ sensitiveCategories: ['health', 'biometric'] })).find(
      (d) => d.id === 'separate_consent',
    );
    assert.match(consent?.en ?? '', /health, biometric/);
  });

  for (const bad of [-1, 0.5, Number.NaN]) {
    void it(`rejects persons ${bad}`, () => {
      assert.throws(() => administrativeDuties(input({ persons: bad })), RangeError);
    });
  }
});
