// Calls to helpers of the same file (summaries), Feign and Retrofit clients, and the one list
// of configuration receivers: each rule with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeFlows, type Flow } from '../../../src/core/flow/index.js';
import { findClients } from '../../../src/core/flow/clients.js';
import { scanText } from '../../../src/core/scan/index.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import { PY, JAVA, GO, KT, CS } from '../../support/flowPaths.js';

function flows(text: string, path: string): Flow[] {
  return analyzeFlows(text, path, { findings: scanText(text, { path }).findings });
}

/** `line:kind:categories[:masked][@target]` per flow, lines 1-based. */
function summary(text: string, path: string): string[] {
  const lines = new LineIndex(text);
  return flows(text, path).map(
    (f) =>
      `${String(lines.positionAt(f.offset).line + 1)}:${f.sink.kind}:${f.categories.join('+')}${f.deidentified ? ':masked' : ''}${f.sink.target !== undefined ? `@${f.sink.target}` : ''}`,
  );
}

const TS = 'src/app.ts';

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  {
    rule: 'py helper parameter reaches a log: the flow is at the helper',
    path: PY,
    text: 'def audit(event, detail):\n    logger.info("%s %s", event, detail)\n\ndef f(u):\n    audit("x", u.id_card)\n',
    want: ['2:log:id_number'],
  },
  {
    rule: 'NEG py helper called with non-PI only',
    path: PY,
    text: 'def audit(event, detail):\n    logger.info("%s %s", event, detail)\n\ndef f(u):\n    audit("x", u.status)\n',
    want: [],
  },
  {
    rule: 'py helper through a helper, keyword argument, method with self',
    path: PY,
    text: 'class A:\n    def _post(self, body):\n        requests.post("https://a.example.de/x", json=body)\n\n    def _send(self, value):\n        self._post(value)\n\n    def run(self, u):\n        self._send(value=u.mobile)\n',
    want: ['3:http:contact@a.example.de'],
  },
  {
    rule: 'NEG py PI to a parameter that does not reach the sink',
    path: PY,
    text: 'def notify(admin, body):\n    logger.warning("to %s", admin)\n\ndef f(u):\n    notify("ops", u.phone)\n',
    want: [],
  },
  {
    rule: 'py helper that masks: a flow marked de-identified',
    path: PY,
    text: 'def trace(v):\n    logger.debug("%s", mask_value(v))\n\ndef f(u):\n    trace(u.email)\n',
    want: ['2:log:contact:masked'],
  },
  {
    rule: 'NEG py helper that keeps the value in memory; recursion ends',
    path: PY,
    text: 'CACHE = {}\ndef keep(k, v):\n    CACHE[k] = v\n\ndef again(n, v):\n    again(n - 1, v)\n\ndef f(u):\n    keep(u.email, u.real_name)\n    again(3, u.real_name)\n',
    want: [],
  },
  {
    rule: 'java private method helper and a chain; categories add up at the helper sink',
    path: JAVA,
    text: 'class A {\n  private void audit(String d) { log.info("a {}", d); }\n  private void record(String d) { audit(d); }\n  void f(User u) {\n    record(u.getIdCard());\n    audit(u.getPhone());\n  }\n}',
    want: ['2:log:contact+id_number'],
  },
  {
    rule: 'NEG java helper returning a length, logged by the caller',
    path: JAVA,
    text: 'class A {\n  private String describe(String v) { return "n"; }\n  void f(User u) {\n    log.info("{}", describe(u.getOrderNo()));\n  }\n}',
    want: [],
  },
  {
    rule: 'go method helper on the receiver (the receiver is not an argument)',
    path: GO,
    text: 'package a\nfunc (s *Svc) logIt(label string, v string) {\n\ts.logger.Info(label, zap.String("v", v))\n}\nfunc (s *Svc) Run(m *Member) {\n\ts.logIt("x", m.Phone)\n}\n',
    want: ['3:log:contact'],
  },
  {
    rule: 'NEG go PI to the label parameter only when the label is not logged',
    path: GO,
    text: 'package a\nfunc (s *Svc) count(label string, n int) {\n\ts.logger.Info("count", zap.Int("n", n))\n}\nfunc (s *Svc) Run(m *Member) {\n\ts.count(m.Phone, 1)\n}\n',
    want: [],
  },
  {
    rule: 'kotlin expression-bodied helper chain',
    path: KT,
    text: 'class K {\n  private fun note(d: String) { log.info("k {}", d) }\n  private fun check(d: String) = note(d)\n  fun f(p: Person) {\n    check(p.idCard)\n  }\n}\n',
    want: ['2:log:id_number'],
  },
  {
    rule: 'NEG kotlin helper called with a level',
    path: KT,
    text: 'class K {\n  private fun note(d: String) { log.info("k {}", d) }\n  fun f(p: Person) {\n    note("level " + p.level)\n  }\n}\n',
    want: [],
  },
  {
    rule: 'kotlin function of the file named like a vendor call (`sendSms`) is followed as a helper',
    path: KT,
    text: 'class K {\n  fun f(phone: String) {\n    sendSms(phone, "hi")\n  }\n  private fun sendSms(to: String, text: String) {\n    kafka.send("sms", mapper.writeValueAsString(mapOf("to" to to)))\n  }\n}\n',
    want: ['6:queue:contact'],
  },
  {
    rule: 'NEG kotlin vendor call with no function of that name in the file stays the SDK',
    path: KT,
    text: 'class K {\n  fun f(phone: String) {\n    client.sendSms(phone, "hi")\n  }\n}\n',
    want: ['3:sdk:contact'],
  },
  {
    rule: 'ts function of the file named like a vendor call is followed as a helper',
    path: TS,
    text: 'function logEvent(u) {\n  producer.send({ value: JSON.stringify({ p: u }) });\n}\nexport function f(phone: string) {\n  logEvent(phone);\n}\n',
    want: ['2:queue:contact'],
  },
  {
    rule: 'NEG ts vendor call not defined in the file stays the SDK',
    path: TS,
    text: 'import { logEvent } from "firebase/analytics";\nexport function f(phone: string) {\n  logEvent(phone);\n}\n',
    want: ['3:sdk:contact'],
  },
  {
    rule: 'c# helper with an anonymous object argument',
    path: CS,
    text: 'public class N {\n  private async Task Send(object body) { await _httpClient.PostAsJsonAsync("https://n.example.com/v1", body); }\n  public async Task Run(Patient p) {\n    await Send(new { mobile = p.Mobile });\n  }\n}\n',
    want: ['2:http:contact@n.example.com'],
  },
  {
    rule: 'NEG c# helper called with a count',
    path: CS,
    text: 'public class N {\n  private void Count(int n) { _logger.LogInformation("sent {N}", n); }\n  public void Run(Patient p) {\n    Count(p.Visits);\n  }\n}\n',
    want: [],
  },
  {
    rule: 'ts function, arrow const and this-method helpers; the path names the parameter',
    path: TS,
    text: "function audit(e: string, d: string) {\n  logger.info(e, d);\n}\nconst send = (b: unknown) => axios.post('https://a.example.de/c', b);\nclass C {\n  private t(v: unknown) { logger.info('t', v); }\n  run(u: U) {\n    audit('a', u.phone);\n    send({ name: u.realName });\n    this.t(maskPhone(u.phone));\n  }\n}\n",
    want: ['2:log:contact', '4:http:name@a.example.de', '6:log:contact:masked'],
  },
  {
    rule: 'NEG ts helper with non-PI argument, recursion, a helper of another object',
    path: TS,
    text: "function audit(e: string, d: string) {\n  logger.info(e, d);\n}\nfunction loop(v: string): void {\n  loop(v);\n}\nfunction f(u: U) {\n  audit('tier', String(u.tier));\n  loop(u.phone);\n  other.audit('x', u.phone);\n}\n",
    want: [],
  },
  {
    rule: 'js a helper given no PI returns what it reads itself (`toCrm(member)` reading member.phone)',
    path: 'src/app/sync.js',
    text: "function toCrm(member) {\n  return { mobile: member.phone, source: 'app' };\n}\nasync function sync(members) {\n  for (const member of members) {\n    await got.post(CRM_URL, { json: toCrm(member) });\n  }\n}\n",
    want: ['6:http:contact'],
  },
  {
    rule: 'NEG js a helper given no PI that reads none itself, and one of another object',
    path: 'src/app/sync.js',
    text: "function toCrm(member) {\n  return { level: member.vipLevel, source: 'app' };\n}\nasync function sync(members) {\n  for (const member of members) {\n    await got.post(CRM_URL, { json: toCrm(member), other: crm.toCrm(member) });\n  }\n}\n",
    want: [],
  },
  {
    rule: 'ts the nearest helper of a name, from a nested block outwards; a second declarator',
    path: TS,
    text: 'const send = (b: unknown) => keep(b);\nfunction f(u: U) {\n  const a = 1, send = (b: unknown) => logger.info(b);\n  send(u.phone);\n}\nfunction g(u: U) {\n  send(u.phone);\n}\n',
    want: ['3:log:contact'],
  },
  {
    rule: "ts each class body its own helpers (two `audit` methods), an exported function the module's",
    path: TS,
    text: "export function note(d: string) {\n  logger.info(d);\n}\nclass A {\n  private audit(v: unknown) { logger.info('a', v); }\n  run(u: U) { this.audit(u.phone); note(u.email); }\n}\nclass B {\n  private audit(v: unknown) { keep(v); }\n  run(u: U) { this.audit(u.phone); }\n}\n",
    want: ['2:log:contact', '5:log:contact'],
  },
  {
    rule: 'NEG ts no helper where an annotation or a non-function stands between name and value',
    path: TS,
    text: 'const send: (b: unknown) => void = (b) => logger.info(b);\nconst audit = 1;\nfunction f(u: U) {\n  send(u.phone);\n  audit(u.phone);\n}\n',
    want: [],
  },
  {
    rule: 'NEG helpers in a test file',
    path: 'tests/test_service.py',
    text: 'def audit(detail):\n    logger.info("%s", detail)\n\ndef test_f(u):\n    audit(u.id_card)\n',
    want: [],
  },
  // Feign and Retrofit.
  {
    rule: 'java Feign client by its field type: target from url',
    path: JAVA,
    text: '@FeignClient(name = "risk", url = "https://risk.example.de")\ninterface RiskClient {\n  @PostMapping("/c")\n  R check(@RequestBody Req r);\n}\nclass S {\n  private final RiskClient rc;\n  void f(A a) {\n    rc.check(a.getIdCard());\n  }\n}',
    want: ['9:http:id_number@risk.example.de'],
  },
  {
    rule: 'NEG java Feign method called with non-PI; a method the interface lacks',
    path: JAVA,
    text: '@FeignClient(name = "risk", url = "https://risk.example.de")\ninterface RiskClient {\n  @PostMapping("/c")\n  R check(@RequestBody Req r);\n}\nclass S {\n  private final RiskClient rc;\n  void f(A a) {\n    rc.check(a.getStatus());\n    rc.toString(a.getIdCard());\n  }\n}',
    want: [],
  },
  {
    rule: 'kotlin Feign with a placeholder url: the service name is the target',
    path: KT,
    text: '@FeignClient(name = "kyc-gateway", url = "\\${kyc.url}")\ninterface KycClient {\n  @PostMapping("/v")\n  fun verify(@RequestBody req: Req): Res\n}\nclass S(private val kycClient: KycClient) {\n  fun f(p: P) {\n    kycClient.verify(Req(p.idCard))\n  }\n}\n',
    want: ['8:http:id_number@kyc-gateway'],
  },
  {
    rule: 'kotlin Retrofit from retrofit.create with a baseUrl',
    path: KT,
    text: 'interface Api {\n  @POST("v1/p")\n  suspend fun upload(@Body b: B): Unit\n}\nclass R {\n  private val api = Retrofit.Builder().baseUrl("https://api.example.sg/").build().create(Api::class.java)\n  suspend fun f(u: U) {\n    api.upload(B(u.phone))\n  }\n}\n',
    want: ['8:http:contact@api.example.sg'],
  },
  {
    rule: 'NEG an interface without Retrofit or Feign annotations is no client',
    path: KT,
    text: 'interface Api {\n  fun upload(b: B): Unit\n}\nclass R(private val api: Api) {\n  fun f(u: U) {\n    api.upload(B(u.phone))\n  }\n}\n',
    want: [],
  },
  {
    rule: 'java Retrofit created with ShipApi.class, called through this',
    path: JAVA,
    text: 'class O {\n  interface ShipApi {\n    @POST("s")\n    Call<Void> create(@Body Req body);\n  }\n  private final ShipApi api;\n  O() {\n    Retrofit r = new Retrofit.Builder().baseUrl("https://ship.example.cn/").build();\n    this.api = r.create(ShipApi.class);\n  }\n  void f(Order o) {\n    this.api.create(o.getReceiverPhone()).execute();\n  }\n}',
    want: ['12:http:contact@ship.example.cn'],
  },
  // One list of configuration receivers.
  {
    rule: 'NEG ts configuration receivers the JS list lacked (cfg, conf, R)',
    path: TS,
    text: 'logger.info(cfg.adminPhone);\nlogger.info(conf.smsMobile);\nlogger.info(R.phone);\n',
    want: [],
  },
  {
    rule: 'ts a person record is not configuration',
    path: TS,
    text: 'logger.info(member.adminPhone);\n',
    want: ['1:log:contact'],
  },
];

