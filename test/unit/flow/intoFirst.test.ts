// Library calls that put their second argument into their first (calls.ts `into-first`): the
// table's callees by last name, and the walks reading them (the JavaScript walk and the
// language-neutral one, here through Kotlin/JS calling SheetJS). Each with a negative beside it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calleeEffect } from '../../../src/core/flow/calls.js';
import { flowSummary } from '../../support/flowSummary.js';
import { KT } from '../../support/flowPaths.js';

const JS = 'src/app/export.js';

describe('calls that put their second argument into their first', () => {
  test('SheetJS names by their last name, whatever the receiver', () => {
    for (const callee of ['XLSX.utils.book_append_sheet', 'utils.sheet_add_json', 'XLSX.utils.sheet_add_aoa'])
      assert.equal(calleeEffect(callee), 'into-first', callee);
  });

  test('NEG lookalikes: other SheetJS utilities, other spellings, a receiver mutator', () => {
    for (const callee of [
      'XLSX.utils.book_new',
      'XLSX.utils.sheet_to_json',
      'XLSX.utils.json_to_sheet',
      'report.bookAppendSheet',
      'ebook_append_sheet',
      'rows.append',
    ])
      assert.notEqual(calleeEffect(callee), 'into-first', callee);
  });

  const cases: { rule: string; path: string; text: string; want: string[] }[] = [
    {
      rule: 'js SheetJS imported by name: the book written carries the sheet appended to it',
      path: JS,
      text: "import { utils, writeFile } from 'xlsx';\nexport function f(students, file) {\n  const sheet = utils.json_to_sheet(students.map((s) => ({ 手机号: s.parentPhone })));\n  const book = utils.book_new();\n  utils.book_append_sheet(book, sheet, 'x');\n  writeFile(book, file);\n}\n",
      want: ['6:export:writeFile:contact'],
    },
    {
      rule: 'js SheetJS rows added to a sheet, the sheet to a book',
      path: JS,
      text: "function f(students, file) {\n  const sheet = XLSX.utils.aoa_to_sheet([['证件号']]);\n  XLSX.utils.sheet_add_json(sheet, students.map((s) => ({ 证件号: s.idCardNo })), { origin: 'A2' });\n  const book = XLSX.utils.book_new();\n  XLSX.utils.book_append_sheet(book, sheet, 'x');\n  XLSX.writeFile(book, file);\n}\n",
      want: ['6:export:XLSX.writeFile:id_number'],
    },
    {
      rule: 'NEG js a lookalike call of another library puts nothing into its first argument',
      path: JS,
      text: "function f(students, file) {\n  const sheet = XLSX.utils.json_to_sheet(students.map((s) => ({ 手机号: s.parentPhone })));\n  const book = XLSX.utils.book_new();\n  report.bookAppendSheet(book, sheet, 'x');\n  XLSX.writeFile(book, file);\n}\n",
      want: [],
    },
    {
      rule: 'kt Kotlin/JS calling SheetJS: the book logged carries the sheet appended to it',
      path: KT,
      text: 'fun f(s: Student) {\n  val sheet = XLSX.utils.json_to_sheet(arrayOf(s.idCardNo))\n  val book = XLSX.utils.book_new()\n  XLSX.utils.book_append_sheet(book, sheet, "x")\n  println(JSON.stringify(book))\n}\n',
      want: ['5:log:println:id_number'],
    },
    {
      rule: 'NEG kt a lookalike call puts nothing into its first argument',
      path: KT,
      text: 'fun f(s: Student) {\n  val sheet = XLSX.utils.json_to_sheet(arrayOf(s.idCardNo))\n  val book = XLSX.utils.book_new()\n  report.bookAppendSheet(book, sheet, "x")\n  println(JSON.stringify(book))\n}\n',
      want: [],
    },
  ];
  for (const c of cases)
    test(c.rule, () => {
      assert.deepEqual(flowSummary(c.text, c.path), c.want);
    });
});
