// Flows in Python, Java, Go, Kotlin and C# through the one language-neutral walk: each rule
// with a negative beside it (non-PI values, masked PI, constants mentioning "phone", PI kept
// in memory, sinks in tests).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  analyzeFlows,
  flowLanguage,
  syntaxFromScan,
  tokensFromScan,
  treeFromScan,
} from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';
import { scannedFlows } from '../../support/flowSummary.js';
import { PY, JAVA, GO, KT, CS } from '../../support/flowPaths.js';

/** `kind:callee:categories[:masked]` per flow. */
function summary(text: string, path: string): string[] {
  return scannedFlows(text, path).map(
    (f) => `${f.sink.kind}:${f.sink.callee}:${f.categories.join('+')}${f.deidentified ? ':masked' : ''}`,
  );
}

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  // Python
  {
    rule: 'py member to logging',
    path: PY,
    text: 'log.info("x %s", user.phone)\n',
    want: ['log:log.info:contact'],
  },
  { rule: 'NEG py non-PI logged', path: PY, text: 'log.info("x %s", user.status)\n', want: [] },
  { rule: 'NEG py constant mentioning phone', path: PY, text: 'HINT = "phone"\nlog.info(HINT)\n', want: [] },
  {
    rule: 'py f-string through a variable',
    path: PY,
    text: 'def f(u):\n    s = f"{u.id_card}"\n    print(s)\n',
    want: ['log:print:id_number'],
  },
  {
    rule: 'py dict subscript store then requests',
    path: PY,
    text: 'body = {}\nbody["m"] = c.mobile\nrequests.post(URL, json=body)\n',
    want: ['http:requests.post:contact'],
  },
  {
    rule: 'py masked before a log (lower level)',
    path: PY,
    text: 'logger.info("m %s", mask_mobile(u.mobile))\n',
    want: ['log:logger.info:contact:masked'],
  },
  {
    rule: 'NEG py predicate',
    path: PY,
    text: 'logger.info("ok %s", u.mobile.isdigit())\nlogger.info(len(u.email))\n',
    want: [],
  },
  {
    rule: 'NEG py PI stays in memory',
    path: PY,
    text: 'by_phone = {}\nby_phone[u.phone] = u.real_name\n',
    want: [],
  },
  {
    rule: 'py json.dumps serialises the dict',
    path: PY,
    text: 'producer.send("t", value=json.dumps({"name": u.real_name}))\n',
    want: ['queue:producer.send:name'],
  },
  // Java
  {
    rule: 'java getter to SLF4J',
    path: JAVA,
    text: 'class A { void f(Req r) { log.info("{}", r.getReceiverPhone()); } }',
    want: ['log:log.info:contact'],
  },
  {
    rule: 'NEG java non-PI getter',
    path: JAVA,
    text: 'class A { void f(Req r) { log.info("{}", r.getStatus()); } }',
    want: [],
  },
  {
    rule: 'java Jackson of an observed record to Kafka',
    path: JAVA,
    text: 'class A { void f(Req r) { String n = r.getIdCard(); kafkaTemplate.send("t", mapper.writeValueAsString(r)); } }',
    want: ['queue:kafkaTemplate.send:id_number'],
  },
  {
    rule: 'java setter stores into a DTO sent by RestTemplate',
    path: JAVA,
    text: 'class A { void f(Req r) { Ship s = new Ship(); s.setMobile(r.getPhone()); restTemplate.postForObject("https://x.com", s, String.class); } }',
    want: ['http:restTemplate.postForObject:contact'],
  },
  {
    rule: 'java masked by a desensitising utility',
    path: JAVA,
    text: 'class A { void f(Order o) { log.warn("{}", DesensitizedUtil.bankCard(o.getBankCardNo())); } }',
    want: ['log:log.warn:property:masked'],
  },
  {
    rule: 'NEG java comparison',
    path: JAVA,
    text: 'class A { void f(U u) { log.info("{}", u.getPhone().isEmpty()); } }',
    want: [],
  },
  // Go
  {
    rule: 'go zap field',
    path: GO,
    text: 'package a\nfunc f(h *H, acc *Acc) { h.logger.Info("x", zap.String("m", acc.Mobile)) }\n',
    want: ['log:h.logger.Info:contact'],
  },
  {
    rule: 'go typed struct marshalled to net/http',
    path: GO,
    text: 'package a\ntype Acc struct { IDCardNo string }\nfunc f(c *http.Client, acc Acc) { b, _ := json.Marshal(acc); c.Post("https://x.io", "j", bytes.NewReader(b)) }\n',
    want: ['http:c.Post:id_number'],
  },
  {
    rule: 'NEG go len of PI',
    path: GO,
    text: 'package a\nfunc f(acc Acc) { log.Printf("%d", len(acc.Mobile)) }\n',
    want: [],
  },
  {
    rule: 'go logrus chained field',
    path: GO,
    text: 'package a\nfunc f(r Rider) { logrus.WithField("p", r.Phone).Info("x") }\n',
    want: ['log:logrus.WithField().Info:contact'],
  },
  // Kotlin
  {
    rule: 'kotlin template to Timber',
    path: KT,
    text: 'class A {\n  fun f(phone: String) {\n    Timber.d("login $phone")\n  }\n}\n',
    want: ['log:Timber.d:contact'],
  },
  {
    rule: 'NEG kotlin non-PI template',
    path: KT,
    text: 'fun f(u: U) {\n  Timber.d("level ${u.level}")\n}\n',
    want: [],
  },
  {
    rule: 'kotlin apply block into a Firebase bundle',
    path: KT,
    text: 'fun f(u: U) {\n  val b = Bundle().apply { putString("e", u.email) }\n  analytics.logEvent("x", b)\n}\n',
    want: ['sdk:analytics.logEvent:contact'],
  },
  // C#
  {
    rule: 'csharp structured log',
    path: CS,
    text: 'class A { void F(Dto dto) { _logger.LogInformation("{P}", dto.Phone); } }',
    want: ['log:_logger.LogInformation:contact'],
  },
  {
    rule: 'NEG csharp constant',
    path: CS,
    text: 'class A { const string P = "phone"; void F() { _logger.LogDebug(P); } }',
    want: [],
  },
  // A member of a variable of a declared type is read under the type's name too.
  {
    rule: 'csharp member of a person-typed parameter',
    path: CS,
    text: 'class A { void F(Person p) { _logger.LogInformation("Hi {N}", p.Name); } }',
    want: ['log:_logger.LogInformation:name'],
  },
  {
    rule: 'NEG csharp the same member of a product',
    path: CS,
    text: 'class A { void F(Product p) { _logger.LogInformation("Item {N}", p.Name); } }',
    want: [],
  },
  {
    rule: 'csharp member of a person-typed local',
    path: CS,
    text: 'class A { void F() { Customer c = repo.Find(1); Console.WriteLine(c.Name); } }',
    want: ['log:Console.WriteLine:name'],
  },
  {
    rule: 'NEG csharp an untyped inner variable hides the typed one',
    path: CS,
    text: 'class A { void F(Person p) { Action a = () => { var p = shop.Item(); Console.WriteLine(p.Name); }; } }',
    want: [],
  },
  {
    rule: 'NEG csharp other members of a person keep their own reading',
    path: CS,
    text: 'class A { void F(Person p) { _logger.LogInformation("In {C}", p.City); } }',
    want: [],
  },
  {
    rule: 'py member of an annotated parameter',
    path: PY,
    text: 'def f(p: Patient):\n    log.info("x %s", p.name)\n',
    want: ['log:log.info:name'],
  },
  {
    rule: 'NEG py the same member of a company',
    path: PY,
    text: 'def f(p: Company):\n    log.info("x %s", p.name)\n',
    want: [],
  },
  {
    rule: 'kotlin a toString() inside arguments closes them like any call',
    path: KT,
    text: 'fun f(u: User) {\n    foo(u.toString())\n    logger.info(u.phone)\n}\n',
    want: ['log:logger.info:contact'],
  },
  {
    rule: 'NEG kotlin a toString() of a non-PI value sends nothing',
    path: KT,
    text: 'fun f(o: Order) {\n    foo(o.toString())\n    logger.info(o.status)\n}\n',
    want: [],
  },
  {
    rule: 'java getter of a person-typed parameter',
    path: JAVA,
    text: 'class A { void f(Employee e) { log.info("n {}", e.getName()); } }',
    want: ['log:log.info:name'],
  },
  {
    rule: 'NEG java the same getter of an order',
    path: JAVA,
    text: 'class A { void f(Order e) { log.info("n {}", e.getName()); } }',
    want: [],
  },
];

