import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Confidence, FieldRole, LegalClass } from '../../../src/core/types.js';
import { compareSeverity, severityFor } from '../../../src/shared/severity.js';
import { DEFAULT_SETTINGS, type SeverityLevel } from '../../../src/shared/settingsSchema.js';

describe('severityFor with the default settings', () => {
  const cases: [FieldRole, Confidence, LegalClass, SeverityLevel][] = [
    ['declaration', 'high', 'A', 'warning'],
    ['declaration', 'medium', 'B', 'warning'],
    ['declaration', 'high', 'C', 'information'],
    ['declaration', 'low', 'A', 'hint'],
    ['usage', 'high', 'A', 'hint'],
    ['usage', 'low', 'C', 'hint'],
  ];
  for (const [role, confidence, cls, expected] of cases) {
    test(`${role} ${confidence} class ${cls} → ${expected}`, () => {
      assert.equal(severityFor({ role, confidence, class: cls }, DEFAULT_SETTINGS.severity), expected);
    });
  }

  test('usages off hides usages but not declarations', () => {
    const levels = { ...DEFAULT_SETTINGS.severity, usages: 'off' as const };
    assert.equal(severityFor({ role: 'usage', confidence: 'high', class: 'A' }, levels), 'off');
    assert.equal(severityFor({ role: 'declaration', confidence: 'high', class: 'A' }, levels), 'warning');
  });
});

describe('compareSeverity', () => {
  test('sorts most severe first', () => {
    const levels: SeverityLevel[] = ['hint', 'off', 'error', 'information', 'warning'];
    assert.deepEqual(levels.sort(compareSeverity), ['error', 'warning', 'information', 'hint', 'off']);
  });
});
