// Header-row detection on generated tables whose first row is known to be a header or data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { isHeaderWord } from '../../../src/core/dataset/headerWords.js';
import { columnVote, looksLikeHeader } from '../../../src/core/dataset/headerRow.js';
import { nameDetectorClassifier } from '../../../src/core/dataset/headerClassifier.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir, toCsv } from './fixtures.js';
import { PersonGenerator } from './generate.js';

const g = new PersonGenerator(11);
const P = people(60, { seed: 5 });
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const cities = ['宁波', '杭州', '温州', '金华'];
const cityRows = range(50).map((i) => ['宁波', String(i + 1)]);
const genderRows = range(40).map((i) => [i % 3 === 0 ? '女' : '男', String(20 + (i % 50))]);
const detector = nameDetectorClassifier();

const CASES: { label: string; rows: string[][]; header: boolean }[] = [
  { label: '城市,金额 over a constant city column', rows: [['城市', '金额'], ...cityRows], header: true },
  { label: 'the same rows without the header', rows: cityRows, header: false },
  {
    label: 'several cities, amounts with decimals',
    rows: [['地区', '金额（元）'], ...range(30).map((i) => [cities[i % 4] ?? '', `${i}.50`])],
    header: true,
  },
  { label: 'Chinese PI header over people', rows: [P.header, ...P.rows], header: true },
  { label: 'people without a header', rows: P.rows, header: false },
  {
    label: 'obfuscated c1…c5 over people',
    rows: [['c1', 'c2', 'c3', 'c4', 'c5'], ...P.rows],
    header: true,
  },
  {
    label: 'English labels over people',
    rows: [['full_name', 'idNo', 'phone', 'addr', 'remark'], ...P.rows],
    header: true,
  },
  {
    label: '性别,年龄 over a categorical and a numeric column',
    rows: [['性别', '年龄'], ...genderRows],
    header: true,
  },
  { label: 'gender and age without a header', rows: genderRows, header: false },
  {
    label: 'a pandas index column with an empty label',
    rows: [['', 'city', 'amount'], ...range(20).map((i) => [String(i), '宁波', String(i * 3)])],
    header: true,
  },
  {
    label: 'free text in every cell, nothing to tell',
    rows: range(20).map((i) => [`note ${i}`, `text ${i * 7}`]),
    header: false,
  },
  {
    label: 'a first row with a valid mobile number is data whatever else',
    rows: [['姓名', g.mobile()], ...range(10).map(() => [g.name(), g.mobile()])],
    header: false,
  },
  {
    label: 'duplicate labels',
    rows: [
      ['id', 'id'],
      ['1', '2'],
    ],
    header: false,
  },
  { label: 'a lone row of labels', rows: [['姓名', '手机号']], header: true },
  { label: 'a lone row of data', rows: [[g.mobile(), g.name()]], header: false },
  { label: 'a lone row of header words that read as names', rows: [['城市', '金额']], header: true },
  { label: 'a lone row of names', rows: [[g.name(), g.name()]], header: false },
  { label: 'no rows', rows: [], header: false },
];

test('looksLikeHeader on generated tables (with and without the name detector)', () => {
  for (const c of CASES) {
    assert.equal(looksLikeHeader(c.rows), c.header, c.label);
    assert.equal(looksLikeHeader(c.rows, detector), c.header, `${c.label} (name detector)`);
  }
});

test('column votes compare the first cell with the data below', () => {
  const mobiles = range(20).map(() => g.mobile());
  const table: [string, readonly string[], -1 | 0 | 1][] = [
    ['手机号', mobiles, 1],
    [g.mobile(), mobiles, -1],
    ['金额', ['1', '2', '3.5', '40'], 1],
    ['7', ['1', '2', '3.5', '40'], -1],
    ['城市', Array<string>(20).fill('宁波'), 1],
    ['宁波', Array<string>(20).fill('宁波'), -1],
    ['code', ['A001', 'B002', 'C003'], 1],
    ['D004', ['A001', 'B002', 'C003'], -1],
    ['', mobiles, 0],
    ['备注', [], 0],
  ];
  for (const [first, data, vote] of table)
    assert.equal(columnVote(first, data), vote, `${first} over ${data[0] ?? '∅'}`);
});

test('header words: labels, compounds and placeholders yes; values no', () => {
  for (const w of [
    '城市',
    '金额',
    '金额（元）',
    '客户名称',
    '下单时间',
    'c1',
    'col_12',
    'user_name',
    'orderId',
    'Remark',
  ])
    assert.equal(isHeaderWord(w), true, w);
  for (const w of ['宁波', '张伟', '男', '13800001111', 'note 1', '宁波市', 'SKU-123', ''])
    assert.equal(isHeaderWord(w), false, w);
});

test('personal-information labels are the vocabulary’s: isHeaderWord asks it, lists none itself', () => {
  const known = (w: string): boolean => detector(w) != null;
  for (const w of ['手机号', '身份证号', 'Email', 'contact_phone', 'homeAddress', '姓名（必填）'])
    assert.equal(isHeaderWord(w, known), true, w);
  // Without the vocabulary they are not label words: the list holds no PI words of its own.
  for (const w of ['手机号', '身份证号', 'email', 'contact_phone']) assert.equal(isHeaderWord(w), false, w);
  for (const w of ['张伟', '13800001111', 'user_13800001111']) assert.equal(isHeaderWord(w, known), false, w);
});

test('compound English labels are cut by the vocabulary’s tokenizer (acronyms too)', () => {
  for (const w of ['HTTPStatus', 'order-id', 'user.remark', 'orderDate'])
    assert.equal(isHeaderWord(w), true, w);
  for (const w of ['HTTPServer', 'status2', 'orderid']) assert.equal(isHeaderWord(w), false, w);
});

test('a CSV of 城市,金额 is read with its header: columns named, no names counted', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('cities.csv'), toCsv(['城市', '金额'], cityRows));
    const r = await estimateDataset([t.file('cities.csv')], { workers: 1 });
    assert.deepEqual(
      r.parts[0]?.columns.map((c) => [c.name, c.category]),
      [
        ['城市', null],
        ['金额', null],
      ],
    );
    assert.equal(r.records, 50, 'the header row is not a record');
    assert.equal(r.pieces.C, 0);
  } finally {
    t.done();
  }
});
