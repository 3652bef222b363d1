// SQL dumps end to end: PI columns named with their table, and a note when nothing could be counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { runEstimate } from '../../../src/cli/estimate.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { tempDir } from './fixtures.js';
import { PersonGenerator } from './generate.js';

function capture(): { io: Parameters<typeof runEstimate>[1]; out: () => string } {
  let out = '';
  return {
    io: { cwd: '/', stdout: { write: (s: string) => void (out += s) }, stderr: { write: () => undefined } },
    out: () => out,
  };
}

const phones = (n: number, from: number): string =>
  Array.from({ length: n }, (_, i) => `(${i},${from + i},'138${String(from + i).padStart(8, '0')}')`).join(
    ',',
  );

const DUMP = [
  '-- MySQL dump',
  'CREATE TABLE `ums_member` (`id` bigint, `member_id` bigint COMMENT \'会员id\', `phone` varchar(64) COMMENT \'手机号 [{\\"key\\":\\"颜色\\"}], (x)\');',
  `INSERT INTO \`ums_member\` VALUES ${phones(30, 0)};`,
  "CREATE TABLE `oms_order` (`id` bigint, `member_id` bigint COMMENT '会员id', `receiver_phone` varchar(64) COMMENT 'it''s \\'quoted\\'');",
  `INSERT INTO \`oms_order\` VALUES ${phones(20, 100)};`,
].join('\n');

test('the text and Markdown reports name the table of each PI column when there are several', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('dump.sql'), DUMP);
    const r = await estimateDataset([t.file('dump.sql')], { workers: 1 });
    assert.deepEqual(
      r.parts.map((p) => [p.file.split('#')[1], p.records, p.malformed]),
      [
        ['ums_member', 30, 0],
        ['oms_order', 20, 0],
      ],
    );
    const text = capture();
    assert.equal(await runEstimate([t.file('dump.sql'), '--workers', '1'], text.io), 0);
    const columns = text.out().split('PI columns:\n')[1]?.split('\n\n')[0] ?? '';
    assert.match(
      columns,
      /^ {2}ums_member:\n {4}member_id → .*\n {4}phone → .*\n {2}oms_order:\n {4}member_id → /,
    );
    const md = capture();
    assert.equal(await runEstimate([t.file('dump.sql'), '--workers', '1', '--format', 'markdown'], md.io), 0);
    assert.match(md.out(), /\| table \| column \|/);
    assert.match(md.out(), /\| oms\\_order \| member\\_id \|/);
    // Negative: one table keeps the plain list.
    writeFileSync(t.file('one.sql'), DUMP.split('\n').slice(0, 3).join('\n'));
    const one = capture();
    assert.equal(await runEstimate([t.file('one.sql'), '--workers', '1'], one.io), 0);
    assert.match(one.out(), /PI columns:\n {2}member_id → /);
  } finally {
    t.done();
  }
});

test('a .sql file with nothing to count says why', async () => {
  const t = tempDir();
  try {
    const cases: [string, string | Buffer, RegExp][] = [
      [
        'random.sql',
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
        /no INSERT, COPY or CREATE TABLE/,
      ],
      [
        'schema.sql',
        'CREATE TABLE t (phone varchar(11));\nCREATE TABLE u (id int);',
        /2 CREATE TABLE and no INSERT/,
      ],
    ];
    for (const [name, body, note] of cases) {
      writeFileSync(t.file(name), body);
      const r = await estimateDataset([t.file(name)], { workers: 1 });
      assert.equal(r.records, 0, name);
      assert.ok(
        r.parts[0]?.notes.some((n) => note.test(n)),
        `${name}: ${r.parts[0]?.notes.join(' | ')}`,
      );
    }
    // Negative: a dump with rows carries no such note.
    writeFileSync(t.file('rows.sql'), DUMP);
    const ok = await estimateDataset([t.file('rows.sql')], { workers: 1 });
    assert.ok(!ok.parts.some((p) => p.notes.some((n) => /nothing counted/.test(n))));
  } finally {
    t.done();
  }
});

/** A small dump as pg_dump writes it by default (synthetic people): rows as COPY data, not INSERTs. */
function pgDump(n: number): { sql: string; ids: Set<string> } {
  const g = new PersonGenerator(11);
  const ids = new Set<string>();
  const rows: string[] = [];
  for (let i = 1; rows.length < n; i++) {
    const id = g.residentId();
    if (ids.has(id)) continue;
    ids.add(id);
    // Every fifth email is NULL; remarks carry escapes (a tab, a newline, a backslash).
    const email = i % 5 === 0 ? '\\N' : g.email();
    rows.push(
      [i, g.name(), g.mobile(), id, email, `VIP\\t${i}\\n备注 \\\\ ok`, '2024-03-01 10:00:00+08'].join('\t'),
    );
  }
  const sql = [
    '--',
    '-- PostgreSQL database dump',
    '--',
    '',
    '-- Dumped from database version 16.2',
    '',
    'SET statement_timeout = 0;',
    "SET client_encoding = 'UTF8';",
    'SET standard_conforming_strings = on;',
    "SELECT pg_catalog.set_config('search_path', '', false);",
    '',
    'CREATE TABLE public.customers (',
    '    id bigint NOT NULL,',
    '    full_name character varying(64),',
    '    mobile character varying(20),',
    '    id_card character varying(18),',
    '    email text,',
    '    remark text,',
    '    created_at timestamp with time zone DEFAULT now()',
    ');',
    '',
    'ALTER TABLE public.customers OWNER TO app;',
    '',
    'CREATE TABLE public.audit (id bigint, action text);',
    '',
    '--',
    '-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: app',
    '--',
    '',
    'COPY public.customers (id, full_name, mobile, id_card, email, remark, created_at) FROM stdin;',
    ...rows,
    '\\.',
    '',
    'COPY public.audit (id, action) FROM stdin;',
    '1\tlogin',
    '2\tlogout',
    '\\.',
    '',
    'ALTER TABLE ONLY public.customers',
    '    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);',
    '',
  ].join('\n');
  return { sql, ids };
}

test('a pg_dump file (COPY … FROM stdin) is counted: its rows, PI columns and persons', async () => {
  const t = tempDir();
  try {
    const dump = pgDump(120);
    writeFileSync(t.file('pg.sql'), dump.sql);
    const r = await estimateDataset([t.file('pg.sql')], { workers: 1 });
    const customers = r.parts.find((p) => p.file.endsWith('#public.customers'));
    assert.ok(customers !== undefined, r.parts.map((p) => p.file).join());
    assert.deepEqual([customers.records, customers.malformed, customers.personKey], [120, 0, 'id_card']);
    const cats = new Map(customers.columns.map((c) => [c.name, c.category]));
    assert.deepEqual(
      ['full_name', 'mobile', 'id_card'].map((c) => cats.get(c)),
      ['name', 'contact', 'id_number'],
    );
    assert.equal(r.persons, dump.ids.size);
    // The second table, not PI, is read too.
    assert.deepEqual(
      r.parts.filter((p) => p.file.endsWith('#public.audit')).map((p) => p.records),
      [2],
    );
    // Negative: the same dump cut before its `\.` keeps the whole rows and counts the cut one as malformed.
    writeFileSync(t.file('cut.sql'), dump.sql.slice(0, dump.sql.indexOf('\n\\.') - 20));
    const cut = await estimateDataset([t.file('cut.sql')], { workers: 1 });
    const part = cut.parts[0];
    assert.deepEqual([part?.records, part?.malformed], [119, 1]);
  } finally {
    t.done();
  }
});
