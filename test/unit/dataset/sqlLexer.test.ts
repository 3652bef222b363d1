// The SQL dump lexer: escapes, comments and DDL, whatever the chunking; rows capped one by one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlLexer } from '../../../src/core/dataset/sqlLexer.js';
import { DEFAULT_LIMITS, type RecordLimits } from '../../../src/core/dataset/recordBuffer.js';
import { sqlDumpReader } from '../../../src/node/dataset/sqlFile.js';
import { TableSink } from '../../../src/core/dataset/tableSink.js';
import { seeded } from './random.js';

const enc = new TextEncoder();

interface Lexed {
  statements: [string, string | null][];
  inserts: string[];
  copies: string[];
  rows: string[][];
  bad: [string, number][];
}

/** Lexes `sql` fed in chunks of 1..`most` bytes (seeded), returning every event. */
function lex(sql: string, most = 0, limits: RecordLimits = DEFAULT_LIMITS, seed = 1): Lexed {
  const out: Lexed = { statements: [], inserts: [], copies: [], rows: [], bad: [] };
  const lexer = new SqlLexer(
    {
      statement: (kind, text) => out.statements.push([kind, text]),
      insert: (head) => out.inserts.push(head),
      copy: (head) => out.copies.push(head),
      row: (values) => out.rows.push(values),
      badRow: (reason, at) => out.bad.push([reason, at.index]),
    },
    limits,
  );
  const bytes = enc.encode(sql);
  const rand = seeded(seed);
  for (let i = 0; i < bytes.length;) {
    const size = most === 0 ? bytes.length : 1 + Math.floor(rand() * most);
    // A copy, as a stream hands over fresh chunks: nothing may keep a view of an old one.
    lexer.push(bytes.slice(i, i + size));
    i += size;
  }
  lexer.end();
  return out;
}

/** Same events whatever the chunking: whole, byte by byte, and random small chunks. */
function lexAll(sql: string, limits: RecordLimits = DEFAULT_LIMITS): Lexed {
  const whole = lex(sql, 0, limits);
  assert.deepEqual(lex(sql, 1, limits), whole, 'byte by byte');
  for (const seed of [2, 3, 4]) assert.deepEqual(lex(sql, 7, limits, seed), whole, `chunks, seed ${seed}`);
  return whole;
}

test("MySQL escapes and doubled quotes in values: \\' \\\" \\\\ \\n \\0 and ''", () => {
  const table: [string, string][] = [
    [String.raw`'王\'伟'`, "王'伟"],
    [String.raw`'say \"hi\"'`, 'say "hi"'],
    [String.raw`'C:\\dir\\'`, 'C:\\dir\\'],
    [String.raw`'a\nb\tc\rd'`, 'a\nb\tc\rd'],
    [String.raw`'nul\0'`, 'nul\0'],
    ["'it''s'", "it's"],
    ["''''", "'"],
    ["''", ''],
    ['"double \\" quoted"', 'double " quoted'],
    ["_utf8mb4'前缀'", '前缀'],
    ["N'national'", 'national'],
    ['NULL', ''],
    ['null', ''],
    ['-12.5', '-12.5'],
    ["CONCAT('a,', ')')", "CONCAT('a,', ')')"],
    ["'semi;colon -- not a comment /* nor this */'", 'semi;colon -- not a comment /* nor this */'],
  ];
  for (const [literal, value] of table) {
    const got = lexAll(`INSERT INTO t VALUES (1, ${literal}, 'end');`);
    assert.deepEqual(got.rows, [['1', value, 'end']], literal);
    assert.deepEqual(got.bad, [], literal);
  }
});

test('standard_conforming_strings on (PostgreSQL) makes a backslash literal; E strings still escape', () => {
  const pg = lexAll(
    "SET standard_conforming_strings = on;\nINSERT INTO t VALUES ('C:\\', 'x'), (E'a\\'b', 'y');",
  );
  assert.deepEqual(pg.rows, [
    ['C:\\', 'x'],
    ["a'b", 'y'],
  ]);
  // Negative: without the SET, a MySQL dump's backslash escapes the quote.
  const my = lexAll("INSERT INTO t VALUES ('C:\\', 'x');");
  assert.deepEqual(my.rows, []);
  assert.deepEqual(my.bad, [['unclosed', 1]]);
});

