import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sqlDdlExtractor } from '../../../src/core/scan/formats/sql.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, field, fieldsOf, fixture } from './helpers.js';

const read = (text: string) => fieldsOf(sqlDdlExtractor, text, 'schema.sql');

describe('SQL DDL extractor', () => {
  for (const file of ['mysql-legacy-hr.sql', 'postgres-crm.sql', 'sqlite-app.sql', 'oracle-hospital.sql']) {
    it(`reads every marked column of ${file} at its exact range`, () => {
      const text = fixture(`sql/${file}`);
      const fields = read(text);
      assertRangesCoverNames(text, fields);
      assertMarkedLinesExtracted(`sql/${file}`, fields);
    });
  }

  it('reads MySQL backtick names, types as written, inline and table COMMENTs', () => {
    const fields = read(fixture('sql/mysql-legacy-hr.sql'));
    const sfzh = field(fields, 't_ry_jbxx', 'sfzh');
    assert.deepEqual(sfzh.range, { start: { line: 12, character: 3 }, end: { line: 12, character: 7 } });
    assert.equal(sfzh.declaredType, 'varchar(18)');
    assert.equal(sfzh.comment, '身份证号');
    // The comment above (人员基本信息表) already says the table COMMENT (人员基本信息): joined once.
    assert.equal(sfzh.ownerComment, '人员基本信息表');
    assert.equal(field(fields, 't_ry_jbxx', 'bm_id').declaredType, 'int(11) unsigned');
    assert.equal(field(fields, 't_ry_jbxx', 'zp_url').declaredType, 'varchar(500)');
    assert.equal(field(fields, 't_gs', 'email_enabled').declaredType, 'tinyint(1)');
    assert.equal(field(fields, 't_ry_jbxx', 'wxh').comment, '微信号');
    assert.equal(
      fields.filter((f) => f.name === 'PRIMARY' || f.name === 'KEY' || f.name === 'UNIQUE').length,
      0,
    );
  });

  it('attaches COMMENT ON COLUMN / TABLE to the column declared earlier (PostgreSQL, Oracle)', () => {
    const pg = read(fixture('sql/postgres-crm.sql'));
    const fullName = field(pg, 'customer', 'full_name');
    assert.equal(fullName.comment, '客户姓名');
    assert.equal(fullName.declaredType, 'character varying(100)');
    assert.equal(fullName.ownerComment, '客户');
    assert.equal(field(pg, 'customer', 'created_at').declaredType, 'timestamp with time zone');
    assert.equal(field(pg, 'store', 'phone').comment, '门店电话');
    const oracle = read(fixture('sql/oracle-hospital.sql'));
    const xm = field(oracle, 'PATIENT', 'XM');
    assert.equal(xm.declaredType, 'VARCHAR2(50 CHAR)');
    assert.equal(xm.comment, '患者姓名');
    assert.equal(field(oracle, 'PATIENT', 'JHR_DH').comment, '监护人电话');
  });

  it('attaches comments above a column and trailing it, never the next column’s', () => {
    const text = 'CREATE TABLE t (\n  a int, -- 甲\n  -- 乙\n  b int,\n  c int /* 丙 */\n);';
    const fields = read(text);
    assert.deepEqual(
      fields.map((f) => [f.name, f.comment]),
      [
        ['a', '甲'],
        ['b', '乙'],
        ['c', '丙'],
      ],
    );
  });

  it('attaches a comment after the `,` or `;` ending an ALTER TABLE … ADD clause, as in CREATE TABLE', () => {
    const text =
      'ALTER TABLE t ADD COLUMN a int; -- 甲\nALTER TABLE t ADD b int, -- 乙\n  ADD c int;\n' +
      'ALTER TABLE t ADD d int; SELECT 1; -- 丁';
    assert.deepEqual(
      read(text).map((f) => [f.name, f.comment]),
      [
        ['a', '甲'],
        ['b', '乙'],
        ['c', undefined],
        ['d', undefined],
      ],
    );
  });

  it('reads quoted identifiers of every dialect and SQLite columns without types', () => {
    const text = 'CREATE TABLE "Users" ("Full Name" text, [phone] nvarchar(20), `e``mail` text, plain);';
    const fields = read(text);
    assert.deepEqual(
      fields.map((f) => [f.owner, f.name, f.declaredType]),
      [
        ['Users', 'Full Name', 'text'],
        ['Users', 'phone', 'nvarchar(20)'],
        ['Users', 'e`mail', 'text'],
        ['Users', 'plain', undefined],
      ],
    );
    assert.deepEqual(fields[0]?.range, {
      start: { line: 0, character: 23 },
      end: { line: 0, character: 32 },
    });
  });

  it('skips constraints, indexes, CREATE TABLE AS and CREATE INDEX', () => {
    const text =
      'CREATE TABLE a (id int, CONSTRAINT pk PRIMARY KEY (id), UNIQUE (id), FOREIGN KEY (id) REFERENCES b(id), CHECK (id > 0));\n' +
      'CREATE TABLE c AS SELECT phone FROM a;\nCREATE INDEX i ON a(id);';
    assert.deepEqual(
      read(text).map((f) => f.name),
      ['id'],
    );
  });

  it('dispatches on sql language ids and .sql/.ddl extensions only', () => {
    assert.equal(sqlDdlExtractor.handles({ path: 'db/schema.sql' }), true);
    assert.equal(sqlDdlExtractor.handles({ path: 'x.DDL' }), true);
    assert.equal(sqlDdlExtractor.handles({ path: 'untitled-1', languageId: 'sql' }), true);
    assert.equal(sqlDdlExtractor.handles({ path: 'schema.prisma' }), false);
  });

  const failures: [string, string][] = [
    ['unbalanced parenthesis', 'CREATE TABLE t (id int, name varchar(10)'],
    ['unterminated string', "CREATE TABLE t (id int COMMENT '主键);"],
    ['unterminated block comment', 'CREATE TABLE t (id int) /* x'],
    ['no DDL at all', 'SELECT sfzh, xm FROM t_ry WHERE id = 1;'],
    ['empty text', ''],
  ];
  for (const [label, text] of failures) {
    it(`returns ok:false without throwing on ${label}`, () => {
      const result = sqlDdlExtractor.extract(text, { path: 'bad.sql' });
      assert.equal(result.ok, false);
    });
  }
});
