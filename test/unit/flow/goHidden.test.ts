// Go struct fields tagged `json:"-"` (goHidden.ts): no part of the struct's whole value, still
// PI read by name. With negatives: a field not so tagged, and one tagged `json:"-,"` (named "-").
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goHiddenFields } from '../../../src/core/flow/goHidden.js';
import { flowSummary } from '../../support/flowSummary.js';
import { GO } from '../../support/flowPaths.js';

const TICKET =
  'type Ticket struct {\n\tOrderSn    string `json:"order_sn"`\n\tBuyerName  string `json:"buyer_name"`\n\tBuyerPhone string `json:"-"`\n\tIdCard     string `json:"-,"`\n}\n\n';

describe('goHiddenFields', () => {
  test('the fields tagged json:"-" of each struct, none of json:"-,"', () => {
    assert.deepEqual([...(goHiddenFields(TICKET) ?? [])], ['Ticket.BuyerPhone']);
  });
  test('NEG a text with no such tag', () => {
    assert.equal(goHiddenFields('type T struct {\n\tPhone string `json:"phone"`\n}\n'), undefined);
  });
});

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'go a struct marshalled whole leaves out its json:"-" field, even once read by name',
    text: `${TICKET}func (w *W) Pay(t Ticket) error {\n\tif !validMobile(t.BuyerPhone) {\n\t\treturn nil\n\t}\n\tevent, _ := json.Marshal(t)\n\treturn w.nc.Publish("x", event)\n}\n`,
    want: ['13:queue:w.nc.Publish:id_number+name+transaction'],
  },
  {
    rule: 'NEG go the json:"-" field read by name still flows; a field named "-" is written',
    text: `${TICKET}func (w *W) Pay(t Ticket) error {\n\tw.log.Info("buyer", "phone", t.BuyerPhone)\n\tif t.IdCard == "" {\n\t\treturn nil\n\t}\n\tevent, _ := json.Marshal(t)\n\treturn w.nc.Publish("x", event)\n}\n`,
    want: ['9:log:w.log.Info:contact', '14:queue:w.nc.Publish:id_number+name+transaction'],
  },
];

describe('json:"-" fields in flows', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, GO), c.want);
    });
});
