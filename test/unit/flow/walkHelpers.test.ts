// Which named functions a call reaches (walk.ts helperOf): those a statement defines in a body
// around the call, nearest first; never one defined inside a lambda, nor in a block the call is
// outside of. Written in the lowered form itself, so no language's syntax stands in the way.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Expr, Stmt } from '../../../src/core/flow/ir.js';
import { nameReader, recordTypes } from '../../../src/core/flow/sources.js';
import { walkFlows } from '../../../src/core/flow/walk.js';

const name = (n: string): Expr => ({ k: 'name', at: 1, name: n });
const call = (callee: string, at: number, ...args: Expr[]): Expr => ({ k: 'call', at, callee, args });
const fnStmt = (n: string, params: string[], body: Stmt[]): Stmt => ({
  k: 'fn',
  fn: { name: n, at: 2, params: params.map((p) => ({ name: p, at: 2 })), body },
});
const lambda = (body: Stmt[]): Stmt => ({ k: 'expr', e: { k: 'fn', fn: { at: 3, params: [], body } } });
const block = (body: Stmt[]): Stmt => ({ k: 'block', body });

/** `f(u)` calling `audit(u.phone)` where the body around it puts it. */
const phoneOf: Expr = { k: 'member', at: 4, recv: name('u'), prop: 'phone' };
const callAudit: Stmt = call('audit', 50, phoneOf);
/** A helper that logs its parameter (its sink at 10), and one that does not. */
const logging = fnStmt('audit', ['d'], [call('logger.info', 10, name('d'))]);
const quiet = fnStmt('audit', ['d'], [call('keep', 20, name('d'))]);

/** The offsets of the flows of `f`, its body as given, beside the top-level statements given. */
function sinks(fBody: Stmt[], top: Stmt[] = []): number[] {
  const body = [...top, fnStmt('f', ['u'], fBody)];
  return walkFlows({ language: 'python', body, read: nameReader(), types: recordTypes([]) }).map(
    (f) => f.offset,
  );
}

describe('which helper a call reaches', () => {
  test('a top-level helper is reached from a function', () => {
    assert.deepEqual(sinks([callAudit], [logging]), [10]);
  });

  test('the nearest definition wins: one in the same function over the top-level one', () => {
    assert.deepEqual(sinks([logging, callAudit], [quiet]), [10]);
    assert.deepEqual(sinks([quiet, callAudit], [logging]), []);
  });

  test('a function defined inside a lambda is no helper: the call finds the outer one', () => {
    assert.deepEqual(sinks([lambda([logging, callAudit])], [quiet]), []);
    assert.deepEqual(sinks([lambda([quiet, callAudit])], [logging]), [10]);
  });

  test('a function defined in a block is reached from inside that block only', () => {
    assert.deepEqual(sinks([block([logging, callAudit])]), [10]);
    assert.deepEqual(sinks([block([logging]), callAudit]), []);
  });
});
