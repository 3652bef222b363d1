// The de-duplication set: keys added once, payloads OR-ed, the (0, 0) key usable, entries
// surviving growth and transfer between sets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HashSet64 } from '../../../src/core/dataset/hashSet.js';

test('add reports new keys once and keeps the first payload', () => {
  const set = new HashSet64(4);
  assert.equal(set.add(1, 2, 7), true);
  assert.equal(set.add(1, 2, 9), false);
  assert.equal(set.add(0, 0, 5), true, 'the zero key is a key like any other');
  assert.equal(set.add(0, 0), false);
  assert.equal(set.size, 2);
  const values: number[] = [];
  set.forEachValue((v) => values.push(v));
  assert.deepEqual(values.sort(), [5, 7]);
});

test('addOr merges payload flags of a key already present', () => {
  const set = new HashSet64();
  assert.equal(set.addOr(3, 4, 0b01), true);
  assert.equal(set.addOr(3, 4, 0b10), false);
  const values: number[] = [];
  set.forEachValue((v) => values.push(v));
  assert.deepEqual(values, [0b11]);
});

test('entries survive growth and transfer to another set', () => {
  const a = new HashSet64(16);
  for (let k = 0; k < 5000; k++) a.add(k >>> 3, Math.imul(k, 2654435761), k & 0xff);
  assert.equal(a.size, 5000);
  const b = new HashSet64();
  b.add(0xffff, 0xffff);
  assert.equal(b.addEntries(a.toEntries()), 0);
  assert.equal(b.size, 5001);
  assert.equal(b.addEntries(a.toEntries()), 5000, 'a second transfer adds nothing');
});
