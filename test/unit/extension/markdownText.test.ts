import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandLink, escapeMarkdown } from '../../../src/shared/markdownText.js';

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['id_card_no', 'id\\_card\\_no'],
    ['身份证号', '身份证号'],
    [
      '[x](command:workbench.action.terminal.new)',
      '\\[x\\]\\(command:workbench\\.action\\.terminal\\.new\\)',
    ],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['`code`', '\\`code\\`'],
    ['line\nbreak', 'line break'],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => {
      assert.equal(escapeMarkdown(input), expected);
    });
  }
});

describe('commandLink', () => {
  test('encodes the arguments as a JSON array', () => {
    const link = commandLink('pilens.annotate', ['file:///app/(auth)/a b.ts', 3, 'id_number']);
    assert.ok(link.startsWith('command:pilens.annotate?'));
    assert.deepEqual(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))), [
      'file:///app/(auth)/a b.ts',
      3,
      'id_number',
    ]);
    assert.ok(!link.includes(' ') && !link.includes(')'));
  });
});
