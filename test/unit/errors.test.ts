import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { messageOf } from '../../src/core/errors.js';

test('messageOf: an Error gives its message, anything else its string', () => {
  assert.equal(messageOf(new TypeError('bad input')), 'bad input');
  assert.equal(messageOf('plain'), 'plain');
  assert.equal(messageOf(42), '42');
  assert.equal(messageOf(undefined), 'undefined');
  assert.notEqual(messageOf(new Error('x')), 'Error: x');
});
