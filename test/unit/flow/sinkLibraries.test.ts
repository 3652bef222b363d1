// Library calls added to the sink tables (sinkRules/) and what collection sizes and .NET
// serialisers do to PI (calls.ts): each with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';
import { JAVA, GO, KT, CS } from '../../support/flowPaths.js';

const TS = 'src/app/job.ts';

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  // Sensors Data held on a field; Go's SDK capitalises its methods.
  {
    rule: 'go Sensors Track on a struct field',
    path: GO,
    text: 'func (d *D) f(p *P) {\n\td.sa.Track(p.Phone, "Ev", nil, true)\n}\n',
    want: ['2:sdk:d.sa.Track:contact'],
  },
  {
    rule: "NEG go Sensors Track of a trip id; the call's error logged after",
    path: GO,
    text: 'func (d *D) f(p *P, tripID string) {\n\tif err := d.sa.Track(tripID, "Ev", nil, true); err != nil {\n\t\td.log.Warn("sensors", zap.Error(err))\n\t}\n}\n',
    want: [],
  },
  // Alibaba Cloud's generic client names the API by its first argument.
  {
    rule: 'js pop-core request("SendSms", params)',
    path: TS,
    text: 'async function f(parcel) {\n  const params = { PhoneNumbers: parcel.recipientPhone, SignName: "x" };\n  await sms.request("SendSms", params, { method: "POST" });\n}\n',
    want: ['3:sdk:sms.request:contact'],
  },
  {
    rule: 'NEG js request naming no SMS action (a path, a near name)',
    path: TS,
    text: 'async function f(parcel) {\n  await rpc.request("/parcels/notify", { to: parcel.recipientPhone });\n  await queue.request("SendSmsLater", parcel.recipientPhone);\n}\n',
    want: [],
  },
  // Vendor singletons: Firebase's Android SDK, .NET's SentrySdk.
  {
    rule: 'kt FirebaseCrashlytics.getInstance().setUserId',
    path: KT,
    text: 'fun f(me: Member) {\n  FirebaseCrashlytics.getInstance().setUserId(me.mobile)\n}\n',
    want: ['2:sdk:FirebaseCrashlytics.getInstance().setUserId:contact'],
  },
  {
    rule: "NEG kt another singleton's setUserId",
    path: KT,
    text: 'fun f(me: Member) {\n  Session.getInstance().setUserId(me.mobile)\n}\n',
    want: [],
  },
  {
    rule: 'c# SentrySdk.CaptureMessage',
    path: CS,
    text: 'class A { void F(Member m) { SentrySdk.CaptureMessage($"failed for {m.Mobile}"); } }',
    want: ['1:sdk:SentrySdk.CaptureMessage:contact'],
  },
  {
    rule: 'NEG c# SentrySdk.CaptureMessage of a constant',
    path: CS,
    text: 'class A { void F(Member m) { SentrySdk.CaptureMessage("credit report failed"); } }',
    want: [],
  },
  // zerolog: fields added down the chain reach the `Msg` that sends the event.
  {
    rule: 'go zerolog fields chained to Msg',
    path: GO,
    text: 'func f(o Order) {\n\tlog.Info().Str("buyer", o.BuyerName).Int("n", 1).Msg("issued")\n}\n',
    want: ['2:log:log.Info().Str().Int().Msg:name'],
  },
  {
    rule: 'NEG go zerolog fields of counts and a check',
    path: GO,
    text: 'func f(id int64, phone string) {\n\tok := len(phone) == 11\n\ts.log.Info().Int64("order", id).Bool("phoneOk", ok).Msg("audit")\n}\n',
    want: [],
  },
  // kafka-go's writer on any field.
  {
    rule: 'go kafka-go WriteMessages on a short field name',
    path: GO,
    text: 'func (s *S) f(o Order) error {\n\tpayload, _ := json.Marshal(map[string]string{"phone": o.Phone})\n\treturn s.w.WriteMessages(ctx, kafka.Message{Value: payload})\n}\n',
    want: ['3:queue:s.w.WriteMessages:contact'],
  },
  {
    rule: 'NEG go kafka-go WriteMessages of a refund count',
    path: GO,
    text: 'func (s *S) f(id int64) error {\n\treturn s.w.WriteMessages(ctx, kafka.Message{Value: []byte(fmt.Sprintf(`{"refunded":%d}`, id))})\n}\n',
    want: [],
  },
  // EasyExcel's write chain: the call that takes the rows.
  {
    rule: 'java EasyExcel write().sheet().doWrite(rows)',
    path: JAVA,
    text: 'class A { void f(List<Row> rows, Member m) { rows.add(m.getMobile()); EasyExcel.write(file, Row.class).sheet("s").doWrite(rows); } }',
    want: ['1:export:EasyExcel.write().sheet().doWrite:contact'],
  },
  {
    rule: 'NEG java EasyExcel chain given a header only',
    path: JAVA,
    text: 'class A { void f() { EasyExcel.write(file, Row.class).sheet("手机号").doWrite(List.of()); } }',
    want: [],
  },
  // Collection sizes: a number, none of the elements.
  {
    rule: 'NEG java rows.size() of rows holding phones',
    path: JAVA,
    text: 'class A { void f(Member m) { List<String> phones = new ArrayList<>(); phones.add(m.getMobile()); log.info("n={}", phones.size()); } }',
    want: [],
  },
  {
    rule: 'java the rows themselves still flow',
    path: JAVA,
    text: 'class A { void f(Member m) { List<String> phones = new ArrayList<>(); phones.add(m.getMobile()); log.info("n={}", phones); } }',
    want: ['1:log:log.info:contact'],
  },
  // .NET: CsvHelper, StackExchange.Redis, System.Text.Json, Length and Count.
  {
    rule: 'cs CsvHelper WriteRecords',
    path: CS,
    text: 'class A {\n  void F(Patient p) {\n    var rows = new List<string> { p.Phone };\n    csv.WriteRecords(rows);\n  }\n}\n',
    want: ['4:export:csv.WriteRecords:contact'],
  },
  {
    rule: 'NEG cs CsvHelper WriteRecords of counts',
    path: CS,
    text: 'class A {\n  void F(int n) {\n    csv.WriteRecords(new List<int> { n });\n  }\n}\n',
    want: [],
  },
  {
    rule: 'cs StackExchange.Redis StringSetAsync of a serialised ID number',
    path: CS,
    text: 'class A {\n  async Task F(Patient p) {\n    var s = JsonSerializer.Serialize(new { p.IdNumber });\n    await _redis.StringSetAsync("k", s);\n  }\n}\n',
    want: ['4:cache:_redis.StringSetAsync:id_number'],
  },
  {
    rule: 'NEG cs StackExchange.Redis StringGetAsync (a read)',
    path: CS,
    text: 'class A {\n  async Task F(Patient p) {\n    await _redis.StringGetAsync($"k:{p.IdNumber}");\n  }\n}\n',
    want: [],
  },
  {
    rule: 'NEG cs Length and Count describe a value',
    path: CS,
    text: 'class A {\n  void F(Referral r, List<string> phones) {\n    _logger.LogDebug("{0} {1}", r.Diagnosis.Length, phones.Count);\n  }\n}\n',
    want: [],
  },
  {
    rule: 'cs the diagnosis itself flows',
    path: CS,
    text: 'class A {\n  void F(Referral r) {\n    _logger.LogDebug("{0}", r.Diagnosis);\n  }\n}\n',
    want: ['3:log:_logger.LogDebug:health'],
  },
  // Spring WebClient: the body given down the chain; a Kafka template named `kafka`.
  {
    rule: 'kt WebClient .uri(…).bodyValue(form)',
    path: KT,
    text: 'fun f(form: Form) {\n  webClient.post().uri("https://a.example.com/x").bodyValue(form.mobile).retrieve()\n}\n',
    want: ['2:http:webClient.post().uri().bodyValue:contact'],
  },
  {
    rule: 'NEG kt WebClient body of a claim id',
    path: KT,
    text: 'fun f(claimId: String) {\n  webClient.post().uri("https://a.example.com/x").bodyValue(claimId).retrieve()\n}\n',
    want: [],
  },
  {
    rule: 'kt a WebClient built under another name: .post().uri(…).bodyValue(…) sends the body',
    path: KT,
    text: 'fun f(app: App) {\n  val v = civilAffairs.post().uri("/verify").bodyValue(mapOf("idNo" to app.idNumber)).retrieve().block()\n  log.info("verdict {}", v)\n}\n',
    want: ['2:http:civilAffairs.post().uri().bodyValue:id_number'],
  },
  {
    rule: 'NEG kt .post().body(…) on another name is no WebClient',
    path: KT,
    text: 'fun f(app: App) {\n  form.post().uri("/verify").body(app.idNumber)\n}\n',
    want: [],
  },
  {
    rule: 'kt kafka.send',
    path: KT,
    text: 'fun f(form: Form) {\n  kafka.send("t", form.mobile)\n}\n',
    want: ['2:queue:kafka.send:contact'],
  },
  {
    rule: 'NEG kt kafka.send of an id',
    path: KT,
    text: 'fun f(id: String) {\n  kafka.send("t", id)\n}\n',
    want: [],
  },
  // A builder chain's call sits on the line of its link (the sink call's name), not the chain's start.
  {
    rule: 'kt a chain over lines: the flow at .bodyValue',
    path: KT,
    text: 'fun f(form: Form) {\n  webClient.post()\n    .uri("https://a.example.com/x")\n    .bodyValue(form.mobile)\n    .retrieve()\n}\n',
    want: ['4:http:webClient.post().uri().bodyValue:contact'],
  },
  {
    rule: 'java a chain over lines: the flow at .bodyValue, a call on one line at its start',
    path: JAVA,
    text: 'class A { void f(Form form) {\n  webClient.post()\n    .uri("x")\n    .bodyValue(form.getMobile()).retrieve();\n  log.info("{}",\n    form.getMobile());\n} }\n',
    want: ['4:http:webClient.post().uri().bodyValue:contact', '5:log:log.info:contact'],
  },
  {
    rule: 'kt a chained logger on one line sits at its start',
    path: KT,
    text: 'fun f(p: Patient) {\n  Timber.tag("x").d("m %s", p.phone)\n}\n',
    want: ['2:log:Timber.tag().d:contact'],
  },
  // A TypeScript call with type arguments names the callee before them.
  {
    rule: 'ts axios.post<T>(…) over lines',
    path: TS,
    text: 'async function f(req: Req) {\n  const { data } = await axios.post<Candidate[]>(`${GW}/c`, {\n    lng: req.pickupLng,\n  });\n}\n',
    want: ['2:http:axios.post:whereabouts'],
  },
  {
    rule: 'NEG ts axios.post<T>(…) of a seat count',
    path: TS,
    text: 'async function f(req: Req) {\n  await axios.post<Candidate[]>(`${GW}/c`, { seats: req.seats });\n}\n',
    want: [],
  },
  // Node's fs functions imported by name.
  {
    rule: 'ts writeFileSync imported by name',
    path: TS,
    text: 'function f(u: User) {\n  writeFileSync("/tmp/x.csv", stringify([{ phone: u.phone }]));\n}\n',
    want: ['2:export:writeFileSync:contact'],
  },
  {
    rule: 'NEG ts writeFileSync of a count',
    path: TS,
    text: 'function f(rows: unknown[]) {\n  writeFileSync("/tmp/n.txt", String(rows.length));\n}\n',
    want: [],
  },
];

