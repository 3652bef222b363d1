// Which open file "Estimate Risk Tier" takes as the dataset, and which workspace files it offers.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDatasetDocument, isOfferedDataFile } from '../../../src/extension/report/reportFiles.js';

describe('isDatasetDocument', () => {
  const cases: [string, string, boolean][] = [
    ['/w/users.csv', 'id,name\n', true],
    ['/w/users.jsonl', '{}', true],
    ['/w/dump.sql', 'CREATE TABLE t (a int);\nINSERT INTO t VALUES (1);', true],
    ['/w/dump.sql', 'COPY public.t (a) FROM stdin;\n1\n\\.\n', true],
    ['/w/dump.sql', 'insert ignore into t values (1);', true],
    // A schema: DDL only. Estimating it would count nothing and report "none" silently.
    ['/w/schema.sql', "CREATE TABLE patient (\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);", false],
    ['/w/schema.sql', '-- insert rows later\nCREATE TABLE t (a int);', false],
    ['/w/member.ts', 'export interface Member {}', false],
  ];
  for (const [path, head, expected] of cases) {
    test(`${path}: ${JSON.stringify(head.slice(0, 30))} → ${expected}`, () => {
      assert.equal(isDatasetDocument(path, head), expected);
    });
  }
});

describe('isOfferedDataFile', () => {
  const cases: [string, boolean][] = [
    ['/w/data/customers.csv', true],
    ['/w/exports/orders.json', true],
    ['/w/dump.sql.gz', true],
    ['/w/package.json', false],
    ['/w/package-lock.json', false],
    ['/w/tsconfig.build.json', false],
    ['/w/.pilens.json', false],
    ['/w/schemas/pilens.schema.json', false],
    ['/w/.vscode/settings.json', false],
    ['/w/src/app.ts', false],
  ];
  for (const [path, expected] of cases) {
    test(`${path} → ${expected}`, () => {
      assert.equal(isOfferedDataFile(path), expected);
    });
  }
});
