// A person opens a SQL table with an ID-card column: the field is underlined, the Problems
// panel lists it, and hovering it explains the legal category and its threshold.
import * as assert from 'node:assert/strict';
import type { E2ETest } from '../types.js';
import { hoverWord, problemsText, quickOpen, waitForSquiggle } from '../workbench.js';

const idNumberCategory = /身份证件号码|id_number/;
// Resident-ID numbers: class B under the strict reading (Guiding Case 193), "especially serious"
// from 5,000 pieces; class C (lenient) is "serious" from 5,000. Either way the hover shows 5,000.
const classCThreshold = /5[,\s]?000/;
// Only pilens's own hover (not the diagnostic's message shown above it) states the condition of
// the thresholds in its headline; the legal basis is one click away, behind "Explain".
const legalBasis = /violation of state provisions|违反国家有关规定/;
const explainLink = /Explain|详细说明/;

export const tests: E2ETest[] = [
  {
    name: 'sql id-card column: squiggle, Problems entry, legal hover',
    async run({ page, screenshot }) {
      const editor = await quickOpen(page, 'users.sql');
      await waitForSquiggle(editor);

      const problems = await problemsText(page, /sfzh|身份证/);
      assert.match(problems, /sfzh|身份证/);
      await screenshot('problems');

      const hover = await hoverWord(page, editor, 'sfzh', legalBasis);
      await screenshot('hover');
      assert.match(hover, idNumberCategory, `hover does not name the category:\n${hover}`);
      assert.match(hover, classCThreshold, `hover does not state the class-C threshold:\n${hover}`);
      assert.match(hover, legalBasis, `hover does not state when the thresholds apply:\n${hover}`);
      assert.match(hover, explainLink, `hover has no way to the legal basis:\n${hover}`);
    },
  },
  {
    name: 'typescript id_card property: legal hover',
    async run({ page }) {
      const editor = await quickOpen(page, 'customer.ts');
      await waitForSquiggle(editor);
      const hover = await hoverWord(page, editor, 'id_card', legalBasis);
      assert.match(hover, idNumberCategory);
      assert.match(hover, classCThreshold);
      assert.match(hover, legalBasis);
      assert.match(hover, explainLink);
    },
  },
];
