// Messages from the report webview are untrusted input: only the known shapes pass.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseWebviewMessage } from '../../../src/shared/reportMessages.js';

describe('parseWebviewMessage', () => {
  const accepted: [unknown, unknown][] = [
    [{ type: 'ready' }, { type: 'ready' }],
    [
      { type: 'export', format: 'json' },
      { type: 'export', format: 'json' },
    ],
    [
      { type: 'export', format: 'markdown', extra: 1 },
      { type: 'export', format: 'markdown' },
    ],
    [{ type: 'changeMapping' }, { type: 'changeMapping' }],
    [{ type: 'changeAnswers', payload: '<img>' }, { type: 'changeAnswers' }],
  ];
  for (const [raw, expected] of accepted) {
    test(`accepts ${JSON.stringify(raw)}`, () => {
      assert.deepEqual(parseWebviewMessage(raw), expected);
    });
  }
  const rejected: unknown[] = [
    undefined,
    null,
    'ready',
    42,
    {},
    { type: 'export' },
    { type: 'export', format: 'html' },
    { type: 'export', format: '../../etc/passwd' },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
    { type: ['ready'] },
  ];
  for (const raw of rejected) {
    test(`rejects ${raw === undefined ? 'undefined' : JSON.stringify(raw)}`, () => {
      assert.equal(parseWebviewMessage(raw), undefined);
    });
  }
});
