// Team decisions in .pilens.json: the schema, how the scan applies them (suppress, re-categorise,
// exact owner and field only), and how the editor's quick fix writes them into the file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../../src/core/config/parse.js';
import { recordDecision } from '../../../src/core/config/recordDecision.js';
import type { PilensConfig } from '../../../src/core/config/schema.js';
import { scanText } from '../../../src/core/scan/index.js';

const SQL = `CREATE TABLE store (
  id INT,
  phone VARCHAR(20),
  email VARCHAR(64)
);
CREATE TABLE customer (
  id INT,
  phone VARCHAR(20),
  email VARCHAR(64)
);
`;

function scan(config: PilensConfig | undefined): { key: string; category: string; evidence: string }[] {
  const result = scanText(SQL, { path: 'db/schema.sql' }, config === undefined ? {} : { config });
  return result.findings.map((f) => ({
    key: `${f.owner ?? ''}.${f.field}`,
    category: f.category,
    evidence: f.evidence.map((e) => e.detail).join(' | '),
  }));
}

function valid(text: string): PilensConfig {
  const parsed = parseConfig(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

describe('decisions: schema', () => {
  it('accepts not-PI and category decisions with a reason, and owner "*"', () => {
    const config = valid(`{
      "decisions": [
        { "owner": "Store", "field": "phone", "category": "none", "reason": "the shop's front desk" },
        { "owner": "*", "field": "nick", "category": "online_id" },
        { "owner": "/members/{memberId}", "field": "姓名", "category": "name" }
      ]
    }`);
    assert.equal(config.decisions?.length, 3);
  });

  const invalid: [string, string, string][] = [
    [
      'an unknown category',
      '{ "decisions": [{ "owner": "a", "field": "b", "category": "phone" }] }',
      'unknown category "phone"',
    ],
    ['a missing owner', '{ "decisions": [{ "field": "b", "category": "none" }] }', 'decisions.0.owner'],
    [
      'a pattern in a name',
      '{ "decisions": [{ "owner": "a", "field": "cust_*", "category": "none" }] }',
      '"*" is allowed only',
    ],
    [
      'a phone number as a name',
      '{ "decisions": [{ "owner": "u_13800138000", "field": "b", "category": "none" }] }',
      'holds a personal value',
    ],
    [
      'a terminal escape in a reason',
      '{ "decisions": [{ "owner": "a", "field": "b", "category": "none", "reason": "ok\\u001b[2J" }] }',
      'control characters',
    ],
    [
      'an unknown key',
      '{ "decisions": [{ "owner": "a", "field": "b", "category": "none", "who": "x" }] }',
      'unknown setting "who"',
    ],
  ];
  for (const [title, text, expected] of invalid) {
    it(`rejects ${title} with a message naming the setting`, () => {
      const parsed = parseConfig(text);
      if (parsed.ok) throw new Error('accepted an invalid decision');
      const message = parsed.errors[0]?.message ?? '';
      assert.ok(message.startsWith('decisions.0'), message);
      assert.ok(message.includes(expected), message);
    });
  }

  it('keeps decisions in an untrusted workspace (exact names, nothing runs) while patterns go', () => {
    const parsed = parseConfig(
      '{ "overrides": [{ "field": "x*", "category": "none" }], "decisions": [{ "owner": "a", "field": "b", "category": "none" }] }',
      { untrusted: true },
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    assert.equal(parsed.config.overrides, undefined);
    assert.equal(parsed.config.decisions?.length, 1);
  });
});

describe('decisions: applied by the scan', () => {
  it('without decisions, both owners have their phones flagged (the baseline of these tests)', () => {
    const keys = scan(undefined).map((f) => f.key);
    assert.ok(keys.includes('customer.phone'), keys.join());
    assert.ok(keys.includes('customer.email'), keys.join());
  });

  it('"none" silences that owner\'s field only: the same field of another owner stays flagged', () => {
    const before = scan(undefined).map((f) => f.key);
    const config = valid('{ "decisions": [{ "owner": "customer", "field": "email", "category": "none" }] }');
    const after = scan(config).map((f) => f.key);
    assert.ok(!after.includes('customer.email'), after.join());
    assert.deepEqual(
      after,
      before.filter((k) => k !== 'customer.email'),
    );
    const result = scanText(SQL, { path: 'db/schema.sql' }, { config });
    assert.equal(result.suppressed, 1);
  });

  it('matches names ignoring case, as the usages of a declared owner are written', () => {
    const config = valid('{ "decisions": [{ "owner": "CUSTOMER", "field": "Email", "category": "none" }] }');
    assert.ok(!scan(config).some((f) => f.key === 'customer.email'));
  });

  it('owner "*" decides the field in every owner; a different field is untouched', () => {
    const config = valid('{ "decisions": [{ "owner": "*", "field": "email", "category": "none" }] }');
    const keys = scan(config).map((f) => f.key);
    assert.ok(!keys.some((k) => k.endsWith('.email')), keys.join());
    assert.ok(keys.includes('customer.phone'), keys.join());
  });

  it('a category re-categorises the finding, says the team decided it and why', () => {
    const config = valid(
      '{ "decisions": [{ "owner": "store", "field": "phone", "category": "contact", "reason": "owner\'s own\\nmobile" }] }',
    );
    const store = scan(config).find((f) => f.key === 'store.phone');
    assert.equal(store?.category, 'contact');
    assert.match(store.evidence, /^decided by the team in \.pilens\.json: contact \(owner's own mobile\)/);
    const customer = scan(config).find((f) => f.key === 'customer.phone');
    assert.ok(customer !== undefined && !customer.evidence.includes('decided by the team'));
  });

  it('an @pi annotation beside the field still wins over the decision', () => {
    const text = 'CREATE TABLE customer (\n  -- @pi contact\n  email VARCHAR(64)\n);\n';
    const config = valid('{ "decisions": [{ "owner": "customer", "field": "email", "category": "none" }] }');
    const found = scanText(text, { path: 'a.sql' }, { config }).findings.map((f) => f.field);
    assert.deepEqual(found, ['email']);
  });
});

describe('decisions: recorded into .pilens.json text', () => {
  const decision = { owner: 'store', field: 'phone', category: 'none' } as const;

  it('creates the file when there is none', () => {
    const result = recordDecision('', decision);
    if (!result.ok) throw new Error(result.message);
    assert.deepEqual(valid(result.text).decisions, [decision]);
  });

  it('adds the list after the last setting and keeps comments, other settings and their layout', () => {
    const text =
      '{\n    // team words\n    "negatives": { "en": ["x"] },\n    "ignores": ["a/**"] // generated\n}\n';
    const result = recordDecision(text, decision);
    if (!result.ok) throw new Error(result.message);
    assert.ok(
      result.text.startsWith(
        '{\n    // team words\n    "negatives": { "en": ["x"] },\n    "ignores": ["a/**"], // generated\n    "decisions": [\n        {\n',
      ),
      result.text,
    );
    assert.deepEqual(valid(result.text).decisions, [decision]);
    assert.deepEqual(valid(result.text).ignores, ['a/**']);
  });

  it('replaces a decision about the same owner and field instead of adding a second one', () => {
    const first = recordDecision('{}', decision);
    if (!first.ok) throw new Error(first.message);
    const second = recordDecision(first.text, { owner: 'Store', field: 'PHONE', category: 'contact' });
    if (!second.ok) throw new Error(second.message);
    const third = recordDecision(second.text, { owner: 'customer', field: 'phone', category: 'none' });
    if (!third.ok) throw new Error(third.message);
    assert.deepEqual(valid(third.text).decisions, [
      { owner: 'Store', field: 'PHONE', category: 'contact' },
      { owner: 'customer', field: 'phone', category: 'none' },
    ]);
  });

  it('keeps tab indentation and CRLF line ends', () => {
    const result = recordDecision('{\r\n\t"decisions": []\r\n}\r\n', decision);
    if (!result.ok) throw new Error(result.message);
    assert.equal(
      result.text,
      '{\r\n\t"decisions": [\r\n\t\t{\r\n\t\t\t"owner": "store",\r\n\t\t\t"field": "phone",\r\n\t\t\t"category": "none"\r\n\t\t}\r\n\t]\r\n}\r\n',
    );
  });

  it('refuses a name that holds a personal value, so it never reaches the shared file', () => {
    const result = recordDecision('{}', { owner: 'u_13800138000', field: 'phone', category: 'none' });
    if (result.ok) throw new Error('accepted a value-like name');
    assert.ok(!result.message.includes('13800138000'), 'the message does not repeat it');
  });

  it('refuses to rewrite an invalid file, saying what to fix', () => {
    const result = recordDecision('{ "ignore": [] }', decision);
    if (result.ok) throw new Error('rewrote an invalid file');
    assert.match(result.message, /^fix \.pilens\.json first: unknown setting "ignore"/);
  });
});
