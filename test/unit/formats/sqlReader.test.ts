import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sqlDdlExtractor } from '../../../src/core/scan/formats/sql.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { seeded } from '../code/goDocuments.js';
import { sqlDdlReference } from '../../support/sqlReference/sql.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The DDL reader on typed-array tokens (issue 8) against the reader it replaced, kept as
 * test/support/sqlReference/: on every SQL fixture (not the held-out or blind sets), on the
 * benchmark's generated schema, on hand-written corner cases and on seeded random edits of
 * all of them, both give the same result, failures and their messages included.
 */

const SOURCE = { path: 'schema.sql' };

/** Constructs the reader decides on one by one: quoting, keywords in odd places, broken text. */
const CORNERS = [
  "CREATE TABLE `t` (`a``b` int COMMENT 'x\\'y', \"c\"\"d\" text, [e f] varchar(2) COMMENT = '甲');",
  "create or replace global temporary table if not exists s.t (a int comment 'x') comment='表';",
  "CREATE TABLE t (a varchar(10) CHARACTER SET utf8 COMMENT '名', b int COMMENT '=' 'x', c int COMMENT \"=\" 'y');",
  "CREATE TABLE t (a int COMMENT $q$=$q$ 'z', b text COMMENT $$说明$$, c int COMMENT E'\\=' 'w');",
  'CREATE TABLE t (PRIMARY KEY (a), KEY k (b), CONSTRAINT c UNIQUE (d), a int, , b int,)',
  "ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS x varchar(5) COMMENT '电话', ADD (y int, z date), COMMENT = '用户';",
  "ALTER TABLE t ADD a int ALTER TABLE u ADD b int SET x = 1; COMMENT ON COLUMN t.a IS '身份证'; COMMENT ON TABLE u IS '表';",
  "COMMENT ON COLUMN s.T.A IS ''; CREATE TABLE T (A int); COMMENT ON COLUMN t.a IS '姓名'; COMMENT ON TABLE t IS 'x';",
  'CREATE TABLE ſet (ſtatus int, ﬀ int, ı int NOT NULL, ＃x int, _1 int, $a int, #b int, @c int);',
  "# mysql comment\n#!x\nCREATE TABLE t (\n  a int, -- 甲\n  -- 乙\n  b int,\n  c int /* 丙 */\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='t';",
  'CREATE TABLE t (a int',
  "CREATE TABLE t (a int COMMENT 'open",
  'CREATE TABLE t (a int /* open',
  'CREATE TABLE t ([a int);',
  'CREATE TABLE t ($tag$ open);',
  'CREATE TABLE t (a int); /* x */ CREATE INDEX i ON t (a); DROP TABLE t;',
  'SELECT 1; INSERT INTO t VALUES (1);',
  '',
  "CREATE TABLE t (a int) COMMENT 'x' CHARACTER SET utf8 SET @x = 1; CREATE TABLE u (b numeric(10, 2) DEFAULT 1.5e3);",
  "CREATE TABLE 表 (名字 varchar(2) COMMENT '名', 电话号码 char(11));",
  "CREATE TABLE t (a int DEFAULT n'x', b int DEFAULT N'y' COMMENT e'z');",
  'CREATE TABLE t (\r\n  a int, -- 甲\r\n  b int\r\n);',
  'CREATE TABLE "s"."t" ("a" int); COMMENT ON COLUMN "s"."t"."a" IS \'甲\';',
  // names with dots: `COMMENT ON COLUMN` compares the joined `table.column`
  `CREATE TABLE "a.b" (c int); CREATE TABLE a ("b.c" int, d int); COMMENT ON COLUMN a."b.c" IS 'x'; COMMENT ON COLUMN "a.b".c IS 'y'; COMMENT ON COLUMN a.d IS 'z';`,
  `CREATE TABLE t (a int, A int); COMMENT ON COLUMN T.a IS '1'; ALTER TABLE t ADD a int; COMMENT ON COLUMN t.A IS '2'; COMMENT ON COLUMN t."x.y" IS '3';`,
  // a long table (its columns indexed), a column declared twice, comments before and after
  `CREATE TABLE w (${Array.from({ length: 40 }, (_, k) => `c${k % 37} int`).join(', ')}); ${Array.from({ length: 40 }, (_, k) => `COMMENT ON COLUMN W.C${k} IS '${k}';`).join(' ')} ALTER TABLE w ADD c1 int; COMMENT ON COLUMN w.c1 IS 'again';`,
];

const PIECES = [
  ' ',
  '\n',
  '(',
  ')',
  ',',
  ';',
  "'",
  '"',
  '`',
  '[',
  ']',
  '--',
  '/*',
  '*/',
  '$$',
  'COMMENT',
  'TABLE',
  'CREATE',
  'ADD',
  '=',
  'x',
  '#',
  'ſ',
  '中',
];

/** A seeded random edit: delete a run, insert a piece, or both. */
function randomEdit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const remove = random() < 0.5 ? Math.floor(random() * 8) : 0;
  const insert = random() < 0.7 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function same(text: string, label: string): void {
  assert.deepEqual(sqlDdlExtractor.extract(text, SOURCE), sqlDdlReference.extract(text, SOURCE), label);
}

describe('SQL DDL reader reads as the reader it replaced', () => {
  const fixtures = fixtureFiles(/\.sql$/);
  const sql = BENCH_FORMATS.find((f) => f.label === 'SQL DDL');
  const generated = sql === undefined ? [] : [generate(sql, 2_000, 3)];

  it('finds the SQL fixtures', () => {
    assert.ok(fixtures.length >= 15, `only ${fixtures.length}`);
  });

  it('on every SQL fixture', () => {
    for (const { file, text } of fixtures) same(text, file);
  });

  it('on the generated benchmark schema', () => {
    for (const text of generated) same(text, 'generated');
  });

  it('on corner cases', () => {
    CORNERS.forEach((text, k) => {
      same(text, `corner ${k}: ${text.slice(0, 50)}`);
    });
  });

  it('on seeded random edits of all of them', () => {
    const random = seeded(8);
    const texts = [...fixtures.map((f) => f.text), ...CORNERS, ...generated.map((t) => t.slice(0, 4_000))];
    for (const original of texts) {
      let text = original;
      for (let k = 0; k < 25; k++) {
        text = k % 5 === 0 ? randomEdit(original, random) : randomEdit(text, random);
        same(text, `edit ${k} of ${original.slice(0, 40)}`);
      }
    }
  });
});
