// docs/legal-basis.md must be what the legal model renders today, and must list every
// instrument, contest and source the model relies on, with confidence marks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CATEGORIES,
  CONTEST_IDS,
  INSTRUMENTS,
  INSTRUMENT_IDS,
  README_THRESHOLDS,
  SOURCES,
  THRESHOLD_CONDITION,
} from '../../../src/core/law/index.js';
import { LEGAL_BASIS_PATH, renderLegalBasisDocs } from '../../../src/shared/legalBasisDocs.js';

const root = join(__dirname, '../../..');

test('docs/legal-basis.md is current (run `npm run gen` after changing the legal model)', () => {
  assert.equal(readFileSync(join(root, LEGAL_BASIS_PATH), 'utf8'), renderLegalBasisDocs());
});

test('it lists every instrument, contest and published source', () => {
  const doc = renderLegalBasisDocs();
  for (const id of INSTRUMENT_IDS) assert.ok(doc.includes(`### ${INSTRUMENTS[id].en}`), id);
  for (const id of CONTEST_IDS) assert.ok(doc.includes(`### \`${id}\``), id);
  assert.ok(doc.includes('### `id_number_sensitivity`'));
  for (const s of Object.values(SOURCES)) assert.ok(doc.includes(s.url), s.url);
});

test('every article a category cites appears with a confidence mark', () => {
  const doc = renderLegalBasisDocs();
  for (const c of CATEGORIES) {
    for (const b of c.basis) {
      const row = doc
        .split('\n')
        .find((l) => l.startsWith(`| ${b.article === '-' ? '(whole)' : b.article} |`));
      assert.ok(row !== undefined, `${c.key}: ${b.instrument} ${b.article}`);
      assert.match(row, /✔ verified|◐ partially verified|✖ not verified/);
    }
  }
  assert.match(doc, /Criminal Law Art\. 177-1\(2\)|\| Art\. 177-1\(2\) \|/);
  assert.match(doc, /SPC Guiding Case No\. 193/);
});

test('the README and the docs state the threshold condition from the model', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(README_THRESHOLDS.en));
  assert.ok(!readme.includes('at which infringing it becomes a crime'));
  const categories = readFileSync(join(root, 'docs/categories.md'), 'utf8');
  assert.ok(categories.includes(THRESHOLD_CONDITION.en));
  assert.ok(categories.includes(THRESHOLD_CONDITION.zh));
});
