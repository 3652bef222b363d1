// The flows of a scan read names with the scan's vocabulary: `.pilens.json` additions make a
// source, its negatives unmake one, in the CLI, the editor and the language server alike
// (flowsOfScan is their one entry).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PilensConfig } from '../../../src/core/config/index.js';
import { flowsOfScan } from '../../../src/core/flow/index.js';
import { scanText } from '../../../src/core/scan/index.js';

const PATH = 'src/app/service.py';

/** `kind:categories` of each flow of `text`, scanned with `config`. */
function flows(text: string, config?: PilensConfig): string[] {
  const result = scanText(text, { path: PATH }, config === undefined ? {} : { config });
  return flowsOfScan(text, PATH, result).map((f) => `${f.sink.kind}:${f.categories.join('+')}`);
}

const logs = (name: string): string =>
  [
    'import logging',
    'log = logging.getLogger(__name__)',
    `def handle(${name}):`,
    `    log.info("got %s", ${name})`,
    '',
  ].join('\n');

describe('flows read names with the scan vocabulary', () => {
  test('a term the config adds is a source', () => {
    assert.deepEqual(flows(logs('zorblax')), []);
    assert.deepEqual(flows(logs('zorblax'), { vocabulary: { id_number: { en: ['zorblax'] } } }), [
      'log:id_number',
    ]);
  });

  test('a negative the config adds is not', () => {
    assert.deepEqual(flows(logs('legacy_phone')), ['log:contact']);
    assert.deepEqual(flows(logs('legacy_phone'), { negatives: { en: ['legacy_phone'] } }), []);
  });
});
