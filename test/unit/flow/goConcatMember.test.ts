// Go: `"k:"+t.Field` reads the field, not the whole record `t` (@lezer/go parses the selector
// over the concatenation, and the token lowering keeps that form), by both lowerings.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parser } from '@lezer/go';
import { analyzeFlows } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';

const PATH = 'internal/refund/worker.go';
const STRUCT =
  'package refund\n\ntype Ticket struct {\n\tTransactionID string\n\tBuyerName     string\n\tBuyerPhone    string\n\tBatch         string\n}\n\n';

function flows(body: string): string[] {
  const text = STRUCT + body;
  const { findings } = scanText(text, { path: PATH });
  const show = (list: ReturnType<typeof analyzeFlows>): string[] =>
    list.map((f) => `${String(text.slice(0, f.offset).split('\n').length)}:${f.categories.join('+')}`);
  const byTokens = show(analyzeFlows(text, PATH, { findings }));
  assert.deepEqual(show(analyzeFlows(text, PATH, { findings, tree: parser.parse(text) })), byTokens);
  return byTokens;
}

describe('Go concatenation with a field', () => {
  test("the field's category, not the record's", () => {
    const body =
      'func (w *W) Pay(t Ticket) {\n\tw.log.Info("tx " + t.TransactionID)\n\tw.log.Info("a" + "b" + t.BuyerPhone)\n}\n';
    assert.deepEqual(flows(body), ['11:transaction', '12:contact']);
  });
  test('NEG a field that is not personal, concatenated', () => {
    const body = 'func (w *W) Pay(t Ticket) {\n\tw.log.Info("batch " + t.Batch)\n}\n';
    assert.deepEqual(flows(body), []);
  });
});
