// The lead's flow rulings of session 21 (PROTOCOL): caches carry flows of sensitive PI only
// (rulings.ts), and keys to a person and order numbers are sources at the lower level: a flow
// carries the strongest confidence of what reaches it (sources.ts, taint.ts). Each rule with a
// negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { keepFlow } from '../../../src/core/flow/rulings.js';
import type { Flow } from '../../../src/core/flow/types.js';
import { scannedFlows } from '../../support/flowSummary.js';
import { PY, JAVA, GO, KT, CS } from '../../support/flowPaths.js';

/** `kind:callee:categories:confidence` per flow. */
function summary(text: string, path: string): string[] {
  return scannedFlows(text, path).map(
    (f) => `${f.sink.kind}:${f.sink.callee}:${f.categories.join('+')}:${f.confidence}`,
  );
}

const TS = 'src/app/service.ts';

const cases: { rule: string; path: string; text: string; want: string[] }[] = [
  // Ruling 1: caches.
  {
    rule: 'NEG ts a phone alone cached: not sensitive, no flow',
    path: TS,
    text: 'export async function f(user: U) {\n  await redis.set(`k`, user.phone);\n}\n',
    want: [],
  },
  {
    rule: 'ts an ID number cached beside a phone: a flow naming both',
    path: TS,
    text: 'export async function f(user: U) {\n  await redis.set(`k:${user.phone}`, user.idCardNo);\n}\n',
    want: ['cache:redis.set:contact+id_number:high'],
  },
  {
    rule: 'NEG go a phone alone cached',
    path: GO,
    text: 'package a\n\nfunc f(u User) {\n\trdb.Set(ctx, "k", u.Phone, 0)\n}\n',
    want: [],
  },
  {
    rule: 'go a diagnosis cached: health is sensitive',
    path: GO,
    text: 'package a\n\nfunc f(p Patient) {\n\trdb.Set(ctx, "k", p.Diagnosis, 0)\n}\n',
    want: ['cache:rdb.Set:health:high'],
  },
  {
    rule: 'NEG py a phone logged stays a flow: only caches are narrowed',
    path: PY,
    text: 'def f(user):\n    log.info("x %s", user.phone)\n',
    want: ['log:log.info:contact:high'],
  },
  // Ruling 2: a generated gRPC stub is an RPC (`http`), a vendor's SDK client stays `sdk`.
  {
    rule: 'go a call on a field typed with a generated service client: http',
    path: GO,
    text: 'package a\n\ntype S struct {\n\tnotifier notifypb.NotifyServiceClient\n}\n\nfunc (s *S) f(u User) {\n\ts.notifier.SendSms(ctx, &notifypb.SendSmsRequest{Phone: u.Phone})\n}\n',
    want: ['http:s.notifier.SendSms:contact:medium'],
  },
  {
    rule: 'go a stub made by its generated constructor: http',
    path: GO,
    text: 'package a\n\nfunc f(conn *grpc.ClientConn, u User) {\n\tc := userpb.NewUserClient(conn)\n\tc.Sync(ctx, &userpb.Req{Phone: u.Phone})\n}\n',
    want: ['http:c.Sync:contact:medium'],
  },
  {
    rule: 'NEG go Alibaba Cloud SMS client stays sdk',
    path: GO,
    text: 'package a\n\ntype S struct {\n\tsms *dysmsapi.Client\n}\n\nfunc (s *S) f(u User) {\n\ts.sms.SendSms(&dysmsapi.SendSmsRequest{PhoneNumbers: u.Phone})\n}\n',
    want: ['sdk:s.sms.SendSms:contact:medium'],
  },
  {
    rule: 'java a blocking stub: http',
    path: JAVA,
    text: 'class A {\n  private final NotifyServiceGrpc.NotifyServiceBlockingStub stub = NotifyServiceGrpc.newBlockingStub(channel);\n  void f(User u) { stub.sendSms(SmsReq.newBuilder().setPhone(u.getPhone()).build()); }\n}',
    want: ['http:stub.sendSms:contact:medium'],
  },
  {
    rule: 'NEG java a vendor client named client stays sdk',
    path: JAVA,
    text: 'class A {\n  void f(User u) { SendSmsRequest r = new SendSmsRequest(); r.setPhoneNumbers(u.getPhone()); client.sendSms(r); }\n}',
    want: ['sdk:client.sendSms:contact:medium'],
  },
  {
    rule: 'kotlin a stub from newBlockingStub: http',
    path: KT,
    text: 'class A(channel: ManagedChannel) {\n  private val stub = NotifyGrpc.newBlockingStub(channel)\n  fun f(u: User) { stub.sendSms(u.phone) }\n}\n',
    want: ['http:stub.sendSms:contact:medium'],
  },
  {
    rule: 'py a stub of a _pb2_grpc module: http',
    path: PY,
    text: 'def f(channel, user):\n    stub = notify_pb2_grpc.NotifyServiceStub(channel)\n    stub.SendSms(notify_pb2.Req(phone=user.phone))\n',
    want: ['http:stub.SendSms:contact:high'],
  },
  {
    rule: 'NEG py a vendor SDK client stays sdk',
    path: PY,
    text: 'def f(user):\n    client.send_sms(user.phone)\n',
    want: ['sdk:client.send_sms:contact:high'],
  },
  {
    rule: 'c# a Grpc.Net client of a channel: http',
    path: CS,
    text: 'class A {\n  void F(User u) {\n    var client = new Notify.NotifyClient(channel);\n    client.SendSms(new SmsRequest { Phone = u.Phone });\n  }\n}\n',
    want: ['http:client.SendSms:contact:medium'],
  },
  // Ruling 3: keys to a person and order numbers, at the lower level.
  {
    rule: 'ts a user id logged: a flow at low confidence',
    path: TS,
    text: 'export function f(userId: string) {\n  logger.info(`creating for ${userId}`);\n}\n',
    want: ['log:logger.info:online_id:low'],
  },
  {
    rule: 'ts a user id beside a phone: the strongest confidence reaching the sink',
    path: TS,
    text: 'export function f(userId: string, phone: string) {\n  logger.info(`${userId} ${phone}`);\n}\n',
    want: ['log:logger.info:contact+online_id:medium'],
  },
  {
    rule: 'NEG ts a record id and a status logged: no key to a person',
    path: TS,
    text: 'export function f(order: O) {\n  logger.info(`${order.id} ${order.status}`);\n}\n',
    want: [],
  },
  {
    rule: 'java an order number logged: a flow at low confidence',
    path: JAVA,
    text: 'class A { void f(Req r) { log.info("{}", r.getOrderNo()); } }',
    want: ['log:log.info:transaction:low'],
  },
  {
    rule: 'NEG java a status logged',
    path: JAVA,
    text: 'class A { void f(Req r) { log.info("{}", r.getStatus()); } }',
    want: [],
  },
  {
    rule: 'py a key passed through a helper to its sink keeps the low confidence',
    path: PY,
    text: 'def audit(v):\n    log.info("x %s", v)\n\ndef f(user_id):\n    audit(user_id)\n',
    want: ['log:log.info:online_id:low'],
  },
  {
    rule: 'py a phone through the same helper is a normal flow',
    path: PY,
    text: 'def audit(v):\n    log.info("x %s", v)\n\ndef f(user):\n    audit(user.phone)\n',
    want: ['log:log.info:contact:high'],
  },
  {
    rule: 'NEG ts a user id cached: a key alone is not sensitive, no cache flow',
    path: TS,
    text: 'export async function f(userId: string) {\n  await redis.set(`k`, userId);\n}\n',
    want: [],
  },
];

describe('flow rulings (lead, session 21)', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(summary(c.text, c.path), c.want);
    });

  test('keepFlow: a cache flow stands only with a sensitive category', () => {
    const flow = (kind: 'cache' | 'log', categories: string[]): Flow =>
      ({ sink: { kind }, categories }) as unknown as Flow;
    assert.equal(keepFlow(flow('cache', ['contact', 'name'])), false);
    assert.equal(keepFlow(flow('cache', ['contact', 'credential'])), true);
    assert.equal(keepFlow(flow('cache', ['transaction'])), true);
    assert.equal(keepFlow(flow('log', ['contact'])), true);
  });
});
