// JavaScript: what a call returns from PI arguments is read by member names only, as in the other
// languages (walkCall.ts): an insert given a name and a phone answers `result.insertId`, none of
// the row (flow-fix4). A negative beside it: a PI member of the answer is still read.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flowSummary } from '../../support/flowSummary.js';

const JS = 'src/app/lessons.js';

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: "js an insert's id logged after the insert was given a name and a phone: no flow",
    text: "async function f(studentName, parentPhone) {\n  const [result] = await db.query('INSERT INTO l (a, b) VALUES (?, ?)', [studentName, parentPhone]);\n  const lessonId = result.insertId;\n  logger.info(`lesson ${lessonId} booked`);\n}\n",
    want: [],
  },
  {
    rule: 'NEG js the answer passed whole, or its PI member, still carries',
    text: 'async function f(parentPhone) {\n  const user = await api.lookup(parentPhone);\n  logger.info(user);\n  logger.info(user.mobile);\n}\n',
    want: ['3:log:logger.info:contact', '4:log:logger.info:contact'],
  },
];

describe('js call results read by member names', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, JS), c.want);
    });
});
