// Sink classes of session 23 (issue 14, flow-fix6), read off the tuning sets' misses: queue
// channels under their usual names, file utilities, Ktor's client, node-redis 4's camel-case writes and
// counters, JPush's Node builder chain, SheetJS books. Each with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';
import { GO, JAVA, KT, PY } from '../../support/flowPaths.js';

const TS = 'src/app/job.ts';
const JS = 'src/app/job.js';

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  // amqplib's channel as `ch`; pika's `basic_publish` on any channel.
  {
    rule: 'ts amqplib ch.publish',
    path: TS,
    text: "async function f(form) {\n  const ch = await mq();\n  ch.publish('x', 'k', Buffer.from(JSON.stringify({ msisdn: form.msisdn })));\n}\n",
    want: ['3:queue:ch.publish:contact'],
  },
  {
    rule: 'NEG ts an in-process event bus publish',
    path: TS,
    text: "async function f(form) {\n  bus.publish('sim', JSON.stringify({ msisdn: form.msisdn }));\n}\n",
    want: [],
  },
  {
    rule: 'py pika basic_publish on a channel named ch',
    path: PY,
    text: 'def f(p):\n    ch = conn.channel()\n    ch.basic_publish(exchange="x", routing_key="k", body=json.dumps({"phone": p.phone}))\n',
    want: ['3:queue:ch.basic_publish:contact'],
  },
  {
    rule: "NEG py pika's other channel methods",
    path: PY,
    text: 'def f(p):\n    ch = conn.channel()\n    ch.queue_declare(queue=p.phone)\n',
    want: [],
  },
  // Node's fs/promises writers imported by name.
  {
    rule: 'ts appendFile imported from fs/promises',
    path: TS,
    text: "import { appendFile } from 'node:fs/promises';\nasync function f(form) {\n  await appendFile(AUDIT, `${form.idCardNo},${form.msisdn}\\n`);\n}\n",
    want: ['3:export:appendFile:contact+id_number'],
  },
  {
    rule: 'NEG ts a function of the file named appendFile',
    path: TS,
    text: 'function appendFile(list, x) {\n  list.push(x);\n}\nfunction f(form, list) {\n  appendFile(list, form.msisdn);\n}\n',
    want: [],
  },
  // Hutool's FileUtil and Commons IO's FileUtils.
  {
    rule: 'java Hutool FileUtil.appendUtf8Lines',
    path: JAVA,
    text: 'class A { void f(Card card, File out) { String line = card.getName() + "," + card.getIdNumber(); FileUtil.appendUtf8Lines(Collections.singletonList(line), out); } }',
    want: ['1:export:FileUtil.appendUtf8Lines:id_number+name'],
  },
  {
    rule: 'NEG java Hutool FileUtil.readUtf8Lines',
    path: JAVA,
    text: 'class A { List<String> f(Card card) { return FileUtil.readUtf8Lines(card.getIdNumber() + ".txt"); } }',
    want: [],
  },
  // node-redis 4's camel-case commands; a counter keyed by PI stores the key.
  {
    rule: 'js node-redis 4 hSet of a position',
    path: JS,
    text: 'async function f(courierId, lat, lng) {\n  await redis.hSet(`courier:pos:${courierId}`, { lat: String(lat), lng: String(lng) });\n}\n',
    want: ['2:cache:redis.hSet:online_id+whereabouts'],
  },
  {
    rule: 'ts redis.incr keyed by a hashed ID number; the count it answers is no PI',
    path: TS,
    text: "async function f(guest) {\n  const attempts = await redis.incr(`checkin:${sha256(guest.idCardNo)}`);\n  logger.warn('too many attempts', { attempts });\n}\n",
    want: ['2:cache:redis.incr:id_number:masked'],
  },
  {
    rule: 'NEG js redis.incr of a constant key; hGetAll is a read',
    path: JS,
    text: "async function f(guest) {\n  await redis.incr('stats:checkins');\n  await redis.hGetAll(`guest:${guest.idCardNo}`);\n}\n",
    want: [],
  },
  {
    rule: 'go go-redis GeoAdd of a driver',
    path: GO,
    text: 'func (h *H) f(uid string, lat, lng float64) {\n\th.rdb.GeoAdd(ctx, "drivers", &redis.GeoLocation{Name: uid, Longitude: lng, Latitude: lat})\n}\n',
    want: ['2:cache:h.rdb.GeoAdd:online_id+whereabouts'],
  },
  {
    rule: 'NEG go go-redis GeoSearch around a position',
    path: GO,
    text: 'func (h *H) f(lat, lng float64) {\n\th.rdb.GeoSearch(ctx, "piles", &redis.GeoSearchQuery{Longitude: lng, Latitude: lat})\n}\n',
    want: [],
  },
  // JPush's Node SDK: the builder chain's send() carries what the chain was given.
  {
    rule: "js JPush chain: send() carries the audience's and the notification's PI",
    path: JS,
    text: 'function f(order, driverId) {\n  jpush.push().setPlatform(JPush.ALL).setAudience(JPush.alias(driverId)).setNotification(`取件：${order.senderName}`).send();\n}\n',
    want: ['2:sdk:jpush.push().setPlatform().setAudience().setNotification().send:name+online_id'],
  },
  {
    rule: 'NEG js JPush payload builders alone send nothing',
    path: JS,
    text: 'function f(order, driverId) {\n  const audience = JPush.alias(driverId);\n  const note = JPush.android(`取件：${order.senderName}`, "x", 1);\n  return { audience, note };\n}\n',
    want: [],
  },
  // Ktor's client: the body set in the request's lambda.
  {
    rule: 'kt Ktor http.post with setBody in its lambda',
    path: KT,
    text: 'suspend fun f(m: Member) {\n  val r: Result = http.post(URL) { contentType(ContentType.Application.Json); setBody(Check(m.idCardNo)) }.body()\n}\n',
    want: ['2:http:http.post:id_number'],
  },
  {
    rule: "NEG kt a Ktor server route's post is no client call",
    path: KT,
    text: 'fun Route.f() {\n  post("/members") {\n    val m = call.receive<Member>()\n    call.respond(Saved(m.idCardNo))\n  }\n}\n',
    want: [],
  },
  // SheetJS: the file is written by writeFile, the sheet reaches it through the book.
  {
    rule: 'js SheetJS writeFile of a book the sheet was appended to',
    path: JS,
    text: "function f(students, file) {\n  const sheet = XLSX.utils.json_to_sheet(students.map((s) => ({ 姓名: s.studentName, 学号: s.student_no })));\n  const book = XLSX.utils.book_new();\n  XLSX.utils.book_append_sheet(book, sheet, 'x');\n  XLSX.writeFile(book, file);\n}\n",
    want: ['5:export:XLSX.writeFile:name+online_id'],
  },
  {
    rule: 'NEG js SheetJS a sheet made and never written; a book of another sheet',
    path: JS,
    text: "function f(students, file) {\n  const sheet = XLSX.utils.json_to_sheet(students.map((s) => ({ 姓名: s.studentName })));\n  const totals = XLSX.utils.aoa_to_sheet([[students.length]]);\n  const book = XLSX.utils.book_new();\n  XLSX.utils.book_append_sheet(book, totals, 'n');\n  XLSX.writeFile(book, file);\n  return sheet;\n}\n",
    want: [],
  },
];

describe('sink classes (session 23)', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, c.path), c.want);
    });
});
