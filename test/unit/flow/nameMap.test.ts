import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lastName } from '../../../src/core/flow/calls.js';
import { NameMap } from '../../../src/core/flow/nameMap.js';
import { recordTypes } from '../../../src/core/flow/sources.js';
import type { Finding } from '../../../src/core/types.js';

describe('NameMap (nameMap.ts)', () => {
  it('reads back what was set, a name set again holding its last value', () => {
    const m = new NameMap<number | null>();
    assert.equal(m.get('phone'), undefined);
    assert.equal(m.has('phone'), false);
    m.set('phone', 1);
    m.set('level', null);
    m.set('phone', 2);
    assert.equal(m.get('phone'), 2);
    assert.equal(m.get('level'), null);
    assert.equal(m.has('level'), true);
    assert.equal(m.has('email'), false);
  });
  it('keeps every name and value when it grows past its array into a map', () => {
    const m = new NameMap<string>();
    for (let i = 0; i < 40; i++) m.set(`v${String(i)}`, `x${String(i)}`);
    m.set('v3', 'again');
    for (let i = 0; i < 40; i++) assert.equal(m.get(`v${String(i)}`), i === 3 ? 'again' : `x${String(i)}`);
    assert.equal(m.get('v40'), undefined);
    assert.equal(m.has('v40'), false);
  });
  it('compares names by content, not only by identity', () => {
    const m = new NameMap<number>();
    m.set(['ph', 'one'].join(''), 1);
    assert.equal(m.get('phone'), 1);
  });
});

describe('lastName (calls.ts)', () => {
  it('the last name, without the mark of a call’s own result', () => {
    assert.equal(lastName('logger.info'), 'info');
    assert.equal(lastName('getLogger().info'), 'info');
    assert.equal(lastName('a.getLogger()'), 'getLogger');
    assert.equal(lastName('print'), 'print');
    assert.equal(lastName('f()()'), 'f()');
  });
});

describe('recordTypes (sources.ts)', () => {
  const field = (owner: string, category: string, role = 'declaration', confidence = 'medium'): Finding =>
    ({ owner, category, role, confidence }) as unknown as Finding;
  it('each type’s categories once each, in sort() order whatever order they came in', () => {
    const types = recordTypes([
      field('User', 'whereabouts'),
      field('User', 'contact'),
      field('User', 'whereabouts'),
      field('User', 'credit'),
      field('Order', 'property'),
      field('Ignored', 'contact', 'usage'),
    ]);
    assert.deepEqual(types.get('User')?.categories, ['contact', 'credit', 'whereabouts']);
    assert.deepEqual(types.get('Order')?.categories, ['property']);
    assert.equal(types.has('Ignored'), false);
  });
  it('a type carries the strongest confidence of its fields (lead ruling 3)', () => {
    const types = recordTypes([
      field('Order', 'transaction', 'declaration', 'low'),
      field('Order', 'online_id', 'declaration', 'low'),
      field('User', 'online_id', 'declaration', 'low'),
      field('User', 'contact', 'declaration', 'high'),
      field('User', 'name', 'declaration', 'medium'),
    ]);
    assert.equal(types.get('Order')?.confidence, 'low');
    assert.equal(types.get('User')?.confidence, 'high');
  });
});
