// The shipped category reference must be what the legal model renders today, and every
// diagnostic link must land on its category's heading.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CATEGORY_KEYS } from '../../../src/core/law/index.js';
import { CATEGORY_DOCS_PATH, renderCategoryDocs } from '../../../src/shared/categoryDocs.js';

const committed = readFileSync(join(__dirname, '../../..', CATEGORY_DOCS_PATH), 'utf8');

test('docs/categories.md is current (run `npm run gen` after changing the legal model)', () => {
  assert.equal(committed, renderCategoryDocs().markdown);
});

test('every category has a heading at the line its links point to', () => {
  const { markdown, lineOf } = renderCategoryDocs();
  const lines = markdown.split('\n');
  for (const key of CATEGORY_KEYS) {
    const line = lineOf[key];
    assert.ok(line !== undefined, key);
    assert.equal(lines[line - 1], `## ${key}`);
  }
});

test('the reference carries the thresholds and both languages', () => {
  const { markdown } = renderCategoryDocs();
  assert.match(markdown, /50,000/);
  assert.match(markdown, /情节特别严重/);
});
