import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvHeaderExtractor } from '../../../src/core/scan/formats/csvHeader.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, fieldsOf, fixture } from './helpers.js';

const names = (text: string, path = 'people.csv') =>
  fieldsOf(csvHeaderExtractor, text, path).map((f) => f.name);

describe('CSV/TSV header extractor', () => {
  for (const file of ['csv/customers.csv', 'csv/visits.tsv']) {
    it(`reads each header cell of ${file} at its exact range, owned by the file name`, () => {
      const text = fixture(file);
      const fields = fieldsOf(csvHeaderExtractor, text, file);
      assertRangesCoverNames(text, fields);
      assertMarkedLinesExtracted(file, fields);
      assert.ok(
        fields.every(
          (f) =>
            f.range.start.line === 0 && f.owner === (file.includes('customers') ? 'customers' : 'visits'),
        ),
      );
    });
  }

  it('matches the sidecar cell count and unquotes "家庭住址"', () => {
    const fields = fieldsOf(csvHeaderExtractor, fixture('csv/customers.csv'), 'customers.csv');
    assert.equal(fields.length, 10);
    assert.deepEqual(fields[4]?.range, {
      start: { line: 0, character: 19 },
      end: { line: 0, character: 23 },
    });
  });

  const delimiters: [string, string, string[]][] = [
    ['comma', 'xm,sfzh,lxdh\n', ['xm', 'sfzh', 'lxdh']],
    ['semicolon', 'name;phone;city\nA;1;B\n', ['name', 'phone', 'city']],
    ['pipe', 'name|phone\n', ['name', 'phone']],
    ['tab', 'name\tphone, mobile\n', ['name', 'phone, mobile']],
    ['BOM and CRLF', '\uFEFF姓名,手机号\r\n张*,138****5678\r\n', ['姓名', '手机号']],
    ['blanks around cells', ' name , "phone" \n', ['name', 'phone']],
    ['a single column', 'email\n', ['email']],
  ];
  for (const [label, text, expected] of delimiters) {
    it(`sniffs the delimiter: ${label}`, () => {
      assert.deepEqual(names(text), expected);
    });
  }

  it('treats a first row of data as "no header" and reports no values as fields', () => {
    assert.deepEqual(
      names('1,138****5678,a***@example.com,2020-01-01\n2,139****0000,b***@example.com,2021-02-02\n'),
      [],
    );
  });

  it('returns ok:false without throwing on an unterminated quote or an empty first line', () => {
    assert.equal(csvHeaderExtractor.extract('"name,phone\n', { path: 'a.csv' }).ok, false);
    assert.equal(csvHeaderExtractor.extract('\nname,phone\n', { path: 'a.csv' }).ok, false);
  });

  it('dispatches on csv/tsv language ids and extensions', () => {
    assert.equal(csvHeaderExtractor.handles({ path: 'export.TSV' }), true);
    assert.equal(csvHeaderExtractor.handles({ path: 'x', languageId: 'csv' }), true);
    assert.equal(csvHeaderExtractor.handles({ path: 'x.txt' }), false);
  });
});