test('DDL: a COMMENT with escaped quotes, commas and parentheses does not break the column list', () => {
  const ddl = [
    '-- MySQL dump 10.13',
    '/*!40101 SET NAMES utf8 */;',
    "# a hash comment with a quote ' in it",
    'CREATE TABLE `attr` (',
    "  `id` bigint(20) NOT NULL COMMENT 'id; (primary)',",
    '  `input_list` varchar(255) DEFAULT NULL COMMENT \'可选值列表，以逗号隔开 [{\\"key\\":\\"颜色\\",\\"value\\":\\"红,绿\\"}]\',',
    "  `member_id` bigint DEFAULT NULL COMMENT 'it''s the member (会员)',",
    '  PRIMARY KEY (`id`)',
    ") ENGINE=InnoDB COMMENT='属性 (a,b)';",
    "INSERT INTO `attr` VALUES (1,'[{\\\"key\\\":\\\"颜色\\\"}]',7),(2,'x\\'y',8);",
  ].join('\n');
  const got = lexAll(ddl);
  const create = got.statements.find(([k]) => k === 'create');
  assert.ok(create?.[1] !== undefined && create[1] !== null);
  assert.ok(!create[1].includes('颜色'), 'string contents are not kept in DDL');
  assert.ok(create[1].includes("`input_list` varchar(255) DEFAULT NULL COMMENT '',"), create[1]);
  assert.deepEqual(got.rows, [
    ['1', '[{"key":"颜色"}]', '7'],
    ['2', "x'y", '8'],
  ]);
});

test('the dump reader counts every row of a table whose DDL has such a COMMENT', () => {
  const sinks = new Map<string, { sink: TableSink; columns: readonly string[] | null }>();
  const reader = sqlDumpReader((name, columns) => {
    let s = sinks.get(name);
    if (s === undefined) {
      s = {
        sink: new TableSink(
          { dedupe: true, isSensitive: () => false, counterSetup: () => ({ key: [1, 2, 3, 4] }) },
          columns,
        ),
        columns,
      };
      sinks.set(name, s);
    }
    return s.sink;
  });
  const rows = Array.from({ length: 101 }, (_, i) => `(${i},'13800${String(i).padStart(6, '0')}','a\\'b')`);
  reader.push(
    enc.encode(
      String.raw`CREATE TABLE t (id int, phone varchar(11) COMMENT '手机号 [{\"k\":\"v\"}], (x)', note text COMMENT 'a,b');` +
        `\nINSERT INTO t VALUES ${rows.join(',')};\n`,
    ),
  );
  const summary = reader.end();
  const t = sinks.get('t');
  if (t === undefined) return assert.fail('table t was read');
  assert.deepEqual(t.columns, ['id', 'phone', 'note']);
  const result = t.sink.finish();
  assert.equal(result.counter.rows, 101);
  assert.equal(result.counter.malformed, 0);
  assert.equal(summary.inserts, 1);
  assert.equal(summary.createTables, 1);
});

test('comments between and inside statements; other statements skipped; ON DUPLICATE KEY', () => {
  const got = lexAll(
    [
      'DROP TABLE IF EXISTS `x`; -- dropped',
      "LOCK TABLES `t` WRITE; /* a ; in a comment and a ' quote */",
      "INSERT INTO t (a, b) VALUES /* inline */ (1, 'x') , -- line\n (2, 'y') ON DUPLICATE KEY UPDATE b = VALUES(b);",
      "UPDATE t SET b = 'z;' WHERE a = 1;",
      "INSERT INTO t (a, b) VALUES (3, 'w')",
    ].join('\n'),
  );
  assert.deepEqual(got.rows, [
    ['1', 'x'],
    ['2', 'y'],
    ['3', 'w'],
  ]);
  assert.equal(got.inserts.length, 2);
  assert.match(got.inserts[0] ?? '', /^INSERT INTO t \(a, b\) VALUES$/);
});

test('a row over the cap is skipped and reported; rows before and after it are kept', () => {
  const limits = { maxRecordBytes: 64, maxDepth: 10 };
  const big = 'a'.repeat(500);
  const got = lexAll(
    `INSERT INTO t VALUES (1,'x'),(2,'${big}'),(3,'${big.replaceAll('a', "\\'")}'),(4,'y');`,
    limits,
  );
  assert.deepEqual(got.rows, [
    ['1', 'x'],
    ['4', 'y'],
  ]);
  assert.deepEqual(got.bad, [
    ['too-large', 2],
    ['too-large', 3],
  ]);
  // Negative: the same rows under the default cap are all read.
  assert.equal(lexAll(`INSERT INTO t VALUES (1,'x'),(2,'${big}');`).rows.length, 2);
});

