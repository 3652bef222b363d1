// Flows in TypeScript/JavaScript: each rule with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeFlows, isTestPath, treeFromScan } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';
import type { Flow } from '../../../src/core/flow/index.js';

function flows(body: string, path = 'src/app.ts'): Flow[] {
  return analyzeFlows(body, path);
}

function first(body: string): Flow | undefined {
  return flows(body)[0];
}

/** `kind:callee:categories[:masked]` per flow, the shape the table compares. */
function summary(body: string, path?: string): string[] {
  return flows(body, path).map(
    (f) => `${f.sink.kind}:${f.sink.callee}:${f.categories.join('+')}${f.deidentified ? ':masked' : ''}`,
  );
}

describe('jsFlows rules', () => {
  const cases: { rule: string; text: string; want: string[] }[] = [
    { rule: 'member source to a log', text: 'logger.info(user.phone);', want: ['log:logger.info:contact'] },
    { rule: 'NEG non-PI member logged', text: 'logger.info(user.status, items.length);', want: [] },
    {
      rule: 'a logger held in a private member (`this.#logger`)',
      text: 'class S { #logger = pino(); run(user) { this.#logger.info(`for ${user.phone}`); } }',
      want: ['log:logger.info:contact'],
    },
    {
      rule: 'NEG a private member that is no logger',
      text: 'class S { #cart = new Cart(); run(user) { this.#cart.info(`for ${user.phone}`); } }',
      want: [],
    },
    { rule: 'NEG constant string mentioning phone', text: 'logger.warn("phone is required");', want: [] },
    { rule: 'NEG person-less owner', text: 'console.log(store.phone);', want: [] },
    {
      rule: 'assignment then template string',
      text: 'const p = user.idCard; const m = `id ${p}`; console.log(m);',
      want: ['log:console.log:id_number'],
    },
    { rule: 'NEG reassigned to a constant', text: 'let p = user.idCard; p = "x"; console.log(p);', want: [] },
    {
      rule: 'concatenation',
      text: 'console.error("bad " + customer.mobile);',
      want: ['log:console.error:contact'],
    },
    { rule: 'NEG comparison yields no PI', text: 'console.log(user.phone === other);', want: [] },
    { rule: 'NEG length of PI', text: 'console.log(user.phone.length);', want: [] },
    {
      rule: 'object literal and spread',
      text: 'const o = { ...{ mobile: user.mobile } }; producer.send({ value: o });',
      want: ['queue:producer.send:contact'],
    },
    {
      rule: 'JSON.stringify keeps it',
      text: 'const body = JSON.stringify({ idCard: dto.idCard }); await fetch(url, { body });',
      want: ['http:fetch:id_number'],
    },
    {
      rule: 'NEG predicate call',
      text: 'console.log(PHONE_RE.test(user.phone), isValidPhone(user.phone));',
      want: [],
    },
    {
      rule: 'masking lowers it',
      text: 'logger.info(maskPhone(user.phone));',
      want: ['log:logger.info:contact:masked'],
    },
    {
      rule: 'masked and raw together is raw',
      text: 'logger.info(maskPhone(user.phone), user.idCard);',
      want: ['log:logger.info:contact+id_number'],
    },
    {
      rule: 'parameter named as PI',
      text: 'function f(idCard) { axios.post(u, { idCard }); }',
      want: ['http:axios.post:id_number'],
    },
    {
      rule: 'NEG PI staying in memory',
      text: 'function f(idCard) { const k = idCard.trim(); cache2.push(k); }',
      want: [],
    },
    {
      rule: 'destructured parameter',
      text: 'const g = async ({ phone }) => { await sensors.track("x", { phone }); };',
      want: ['sdk:sensors.track:contact'],
    },
    {
      rule: 'typed record parameter (type declared in the file)',
      text: 'interface Patient { idCard: string } function f(p: Patient) { logger.info(p); }',
      want: [],
    },
    {
      rule: 'stored into an object then sent',
      text: 'const dto = {}; dto.realName = req.body.realName; kafkaProducer.send(dto);',
      want: ['queue:kafkaProducer.send:name'],
    },
    {
      rule: 'NEG configuration value',
      text: 'smsClient.sendSms({ PhoneNumbers: process.env.ADMIN_PHONE });',
      want: [],
    },
    {
      rule: 'SDK (SMS)',
      text: 'smsClient.sendSms({ PhoneNumbers: user.phone });',
      want: ['sdk:smsClient.sendSms:contact'],
    },
    {
      rule: 'export to a file',
      text: 'fs.writeFileSync("out.csv", rows.map((u) => u.idCard).join("\\n"));',
      want: ['export:fs.writeFileSync:id_number'],
    },
    { rule: 'cache', text: 'redis.set(key, user.idCard);', want: ['cache:redis.set:id_number'] },
    { rule: 'NEG not a sink', text: 'const s = format(user.phone); render(s);', want: [] },
  ];
  for (const c of cases) {
    test(c.rule, () => {
      assert.deepEqual(summary(c.text), c.want);
    });
  }
});

