// Rows read by SQL written in the call (sqlColumns.ts): the columns a SELECT names are what its
// rows hold; a projection of such rows by a function is what it reads. Each with a negative.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { selectedColumns } from '../../../src/core/flow/sqlColumns.js';
import { flowSummary } from '../../support/flowSummary.js';

const JS = 'src/app/lessons.js';

describe('selectedColumns', () => {
  const table: [string, ReturnType<typeof selectedColumns>][] = [
    [
      'SELECT l.id, l.student_name, l.parent_phone FROM lesson l WHERE l.start_at >= ?',
      { columns: ['id', 'student_name', 'parent_phone'], table: 'lesson' },
    ],
    [
      'select receiver_name AS "receiverName", COUNT(*) AS n, CONCAT(a, b) full_addr from orders',
      { columns: ['receiverName', 'n', 'full_addr'], table: 'orders' },
    ],
    ['SELECT DISTINCT `mobile` FROM `member`', { columns: ['mobile'], table: 'member' }],
    ['SELECT * FROM patient', { columns: [], table: 'patient' }],
    ['UPDATE lesson SET refunded = 1 WHERE id = ?', undefined],
    ['selected rows: %d', undefined],
    ['Select your phone number', undefined],
  ];
  for (const [sql, want] of table)
    test(sql, () => {
      assert.deepEqual(selectedColumns(sql), want);
    });
});

const cases: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'js rows of a SELECT serialised and written',
    text: "async function f(db, since) {\n  const [rows] = await db.query('SELECT l.id, l.student_name, l.parent_phone FROM lesson l WHERE l.start_at >= ?', [since]);\n  fs.writeFileSync('/srv/out.csv', stringify(rows));\n}\n",
    want: ['3:export:fs.writeFileSync:contact+name'],
  },
  {
    rule: 'NEG js rows of a SELECT of no PI; an UPDATE given a key; prose opening with Select',
    text: "async function f(db, since, id) {\n  const [rows] = await db.query('SELECT id, subject, minutes FROM lesson WHERE start_at >= ?', [since]);\n  await db.query('UPDATE lesson SET refunded = 1 WHERE id = ?', [id]);\n  const hint = t('Select your phone number');\n  fs.writeFileSync('/srv/hint.txt', hint);\n  fs.writeFileSync('/srv/out.csv', stringify(rows));\n}\n",
    want: [],
  },
  {
    rule: 'js a projection of such rows carries what it reads, not every column',
    text: "async function f(db) {\n  const [rows] = await db.query('SELECT student_name, parent_phone, home_address FROM student');\n  fs.writeFileSync('/srv/a.csv', rows.map((s) => [s.parent_phone].join(',')).join('\\n'));\n}\n",
    want: ['3:export:fs.writeFileSync:contact'],
  },
  {
    rule: 'js a projection reading no member of PI keeps the columns of the rows',
    text: "async function f(db) {\n  const [rows] = await db.query('SELECT student_name FROM student');\n  fs.writeFileSync('/srv/a.csv', rows.map((s) => JSON.stringify(s)).join('\\n'));\n}\n",
    want: ['3:export:fs.writeFileSync:name'],
  },
];

describe('rows read by SQL', () => {
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, JS), c.want);
    });
});
