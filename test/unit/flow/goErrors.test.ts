// Go: the error a call returns says the call failed, not what the call was given
// (`if err := h.store.Save(ctx, &l); err != nil { h.log.Error("…", zap.Error(err)) }`); an error
// made from a message (`fmt.Errorf("… %s", phone)`) carries what it was made of (flow-fix4).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const GO = 'internal/app/app.go';

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'go the error of a save given a lease is logged: no flow',
    text: 'func (h *H) f(ctx context.Context, l Lease) {\n\tif err := h.store.Save(ctx, l.TenantPhone); err != nil {\n\t\th.log.Error("save lease failed", zap.Error(err))\n\t}\n\tid, err := h.store.Insert(ctx, l.TenantIDNo)\n\th.log.Error("insert", zap.Error(err))\n\t_ = id\n}\n',
    want: [],
  },
  {
    rule: 'NEG go an error made by fmt.Errorf from a phone is logged: a flow',
    text: 'func (h *H) f(l Lease) {\n\terr := fmt.Errorf("bad phone %s", l.TenantPhone)\n\th.log.Error("save lease failed", zap.Error(err))\n}\n',
    want: ['3:log:zap.Error:contact'],
  },
];

describe('go errors returned by calls', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, GO), c.want);
    });
});