describe('typed record parameters', () => {
  test('a parameter typed as a PI record carries its categories (findings from the scan)', () => {
    const text = 'function f(p: Patient) { logger.info(p); }';
    const finding = {
      field: 'idCard',
      owner: 'Patient',
      role: 'declaration' as const,
      category: 'id_number' as const,
      class: 'C' as const,
      confidence: 'high' as const,
      evidence: [],
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    };
    const got = analyzeFlows(text, 'a.ts', { findings: [finding] });
    assert.deepEqual(
      got.map((f) => f.categories),
      [['id_number']],
    );
    assert.deepEqual(analyzeFlows(text, 'a.ts', { findings: [{ ...finding, owner: 'Other' }] }), []);
  });
});

describe('cross-border target', () => {
  test('a host literal in the call decides', () => {
    const abroad = first('axios.post("https://api.mixpanel.com/track", { phone: user.phone });');
    assert.equal(abroad?.sink.target, 'api.mixpanel.com');
    assert.equal(abroad.sink.region, 'abroad');
    const mainland = first('axios.post("https://dysmsapi.aliyuncs.com/", { phone: user.phone });');
    assert.equal(mainland?.sink.region, 'mainland');
    const unknown = first('axios.post("/api/users", { phone: user.phone });');
    assert.equal(unknown?.sink.region, 'unknown');
    assert.equal(unknown.sink.target, undefined);
  });
  test('a constant holding the URL, and the vendor when no host is written', () => {
    const viaConst = first('const API = "https://x.example.de/v1"; fetch(`${API}/u`, { body: user.phone });');
    assert.equal(viaConst?.sink.target, 'x.example.de');
    assert.equal(viaConst.sink.region, 'abroad');
    const vendor = first('mixpanel.track("signup", { email: user.email });');
    assert.equal(vendor?.sink.vendor, 'Mixpanel');
    assert.equal(vendor.sink.region, 'abroad');
  });
});

describe('paths and guards', () => {
  test('the path names each step, never a value', () => {
    const text = 'const p = user.phone; console.log(`x ${p}`);';
    const f = first(text);
    assert.deepEqual(
      f?.path.map((s) => s.label),
      ['user.phone', 'assigned to p', 'interpolated into a string', 'argument of console.log'],
    );
    assert.equal(f.offset, text.indexOf('console'));
  });
  test('sinks in tests are not flows', () => {
    const text = 'console.log(user.phone);';
    assert.equal(flows(text, 'src/user.test.ts').length, 0);
    assert.equal(flows(text, 'test/unit/a.ts').length, 0);
    assert.equal(flows(text, 'src/testing.ts').length, 1);
    assert.equal(isTestPath('app/tests/test_user.py'), true);
    assert.equal(isTestPath('src/UserTests.java'), true);
    assert.equal(isTestPath('src/latest/user.ts'), false);
    // A Storybook story logs made-up data; a file merely named after stories is code.
    assert.equal(isTestPath('src/components/table/table.stories.tsx'), true);
    assert.equal(isTestPath('src/stories/userStories.ts'), false);
  });
  test('other languages yield nothing yet; garbage never throws', () => {
    assert.deepEqual(flows('logger.info(user.phone)', 'a.rb'), []);
    const deep = `${'('.repeat(20000)}console.log(user.phone)${')'.repeat(20000)}`;
    assert.doesNotThrow(() => flows(deep));
    assert.doesNotThrow(() => flows('}{)(`${`${'.repeat(5000)));
  });
});

describe('reusing the scan tree', () => {
  test('the scan’s tree gives the same flows; other extractors give none to reuse', () => {
    const text = '@Entity() export class A { x = 1 }\nconst p = user.phone;\nlogger.info(`x ${p}`);\n';
    const result = scanText(text, { path: 'src/a.ts' });
    const tree = treeFromScan(result, text);
    assert.ok(tree);
    assert.deepEqual(analyzeFlows(text, 'src/a.ts', { tree }), analyzeFlows(text, 'src/a.ts'));
    assert.equal(analyzeFlows(text, 'src/a.ts', { tree }).length, 1);
    assert.equal(treeFromScan(scanText('phone: 1\n', { path: 'a.yaml' }), 'phone: 1\n'), undefined);
    assert.equal(treeFromScan(result, `${text} `), undefined);
  });
});
