import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/shared/settingsSchema.js';

const readerOf = (values: Record<string, unknown>) => (key: string) => values[key];

describe('parseSettings', () => {
  test('nothing set gives the defaults', () => {
    assert.deepEqual(
      parseSettings(() => undefined),
      DEFAULT_SETTINGS,
    );
  });

  test('valid values are taken', () => {
    const parsed = parseSettings(
      readerOf({
        enable: false,
        'severity.classC': 'off',
        'severity.usages': 'warning',
        'law.contestedReading': 'lenient',
        maxFileSizeKb: 64,
        debounceMs: 0,
        'diagnostics.maxPerFile': 5,
        languages: ['sql'],
        exclude: [],
        'baseline.mode': 'hide',
        'display.language': 'zh-cn',
      }),
    );
    assert.equal(parsed.enable, false);
    assert.equal(parsed.severity.classC, 'off');
    assert.equal(parsed.severity.classA, 'warning');
    assert.equal(parsed.severity.usages, 'warning');
    assert.equal(parsed.contestedReading, 'lenient');
    assert.equal(parsed.maxFileSizeKb, 64);
    assert.equal(parsed.debounceMs, 0);
    assert.equal(parsed.maxDiagnosticsPerFile, 5);
    assert.deepEqual(parsed.languages, ['sql']);
    assert.deepEqual(parsed.exclude, []);
    assert.equal(parsed.baselineMode, 'hide');
    assert.equal(parsed.displayLanguage, 'zh-cn');
  });

  // Each malformed value falls back to its own default and leaves the others alone.
  const malformed: [string, unknown, (s: ReturnType<typeof parseSettings>) => unknown, unknown][] = [
    ['enable', 'yes', (s) => s.enable, true],
    ['severity.classA', 'Warning!', (s) => s.severity.classA, 'warning'],
    ['severity.lowConfidence', 3, (s) => s.severity.lowConfidence, 'hint'],
    ['law.contestedReading', 'loose', (s) => s.contestedReading, 'strict'],
    ['maxFileSizeKb', -1, (s) => s.maxFileSizeKb, 1024],
    ['maxFileSizeKb', 1.5, (s) => s.maxFileSizeKb, 1024],
    ['debounceMs', '400', (s) => s.debounceMs, 400],
    ['debounceMs', 10_000_000, (s) => s.debounceMs, 400],
    ['diagnostics.maxPerFile', 0, (s) => s.maxDiagnosticsPerFile, 200],
    ['languages', 'sql', (s) => s.languages, DEFAULT_SETTINGS.languages],
    ['languages', ['sql', 3], (s) => s.languages, DEFAULT_SETTINGS.languages],
    ['exclude', null, (s) => s.exclude, DEFAULT_SETTINGS.exclude],
    ['baseline.mode', 'show', (s) => s.baselineMode, 'hint'],
    ['display.language', 'zh', (s) => s.displayLanguage, 'auto'],
  ];
  for (const [key, value, pick, expected] of malformed) {
    test(`${key} = ${JSON.stringify(value)} falls back`, () => {
      assert.deepEqual(pick(parseSettings(readerOf({ [key]: value }))), expected);
    });
  }
});