describe('helpers, clients and configuration receivers', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(summary(c.text, c.path), c.want);
    });

  test('a helper flow path runs through the call and the helper', () => {
    const text = 'def audit(detail):\n    logger.info("%s", detail)\n\ndef f(u):\n    audit(u.id_card)\n';
    const lines = new LineIndex(text);
    const [flow] = flows(text, PY);
    assert.deepEqual(
      flow?.path.map((p) => `${String(lines.positionAt(p.offset).line + 1)} ${p.label}`),
      ['5 u.id_card', '5 passed to audit', '1 parameter detail of audit', '2 argument of logger.info'],
    );
  });

  test('each class finds its own method of a shared name', () => {
    const py =
      'class A:\n    def _audit(self, d):\n        logger.info("%s", d)\n\n    def run(self, u):\n        self._audit(u.id_card)\n\nclass B:\n    def _audit(self, d):\n        pass\n\n    def run(self, u):\n        self._audit(u.mobile)\n';
    assert.deepEqual(summary(py, PY), ['3:log:id_number']);
    const ts =
      'class A {\n  audit(d: string) { logger.info(d); }\n  run(u: U) { this.audit(u.idCard); }\n}\nclass B {\n  audit(d: string) { keep(d); }\n  run(u: U) { this.audit(u.phone); }\n}\n';
    assert.deepEqual(summary(ts, TS), ['2:log:id_number']);
  });

  test('a name defined twice in one body is no helper', () => {
    const text =
      'def audit(detail):\n    logger.info("%s", detail)\n\ndef audit(detail):\n    pass\n\ndef f(u):\n    audit(u.id_card)\n';
    assert.deepEqual(summary(text, PY), []);
  });

  test('clients: methods, targets and holders; a file without them has none', () => {
    const table = findClients(
      '@FeignClient("crm")\npublic interface CrmClient {\n  @PostMapping("/a") void lead(@RequestBody L l);\n  @GetMapping("/b") L find(String id);\n}\nclass S { CrmClient client; }',
    );
    assert.deepEqual([...table.keys()].sort(), ['client', 'crmClient']);
    assert.deepEqual([...(table.get('client')?.methods ?? [])].sort(), ['find', 'lead']);
    assert.equal(table.get('client')?.target, 'crm');
    assert.equal(findClients('interface Plain { void a(String b); }').size, 0);
  });

  test('a Retrofit method is found after other annotations, its spacing as the pattern allows', () => {
    const api = (m: string) =>
      `interface Api {\n  @Override @GETX("a") @Deprecated\n  ${m} Call<V> up(@Body B b);\n}\nclass R { Api api; }`;
    assert.deepEqual([...findClients(api('@POST \t("p")')).keys()], ['api']);
    assert.deepEqual([...findClients(api('@HTTP(method = "PUT")')).keys()], ['api']);
    assert.equal(findClients(api('@Posted("p")')).size, 0);
    assert.equal(findClients(api('POST("p")')).size, 0);
  });

  test('a long chain of helpers is cut at the depth guard without an error', () => {
    const n = 5000;
    const defs = Array.from(
      { length: n },
      (_, i) => `def h${String(i)}(v):\n    h${String(i + 1)}(v)\n`,
    ).join('');
    const text = `${defs}def h${String(n)}(v):\n    logger.info("%s", v)\n\ndef f(u):\n    h0(u.id_card)\n    logger.info(u.mobile)\n`;
    assert.deepEqual(summary(text, PY), [`${String(2 * n + 6)}:log:contact`]);
  });

  test('helpers calling each other both ways follow the chain', () => {
    const n = 40;
    const defs = Array.from(
      { length: n },
      (_, i) => `def h${String(i)}(v):\n    h${String(i + 1)}(v)\n    h${String(Math.max(0, i - 1))}(v)\n`,
    ).join('');
    const text = `${defs}def h${String(n)}(v):\n    logger.info("%s", v)\n\ndef f(u):\n    h0(u.id_card)\n`;
    assert.deepEqual(summary(text, PY), [`${String(3 * n + 2)}:log:id_number`]);
  });
});