describe('library sinks and sizes', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, c.path), c.want);
    });
});

// Writers known by the call that made them (sinkRules/writers.ts WRITER_RULES, clients.ts findWriters).
const PY = 'src/app/export.py';
const writers: { rule: string; path: string; text: string; want: string[] }[] = [
  {
    rule: 'go a csv.NewWriter held in w',
    path: GO,
    text: 'package a\n\nfunc W(f *os.File, c Courier) {\n\tw := csv.NewWriter(f)\n\tw.Write([]string{c.Mobile})\n}\n',
    want: ['5:export:w.Write:contact'],
  },
  {
    rule: 'NEG go w.Write on a writer no csv call made',
    path: GO,
    text: 'package a\n\nfunc W(w io.Writer, c Courier) {\n\tw.Write([]byte(c.Mobile))\n}\n',
    want: [],
  },
  {
    rule: 'py a csv.writer held in out',
    path: PY,
    text: 'import csv\n\ndef f(users, fh):\n    out = csv.writer(fh)\n    for u in users:\n        out.writerow([u.mobile])\n',
    want: ['6:export:out.writerow:contact'],
  },
  {
    rule: 'NEG py out.writerow of a count',
    path: PY,
    text: 'import csv\n\ndef f(users, fh):\n    out = csv.writer(fh)\n    out.writerow([len(users)])\n',
    want: [],
  },
  {
    rule: 'js a file write stream held in out',
    path: 'src/app/job.js',
    text: 'const fs = require("node:fs");\nfunction f(parcels, file) {\n  const out = fs.createWriteStream(file);\n  for (const p of parcels) out.write(`${p.recipientPhone}\\n`);\n}\n',
    want: ['4:export:out.write:contact'],
  },
  {
    rule: 'NEG js res.write on a response no write stream made',
    path: 'src/app/job.js',
    text: 'const fs = require("node:fs");\nfunction f(res, p, file) {\n  const out = fs.createWriteStream(file);\n  res.write(`${p.recipientPhone}`);\n}\n',
    want: [],
  },
  {
    rule: 'kt a buffered writer held by a .use { out -> } lambda',
    path: KT,
    text: 'fun f(bookings: List<Booking>, target: Path) {\n  Files.newBufferedWriter(target).use { out ->\n    bookings.forEach { b -> out.write("${b.ownerPhone}\\n") }\n  }\n}\n',
    want: ['3:export:out.write:contact'],
  },
  {
    rule: 'java a Writer from Files.newBufferedWriter',
    path: JAVA,
    text: 'class A { void f(Member m, Path p) throws IOException { try (Writer out = Files.newBufferedWriter(p)) { out.write(m.getMobile()); } } }',
    want: ['1:export:out.write:contact'],
  },
  {
    rule: 'NEG java a StringWriter is no file',
    path: JAVA,
    text: 'class A { String f(Member m) { StringWriter out = new StringWriter(); out.write(m.getMobile()); return out.toString(); } }',
    want: [],
  },
];

describe('writers made by a known call', () => {
  for (const c of writers)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, c.path), c.want);
    });
});
