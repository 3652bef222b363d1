/**
 * Every fixture under test/fixtures/formats is read by the extractor its name dispatches to,
 * with each name range covering exactly the name and each line that carries an expectation
 * holding an extracted field (detection quality itself is scored by test/bench/eval.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatExtractors } from '../../../src/core/scan/formats/index.js';
import {
  assertMarkedLinesExtracted,
  assertRangesCoverNames,
  FIXTURES,
  fieldsOf,
  fixture,
} from './helpers.js';

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return fixtureFiles(path);
      return name.endsWith('.expect') ? [] : [relative(FIXTURES, path)];
    });
}

describe('format fixtures', () => {
  const files = fixtureFiles(FIXTURES);
  it('covers every format', () => {
    const extensions = new Set(files.map((f) => f.slice(f.lastIndexOf('.') + 1)));
    for (const ext of ['sql', 'prisma', 'graphql', 'yaml', 'json', 'proto', 'avsc', 'csv', 'tsv']) {
      assert.ok(extensions.has(ext), ext);
    }
  });
  for (const file of files) {
    it(file, () => {
      const extractor = formatExtractors.find((e) => e.handles({ path: file }));
      assert.ok(extractor, `no extractor handles ${file}`);
      const text = fixture(file);
      const fields = fieldsOf(extractor, text, file);
      assert.ok(fields.length > 0);
      assertRangesCoverNames(text, fields);
      assertMarkedLinesExtracted(file, fields);
    });
  }
});
