// The lowered form's compact shapes (flow/ir.ts): a positional argument is its expression and an
// expression statement is its expression, wrapped only where the shape would be ambiguous (a
// keyed argument, a lambda standing as a statement, whose `k` is a function statement's).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  argValue,
  exprOf,
  exprStmt,
  isExprStmt,
  keyed,
  type Expr,
  type Stmt,
} from '../../../src/core/flow/ir.js';

const phone: Expr = { k: 'name', at: 3, name: 'phone' };
const lambda: Expr = { k: 'fn', fn: { at: 0, params: [], body: [] } };

describe('the lowered form without wrappers', () => {
  test('a positional argument is its expression; a keyed one wraps it with its key', () => {
    assert.equal(argValue(phone), phone);
    const k = keyed('mobile', 1, phone);
    assert.equal(argValue(k), phone);
    assert.deepEqual(k, { k: 'keyed', key: 'mobile', at: 1, value: phone });
  });

  test('an expression statement is its expression, a lambda is wrapped', () => {
    assert.equal(exprStmt(phone), phone);
    assert.deepEqual(exprStmt(lambda), { k: 'expr', e: lambda });
    assert.equal(exprOf(exprStmt(lambda)), lambda);
    assert.equal(exprOf(exprStmt(phone)), phone);
  });

  test('other statements are no expression statements', () => {
    const others: Stmt[] = [
      { k: 'let', at: 0, name: 'x', declare: true, value: phone },
      { k: 'store', at: 0, recv: 'dto', prop: 'phone', value: phone },
      { k: 'return', e: phone },
      { k: 'fn', fn: { at: 0, params: [], body: [] } },
      { k: 'block', body: [exprStmt(phone)] },
    ];
    for (const st of others) {
      assert.equal(exprOf(st), undefined, st.k);
      assert.equal(isExprStmt(st), false, st.k);
    }
    assert.equal(isExprStmt(exprStmt(phone)), true);
  });
});
