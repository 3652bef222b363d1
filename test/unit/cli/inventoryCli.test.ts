// `pilens inventory` end to end: the fixture project to CSV, JSON and XLSX, the workbook read
// back with SheetJS (an independent reader, not exceljs that wrote it), and the usage errors.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { formatInventoryXlsx, xlsxText } from '../../../src/node/report/inventoryXlsx.js';
import { buildInventory } from '../../../src/core/report/inventoryRows.js';
import { makeProject, pilens, writeFile } from './harness.js';

type Row = Record<string, string | number>;

function sheets(bytes: Uint8Array): { names: string[]; rows: (name: string) => Row[]; raw: XLSX.WorkBook } {
  const book = XLSX.read(bytes, { type: 'buffer' });
  return {
    names: book.SheetNames,
    rows: (name) => {
      const sheet = book.Sheets[name];
      assert.ok(sheet, `no sheet ${name}`);
      return XLSX.utils.sheet_to_json<Row>(sheet, { defval: '' });
    },
    raw: book,
  };
}

describe('pilens inventory', () => {
  let root: string;
  before(() => {
    root = makeProject();
    // A data file with a real-looking phone number: its value must appear nowhere.
    writeFile(root, 'data/members.csv', 'member_name,mobile\n张三,13812345678\n');
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('writes JSON rows of declared fields, with grades, and never a data value', async () => {
    const res = await pilens(root, 'inventory', '--format', 'json', '--locale', 'en');
    assert.equal(res.code, 0, res.stderr);
    const doc = JSON.parse(res.stdout) as {
      rows: { file: string; field: string; category: { key: string }; grade: { id: string } }[];
    };
    const sfzh = doc.rows.find((r) => r.field === 'sfzh');
    assert.ok(sfzh);
    assert.equal(sfzh.category.key, 'id_number');
    assert.equal(sfzh.grade.id, 'general_sensitive');
    assert.ok(doc.rows.some((r) => r.file === 'data/members.csv' && r.field === 'mobile'));
    assert.ok(!res.stdout.includes('13812345678'));
    assert.ok(!res.stdout.includes('张三'));
  });

  it('writes a workbook that SheetJS opens: Chinese sheets and headers, the same rows as JSON', async () => {
    const res = await pilens(root, 'inventory', 'src', 'db', '--out', 'out/pi.xlsx', '--locale', 'zh-CN');
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /written to out\/pi\.xlsx/);
    const book = sheets(readFileSync(join(root, 'out/pi.xlsx')));
    assert.deepEqual(book.names, ['汇总', '字段清单']);
    const list = book.rows('字段清单');
    const json = JSON.parse((await pilens(root, 'inventory', 'src', 'db', '--format', 'json')).stdout) as {
      rows: { file: string; line: number; field: string }[];
    };
    assert.equal(list.length, json.rows.length);
    assert.deepEqual(
      list.map((r) => [r['文件'], r['行号'], r['字段']]),
      json.rows.map((r) => [r.file, r.line, r.field]),
    );
    const sfzh = list.find((r) => r['字段'] === 'sfzh');
    assert.ok(sfzh);
    assert.equal(sfzh['类别（中文）'], '身份证件号码');
    assert.equal(sfzh['敏感个人信息'], '有争议');
    assert.equal(sfzh['分级（GB/T 43697-2024，仅一般数据）'], '一般数据：敏感个人信息（最高）');
    const summary = book.rows('汇总').map((r) => Object.values(r));
    assert.ok(summary.some((r) => r[0] === '字段数' && r[1] === list.length));
    assert.ok(summary.some((r) => r[0] === 'id_number'));
  });

  it('keeps a formula-looking field as text in the workbook and drops XML-forbidden characters', async () => {
    const inv = buildInventory([
      {
        file: 'a.ts',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        field: '=1+1\u0001',
        category: 'name',
        class: 'C',
        confidence: 'high',
        evidence: [],
        role: 'declaration',
        fingerprint: 'x',
      },
    ]);
    const book = sheets(await formatInventoryXlsx(inv, { locale: 'en', reading: 'strict' }));
    const sheet = book.raw.Sheets.Fields;
    assert.ok(sheet);
    const cell = sheet.D2 as XLSX.CellObject | undefined;
    assert.ok(cell);
    assert.equal(cell.t, 's');
    assert.equal(cell.v, '=1+1');
    assert.equal(cell.f, undefined);
    assert.equal(xlsxText('a\u0000b\tc\ud800'), 'ab\tc');
  });

  it('writes CSV with a BOM, the format from the --out extension', async () => {
    const res = await pilens(root, 'inventory', 'db', '--out', 'pi.csv', '--locale', 'en');
    assert.equal(res.code, 0, res.stderr);
    const text = readFileSync(join(root, 'pi.csv'), 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.match(text, /\r\ndb\/schema\.sql,\d+,t_ry,sfzh,id_number,/);
  });

  it('refuses bad usage with one line and exit 2', async () => {
    for (const args of [
      ['--format', 'xlsx'],
      ['--format', 'pdf'],
      ['--locale', 'fr'],
      ['--contested-reading', 'loose'],
      ['no/such/dir'],
      ['db', '--out', 'db/schema.sql/x.md'],
    ]) {
      const res = await pilens(root, 'inventory', ...args);
      assert.equal(res.code, 2, args.join(' '));
      assert.equal(res.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${res.stderr}`);
      assert.match(res.stderr, /^pilens: /);
    }
  });

  it('lists the registry formats in --help', async () => {
    const res = await pilens(root, 'inventory', '--help');
    assert.equal(res.code, 0);
    assert.match(res.stdout, /--format csv\|xlsx\|markdown\|json/);
  });
});
