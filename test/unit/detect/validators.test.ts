/**
 * Validations that say what a field holds (issue 9, branch `det-readers`): `@Email`,
 * `[Phone]`, `@IsIdentityCard()`, pydantic's `EmailStr` (src/core/detect/validators.ts). Each
 * with a negative beside it: the record still says whose the value is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyField } from '../../../src/core/detect/classify.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { evidenceDetail, hasChineseEvidence } from '../../../src/shared/evidenceText.js';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const field = (name: string, owner: string, more: Partial<FieldCandidate> = {}): FieldCandidate => ({
  name,
  range: RANGE,
  role: 'declaration',
  owner,
  declaredType: 'String',
  ...more,
});

describe('a validation says what a field holds', () => {
  const cases: [string, FieldCandidate, string | undefined][] = [
    ['@Email on a login name', field('login', 'RegisterRequest', { validation: 'Email' }), 'contact'],
    // A bare `login` holding text is the login name (session 22), so a name reading nothing.
    ['a name unvalidated', field('handle', 'RegisterRequest'), undefined],
    ['[Phone] on a callback', field('Callback', 'ContactForm', { validation: 'Phone' }), 'contact'],
    [
      '@IsIdentityCard() on a certificate',
      field('cert', 'CreateUserDto', { validation: 'IsIdentityCard' }),
      'id_number',
    ],
    [
      '@IsCreditCard() on a number',
      field('number', 'PaymentDto', { validation: 'IsCreditCard' }),
      'property',
    ],
    ['pydantic EmailStr', field('login', 'UserIn', { declaredType: 'EmailStr | None' }), 'contact'],
    ['a list of EmailStr', field('recipients', 'Invite', { declaredType: 'list[EmailStr]' }), 'contact'],
    // Whose value it is still comes from the record: a mail server's sender, a site's address.
    ['@Email in mail settings', field('from', 'MailConfig', { validation: 'Email' }), undefined],
    ['@Email on a site setting', field('supportEmail', 'SiteSettings', { validation: 'Email' }), undefined],
    // An annotation that validates nothing of the kind says nothing.
    ['@NotBlank', field('handle', 'RegisterRequest', { validation: 'NotBlank' }), undefined],
    [
      'a type that merely contains the word',
      field('login', 'UserIn', { declaredType: 'EmailStrategy' }),
      undefined,
    ],
  ];
  for (const [title, candidate, expected] of cases) {
    it(`${title} → ${expected ?? 'not PI'}`, () => {
      const found = classifyField(candidate);
      assert.equal(found?.category, expected);
      if (found !== undefined)
        assert.ok(
          found.evidence.some((e) => e.detail.startsWith('the validation ')),
          'says why',
        );
    });
  }

  it('confirms a name that already says it, one confidence step up', () => {
    const plain = classifyField(field('contact', 'RegisterRequest'));
    const validated = classifyField(field('contact', 'RegisterRequest', { validation: 'Email' }));
    assert.equal(plain?.confidence, 'medium');
    assert.equal(validated?.confidence, 'high');
    assert.equal(validated.category, 'contact');
  });

  it('says why in Chinese too', () => {
    const found = classifyField(field('login', 'RegisterRequest', { validation: 'Email' }));
    const evidence = found?.evidence.find((e) => e.detail.startsWith('the validation '));
    assert.ok(evidence !== undefined && hasChineseEvidence(evidence.detail));
    assert.equal(evidenceDetail(evidence, 'zh'), '校验“Email”只接受电子邮箱地址');
  });
});
