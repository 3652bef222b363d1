// Library calls added to the sink tables (sinkRules/) for clients held in private fields and for
// payment, identity, support, push, queue and file APIs, each with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const TS = 'src/app/job.ts';
const PY = 'app/service.py';
const GO = 'internal/app/app.go';
const CS = 'src/Api/App.cs';
const JAVA = 'src/main/java/App.java';

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  // Python clients held on `self`, private by a leading underscore.
  {
    rule: 'py httpx client, producer, cache and Mixpanel on self._ fields',
    path: PY,
    text: 'class A:\n    def f(self, user):\n        self._http.post(URL, json={"mobile": user.mobile})\n        self._producer.produce("t", value=user.mobile)\n        self._cache.set("k", user.id_card)\n        self._mp.track(user.device_id, "e")\n',
    want: [
      '3:http:_http.post:contact',
      '4:queue:_producer.produce:contact',
      '5:cache:_cache.set:id_number',
      '6:sdk:_mp.track:online_id',
    ],
  },
  {
    rule: 'NEG py the same fields given a record id and a count',
    path: PY,
    text: 'class A:\n    def f(self, order_id, n):\n        self._http.post(URL, json={"id": order_id})\n        self._producer.produce("t", value=str(n))\n        self._cache.set("k", order_id)\n        self._mp.track(order_id, "e")\n',
    want: [],
  },
  // Queues: Confluent.Kafka's ProduceAsync, NATS.
  {
    rule: 'cs Confluent.Kafka ProduceAsync on a private field',
    path: CS,
    text: 'class A {\n  async Task F(Visitor v) {\n    await _producer.ProduceAsync("t", new Message<string, string> { Key = "k", Value = v.Phone });\n  }\n}\n',
    want: ['3:queue:_producer.ProduceAsync:contact'],
  },
  {
    rule: 'NEG cs ProduceAsync of a metric',
    path: CS,
    text: 'class A {\n  async Task F(string gate) {\n    await _producer.ProduceAsync("t", new Message<string, string> { Key = gate, Value = "arrival" });\n  }\n}\n',
    want: [],
  },
  {
    rule: 'ts NATS publish and Go nc.Publish',
    path: TS,
    text: 'export function f(user: { mobile: string }) {\n  nc.publish("s", jc.encode({ phone: user.mobile }));\n  nc.publish("m", jc.encode({ n: 1 }));\n}\n',
    want: ['2:queue:nc.publish:contact'],
  },
  {
    rule: 'go NATS Publish of a buyer event; a count published beside it',
    path: GO,
    text: 'func (w *W) f(b *Buyer, n int) error {\n\tdata, _ := json.Marshal(map[string]any{"phone": b.Phone})\n\tw.nc.Publish("s", data)\n\treturn w.nc.Publish("m", []byte(strconv.Itoa(n)))\n}\n',
    want: ['3:queue:w.nc.Publish:contact'],
  },
  // SDKs: Alipay, Tencent Cloud Face ID, Firebase messaging, Zendesk, Twilio.
  {
    rule: 'ts Alipay exec and Tencent Cloud Face ID',
    path: TS,
    text: 'export async function f(form: { idNumber: string; realName: string }) {\n  await faceid.IdCardVerification({ IdCard: form.idNumber, Name: form.realName });\n  await this.alipay.exec("alipay.user.certify", { bizContent: { cert_no: form.idNumber } });\n}\n',
    want: ['2:sdk:faceid.IdCardVerification:id_number+name', '3:sdk:alipay.exec:id_number'],
  },
  {
    rule: 'NEG ts Alipay exec of a trade number constant; a local verify() of an id',
    path: TS,
    text: 'export async function f(form: { idNumber: string }, requestId: string) {\n  await this.alipay.exec("alipay.trade.query", { bizContent: { request_id: requestId } });\n  verify(form.idNumber);\n}\n',
    want: [],
  },
  {
    rule: 'ts Firebase messaging send and Zendesk tickets.create',
    path: TS,
    text: 'export async function f(s: { studentName: string }, buyer: { mobile: string }) {\n  await admin.messaging().send({ notification: { title: s.studentName } });\n  await this.zendesk.tickets.create({ ticket: { subject: buyer.mobile } });\n}\n',
    want: ['2:sdk:admin.messaging().send:name', '3:sdk:zendesk.tickets.create:contact'],
  },
  {
    rule: 'NEG ts messaging send of a term id; Zendesk tickets.show',
    path: TS,
    text: 'export async function f(termId: string, buyer: { mobile: string }) {\n  await admin.messaging().send({ data: { termId } });\n  await this.zendesk.tickets.show(buyer.mobile);\n}\n',
    want: [],
  },
  {
    rule: "cs Twilio MessageResource.CreateAsync with the patient's phone",
    path: CS,
    text: 'class A {\n  async Task F(Patient p) {\n    await MessageResource.CreateAsync(body: "hi", from: new PhoneNumber(_from), to: new PhoneNumber(p.MobilePhone));\n  }\n}\n',
    want: ['3:sdk:MessageResource.CreateAsync:contact'],
  },
  {
    rule: 'NEG cs TwilioClient.Init with the account credentials',
    path: CS,
    text: 'class A {\n  void F(string sid, string token) {\n    TwilioClient.Init(sid, token);\n  }\n}\n',
    want: [],
  },
  // Exports: .NET and Java file writes, excelize rows.
  {
    rule: 'cs File.AppendAllTextAsync of a formatted line',
    path: CS,
    text: 'class A {\n  async Task F(VisitorForm form) {\n    await System.IO.File.AppendAllTextAsync(Path, $"{form.Phone},{form.PlateNumber}\\n");\n  }\n}\n',
    want: ['3:export:System.IO.File.AppendAllTextAsync:contact+vehicle'],
  },
  {
    rule: 'NEG cs File.AppendAllTextAsync of a gate code',
    path: CS,
    text: 'class A {\n  async Task F(string gateId) {\n    await File.AppendAllTextAsync(Path, $"{gateId}\\n");\n  }\n}\n',
    want: [],
  },
  {
    rule: 'java Files.writeString of a phone',
    path: JAVA,
    text: 'class A { void f(Member m) throws Exception { Files.writeString(path, m.getMobile()); } }',
    want: ['1:export:Files.writeString:contact'],
  },
  {
    rule: 'NEG java Files.writeString of a header',
    path: JAVA,
    text: 'class A { void f() throws Exception { Files.writeString(path, "手机号,姓名"); } }',
    want: [],
  },
  {
    rule: 'go excelize SetSheetRow of a booking, SaveAs of a path',
    path: GO,
    text: 'func f(x *excelize.File, b Booking) error {\n\tx.SetSheetRow("Sheet1", "A2", &[]any{b.ParentPhone})\n\treturn x.SaveAs("out.xlsx")\n}\n',
    want: ['2:export:x.SetSheetRow:contact'],
  },
  {
    rule: 'NEG go excelize SetSheetRow of the header row',
    path: GO,
    text: 'func f(x *excelize.File) {\n\tx.SetSheetRow("Sheet1", "A1", &[]any{"手机号", "姓名"})\n}\n',
    want: [],
  },
  // resty: the body set on R() reaches the verb that sends it.
  {
    rule: 'go resty R().SetBody(lead).Post(url)',
    path: GO,
    text: 'func (s *S) f(ctx context.Context, b Booking) {\n\tlead := map[string]any{"mobile": b.ParentPhone}\n\ts.http.R().SetContext(ctx).SetBody(lead).Post(crmURL)\n}\n',
    want: ['3:http:s.http.R().SetContext().SetBody().Post:contact'],
  },
  {
    rule: 'NEG go resty Get of a booking id',
    path: GO,
    text: 'func (s *S) f(ctx context.Context, id int64) {\n\ts.http.R().SetContext(ctx).SetQueryParam("id", strconv.FormatInt(id, 10)).Post(crmURL)\n}\n',
    want: [],
  },
];

describe('sink clients and library calls', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, c.path), c.want);
    });
});