test('a statement cut off inside a tuple is one bad row; an unterminated string does not hang', () => {
  const cut = lexAll("INSERT INTO t VALUES (1,'a'),(2,'b");
  assert.deepEqual(cut.rows, [['1', 'a']]);
  assert.deepEqual(cut.bad, [['unclosed', 2]]);
  const noRows = lexAll('random bytes ) ( \' " ` ;; garbage');
  assert.deepEqual(noRows.rows, []);
  assert.deepEqual(noRows.inserts, []);
});

test('memory follows the row, not the statement: a huge INSERT is lexed with nothing kept', () => {
  const limits = { maxRecordBytes: 1024, maxDepth: 10 };
  let rows = 0;
  let bad = 0;
  const lexer = new SqlLexer(
    {
      statement: () => undefined,
      insert: () => undefined,
      copy: () => undefined,
      row: () => rows++,
      badRow: () => bad++,
    },
    limits,
  );
  lexer.push(enc.encode("INSERT INTO t (phone) VALUES ('"));
  const chunk = enc.encode('a'.repeat(1 << 16));
  // 64 MiB of one value: only the cap (1 KiB) is ever held.
  for (let i = 0; i < 1024; i++) lexer.push(chunk);
  lexer.push(enc.encode("'),('13800138000');"));
  lexer.end();
  assert.equal(rows, 1);
  assert.equal(bad, 1);
});

const PG_COPY = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  'SET standard_conforming_strings = on;',
  "SELECT pg_catalog.set_config('search_path', '', false);",
  'CREATE TABLE public.users (id integer NOT NULL, name text, note text);',
  'COPY public.users (id, name, note) FROM stdin;',
  '1\t张三\tplain',
  '2\t\\N\ttab\\there\\nnewline \\\\ back',
  '3\t\\345\\274\\240\\x41\t\\N',
  '4\t\t\\\\.',
  '\\.',
  "INSERT INTO public.users VALUES (5, 'after', NULL);",
  '',
].join('\n');

test('pg_dump COPY … FROM stdin: tab-separated rows, \\N as NULL, backslash escapes, ended by \\.', () => {
  const got = lexAll(PG_COPY);
  assert.deepEqual(got.copies, ['COPY public.users (id, name, note) FROM stdin']);
  assert.deepEqual(got.rows, [
    ['1', '张三', 'plain'],
    ['2', '', 'tab\there\nnewline \\ back'],
    ['3', '张A', ''],
    ['4', '', '\\.'],
    ['5', 'after', ''],
  ]);
  assert.deepEqual(got.bad, []);
  // CRLF line ends are tolerated.
  assert.deepEqual(lexAll(PG_COPY.replace(/\n/g, '\r\n')).rows.slice(0, 2), got.rows.slice(0, 2));
});

test('COPY without FROM stdin has no data lines; a COPY cut off before \\. keeps its whole rows', () => {
  // Negative: COPY … TO stdout and COPY … FROM a file are statements, the next line is SQL again.
  for (const head of ['COPY public.users TO stdout;', "COPY public.users FROM '/tmp/u.txt';"]) {
    const got = lexAll(`${head}\nINSERT INTO t VALUES (1,'x');\n`);
    assert.deepEqual([got.copies, got.rows], [[], [['1', 'x']]], head);
  }
  const cut = lexAll('COPY t (a, b) FROM stdin;\n1\tx\n2\ty\n3\tz');
  assert.deepEqual(cut.rows, [
    ['1', 'x'],
    ['2', 'y'],
  ]);
  assert.deepEqual(cut.bad, [['unclosed', 3]]);
});

test('COPY rows are capped one by one and streamed: a long row is skipped, the next rows read', () => {
  const limits = { maxRecordBytes: 64, maxDepth: 10 };
  const got = lexAll(`COPY t (a, b) FROM stdin;\n1\tok\n2\t${'x'.repeat(200)}\n3\tok\n\\.\n`, limits);
  assert.deepEqual(got.rows, [
    ['1', 'ok'],
    ['3', 'ok'],
  ]);
  assert.deepEqual(got.bad, [['too-large', 2]]);
  let rows = 0;
  const lexer = new SqlLexer(
    {
      statement: () => undefined,
      insert: () => undefined,
      copy: () => undefined,
      row: () => rows++,
      badRow: () => assert.fail('no bad row'),
    },
    { maxRecordBytes: 1024, maxDepth: 10 },
  );
  lexer.push(enc.encode('COPY t (phone) FROM stdin;\n'));
  // 64 MiB of rows through a 1 KiB cap.
  const chunk = enc.encode('13800138000\n'.repeat(1 << 12));
  for (let i = 0; i < 1365; i++) lexer.push(chunk);
  lexer.push(enc.encode('\\.\n'));
  lexer.end();
  assert.equal(rows, 1365 << 12);
});