describe('language-neutral flows', () => {
  for (const c of cases) {
    test(c.rule, () => {
      assert.deepEqual(summary(c.text, c.path), c.want);
    });
  }

  test('kotlin an infix call named like an Object member (constructor, valueOf) reads like any infix name', () => {
    const call = (name: string): string => `fun f(u: User) {\n    logger.info(u.id ${name} u.phone)\n}\n`;
    const plain = summary(call('shl'), KT);
    assert.deepEqual(summary(call('constructor'), KT), plain);
    assert.deepEqual(summary(call('valueOf'), KT), plain);
  });

  test('NEG sinks in tests carry fixtures, not people', () => {
    const text = 'log.info("x %s", user.phone)\n';
    assert.deepEqual(summary(text, 'tests/test_service.py'), []);
    assert.deepEqual(summary('package a\nfunc T(a Acc) { log.Println(a.Mobile) }\n', 'a/app_test.go'), []);
    assert.deepEqual(
      summary('fun f(p: String) {\n  Timber.d("$p")\n}\n', 'app/src/test/kotlin/AppTest.kt'),
      [],
    );
  });

  test('a destination host from a constant is classified', () => {
    const text = 'SMS = "https://dysmsapi.aliyuncs.com/"\nrequests.post(SMS, data={"m": u.mobile})\n';
    const flow = analyzeFlows(text, PY)[0];
    assert.ok(flow);
    assert.equal(flow.sink.target, 'dysmsapi.aliyuncs.com');
    assert.equal(flow.sink.region, 'mainland');
  });

  test('the walk reuses the scan tree and finds the same flows', () => {
    // `System.out::println` is read by Lezer's dynamic precedence, which the fast Java reader
    // leaves to Lezer: the scan keeps its tree for the flows.
    const text =
      'class A { void f(Req r) { log.info("{}", r.getIdCard(), X.class); g(System.out::println); } }';
    const result = scanText(text, { path: JAVA });
    const tree = treeFromScan(result, text);
    assert.ok(tree);
    assert.deepEqual(analyzeFlows(text, JAVA, { tree }), analyzeFlows(text, JAVA));
  });

  test('a Java text the fast reader read lends no tree; the flows parse it themselves', () => {
    const text = 'class A { void f(Req r) { log.info("{}", r.getIdCard(), X.class); } }';
    const result = scanText(text, { path: JAVA });
    assert.equal(treeFromScan(result, text), undefined);
    const flows = analyzeFlows(text, JAVA, { findings: result.findings, ...syntaxFromScan(result, text) });
    assert.equal(flows.length, 1);
    assert.deepEqual(flows, analyzeFlows(text, JAVA, { findings: result.findings }));
  });

  test('Kotlin and C# reuse the scan tokens and find the same flows; a stale text lends none', () => {
    const text = 'fun f(u: U) {\n  Timber.d("m ${u.mobile}")\n}\n';
    const result = scanText(text, { path: KT });
    const tokens = tokensFromScan(result, text);
    assert.ok(tokens);
    assert.equal(tokensFromScan(result, `${text} `), undefined);
    const reused = analyzeFlows(text, KT, { tokens });
    assert.equal(reused.length, 1);
    assert.deepEqual(reused, analyzeFlows(text, KT));
  });

  test('languages by extension', () => {
    assert.deepEqual(['a.py', 'A.java', 'a.go', 'A.kt', 'A.cs', 'a.rb'].map(flowLanguage), [
      'python',
      'java',
      'go',
      'kotlin',
      'csharp',
      undefined,
    ]);
  });

  test('garbage and deep nesting end without flows or errors', () => {
    for (const path of [PY, JAVA, GO, KT, CS]) {
      assert.deepEqual(analyzeFlows('('.repeat(5000) + 'x' + ')'.repeat(10), path), []);
      assert.deepEqual(analyzeFlows('"unterminated {', path), []);
    }
  });
});
