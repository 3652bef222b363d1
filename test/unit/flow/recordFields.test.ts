// A member of a variable of a record type of the file is the field as the scan read it in the
// record's declaration, with the record's context (sources.ts RecordTypes): `o.Address` of an
// `o Order` holding an ID number is a person's address, where `Address` alone is no finding. A
// region alone and a count stay out (coarse, or no value of the person's). Negatives beside.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const GO = 'internal/care/care.go';
const ORDER =
  'package care\n\ntype Order struct {\n\tElderIDCard string\n\tAddress     string\n\tCity        string\n\tDepositMonths int\n}\n\n';
const PLACE = 'package care\n\ntype Depot struct {\n\tCode    string\n\tAddress string\n}\n\n';

describe('record fields read as the scan read them', () => {
  test('go o.Address of an Order holding an ID number is an address', () => {
    const text = `${ORDER}func D(o Order) {\n\tlog.Printf("to %s", o.Address)\n}\n`;
    assert.deepEqual(flowSummary(text, GO), ['11:log:log.Printf:address']);
  });
  test('go a loop over []Order: the field is read the same way', () => {
    const text = `${ORDER}func D(os []Order) {\n\tfor _, o := range os {\n\t\tlog.Printf("to %s", o.Address)\n\t}\n}\n`;
    assert.deepEqual(flowSummary(text, GO), ['12:log:log.Printf:address']);
  });
  test('java a getter of a typed parameter reads its field', () => {
    const text =
      'class S {\n  static class Permit {\n    String idCardNo;\n    String address;\n    String getAddress() { return address; }\n  }\n  void f(Permit p) {\n    log.info("to {}", p.address);\n  }\n}\n';
    assert.deepEqual(flowSummary(text, 'src/main/java/S.java'), ['8:log:log.info:address']);
  });
  test('NEG go o.City of the same Order: a region alone is no flow', () => {
    const text = `${ORDER}func D(o Order) {\n\tlog.Printf("in %s", o.City)\n}\n`;
    assert.deepEqual(flowSummary(text, GO), []);
  });
  test('NEG go o.DepositMonths: a count of months is not the money', () => {
    const text = `${ORDER}func D(o Order) {\n\tlog.Printf("%d", o.DepositMonths)\n}\n`;
    assert.deepEqual(flowSummary(text, GO), []);
  });
  test('NEG go d.Address of a Depot (no person in it) is no flow', () => {
    const text = `${PLACE}func D(d Depot) {\n\tlog.Printf("at %s", d.Address)\n}\n`;
    assert.deepEqual(flowSummary(text, GO), []);
  });
  test('NEG go an untyped o.Address stays unread', () => {
    const text = `${ORDER}func D() {\n\to := load()\n\tlog.Printf("to %s", o.Address)\n}\n`;
    assert.deepEqual(flowSummary(text, GO), []);
  });
  test('ts a parameter app: RefundApplication: app.orderSn is its transaction', () => {
    const text =
      "interface RefundApplication {\n  orderSn: string;\n  buyerPhone: string;\n  reason: string;\n}\nexport function pay(app: RefundApplication) {\n  alipay.exec('refund', { out_trade_no: app.orderSn });\n}\n";
    assert.deepEqual(flowSummary(text, 'src/refund.ts'), ['7:sdk:alipay.exec:transaction']);
  });
  test('NEG ts the same name defined again is no longer the record', () => {
    const text =
      "interface RefundApplication {\n  orderSn: string;\n  buyerPhone: string;\n}\nexport function pay(app: RefundApplication) {\n  const f = (app: unknown) => alipay.exec('refund', { no: app.orderSn });\n}\n";
    assert.deepEqual(flowSummary(text, 'src/refund.ts'), []);
  });
  test('NEG ts a bare amount of an order is no flow', () => {
    const text =
      'interface CreateOrderDto {\n  receiverPhone: string;\n  amount: number;\n}\nexport function f(dto: CreateOrderDto) {\n  logger.info(`total ${dto.amount}`);\n}\n';
    assert.deepEqual(flowSummary(text, 'src/order.ts'), []);
  });
});
