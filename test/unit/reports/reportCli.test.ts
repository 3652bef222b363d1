// `pilens report ropa|pia` end to end over the fixture project and an estimate result made by
// `pilens estimate --format json`: Markdown read as text, DOCX read back with mammoth (an
// independent reader, not the docx package that wrote it), the usage errors, and no data value
// anywhere.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import { makeProject, pilens, writeFile } from '../cli/harness.js';

const PHONES = Array.from({ length: 12 }, (_, i) => `1381234${String(5600 + i)}`);
const NAMES = [
  '张三',
  '李四',
  '王五',
  '赵六',
  '钱七',
  '孙八',
  '周九',
  '吴十',
  '郑一',
  '冯二',
  '陈三',
  '褚四',
];

/** Every data value of the dataset: none may appear in a draft. */
function assertNoValues(text: string): void {
  for (const v of [...PHONES, ...NAMES]) assert.ok(!text.includes(v), `data value ${v} in the draft`);
}

describe('pilens report', () => {
  let root: string;
  before(async () => {
    root = makeProject();
    const rows = PHONES.map((p, i) => `${NAMES[i] ?? ''},${p}`).join('\n');
    writeFile(root, 'exports/members.csv', `姓名,手机号\n${rows}\n`);
    const est = await pilens(root, 'estimate', 'exports/members.csv', '--format', 'json');
    assert.equal(est.code, 0, est.stderr);
    writeFile(root, 'est.json', est.stdout);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('drafts the record in Markdown: categories held, the dataset figures with their source, blanks', async () => {
    const res = await pilens(root, 'report', 'ropa', 'src', 'db', '--estimate', 'est.json', '--locale', 'en');
    assert.equal(res.code, 0, res.stderr);
    const md = res.stdout;
    assert.match(md, /^# Record of personal-information processing activities \(draft\)\n/);
    // The inventory's category, with its sensitivity and where it is held.
    assert.match(
      md,
      /\| identity-document number \(id\\_number\) \| B \| contested \|[^\n]*\| 2 \| db\/schema\.sql; src\/models\/user\.ts \|/,
    );
    // The estimate's row: the result file, the data file, 12 records and persons, 12 class-C pieces.
    assert.match(md, /\| est\.json \| exports\/members\.csv \| 12 \| 12 \| 0 \/ 0 \/ 12 \|/);
    assert.match(md, /\*Source: the estimate result file named in each row/);
    assert.match(md, /\*Source: pilens [\d.]+ inventory of src, db /);
    for (const label of [
      'Purpose of processing',
      'Legal basis',
      'Retention period',
      'Recipients',
      'Cross-border provision',
      'Security measures',
    ])
      assert.ok(md.includes(`**[TO BE COMPLETED] ${label}**`), label);
    assert.match(md, /not legal advice/);
    assert.match(md, /PIPL Art\. 13 \(unverified\)/);
    assert.match(md, /Keep records of processing at least three years \(PIPL Art\. 56\)/);
    assertNoValues(md);
  });

  it('without --estimate, says the dataset figures are unknown and lists no duties', async () => {
    const res = await pilens(root, 'report', 'ropa', 'src', '--locale', 'en');
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /No estimate result was given \(--estimate\)/);
    assert.doesNotMatch(res.stdout, /Duties the counted figures reach/);
  });

  it('writes the assessment as DOCX that mammoth reads: Chinese headings, table cells, every blank marked', async () => {
    const res = await pilens(
      root,
      'report',
      'pia',
      'src',
      'db',
      '--estimate',
      'est.json',
      '--out',
      'out/pia.docx',
      '--locale',
      'zh-CN',
    );
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /written to out\/pia\.docx/);
    const buffer = readFileSync(join(root, 'out/pia.docx'));
    assert.equal(buffer.subarray(0, 2).toString('latin1'), 'PK');
    const { value: text } = await mammoth.extractRawText({ buffer });
    const { value: html } = await mammoth.convertToHtml({ buffer });
    assert.match(html, /<h1>一、需要进行评估的情形<\/h1>/);
    assert.match(html, /<h1>五、所采取的保护措施<\/h1>/);
    // Table cells, as Word holds them.
    assert.match(
      html,
      /<td><p>身份证件号码（id_number）<\/p><\/td><td><p>B<\/p><\/td><td><p>有争议<\/p><\/td>/,
    );
    assert.match(
      html,
      /<td><p>est\.json<\/p><\/td><td><p>exports\/members\.csv<\/p><\/td><td><p>12<\/p><\/td>/,
    );
    // The mark followed by a label (the opening caveat names the mark too, without one).
    const blanks = text.match(/【待填写】 /g) ?? [];
    // Four Art. 55 situations, seven Art. 56(1) questions, one impact, six measures, two conclusion blanks.
    assert.equal(blanks.length, 4 + 7 + 1 + 6 + 2);
    for (const label of [
      '处理目的',
      '处理的合法性基础',
      '保存期限',
      '接收方',
      '向境外提供',
      '内部管理制度和操作规程',
    ])
      assert.ok(text.includes(`【待填写】 ${label}`), label);
    assert.match(text, /来源：各行所列估算结果文件/);
    assert.match(text, /不构成法律意见/);
    assert.match(
      text,
      /个人信息保护影响评估报告和处理情况记录应当至少保存三年（《个人信息保护法》第五十六条）/,
    );
    assertNoValues(text);
  });

  it('refuses bad usage and bad estimate files with one line naming them, exit 2', async () => {
    writeFile(root, 'notest.json', '{"version":1,"findings":[]}');
    writeFile(root, 'broken.json', '{');
    const cases: [string[], RegExp][] = [
      [['report'], /which draft\? pilens report ropa\|pia/],
      [['report', 'dpia'], /unknown draft "dpia"/],
      [['report', 'pia', '--format', 'docx'], /give --out FILE/],
      [['report', 'pia', '--format', 'pdf'], /--format must be one of markdown\|docx, got "pdf"/],
      [['report', 'ropa', '--estimate', 'missing.json'], /cannot read estimate missing\.json/],
      [
        ['report', 'ropa', '--estimate', 'notest.json'],
        /--estimate notest\.json: not a "pilens estimate --format json" result \(tier\)/,
      ],
      [['report', 'ropa', '--estimate', 'broken.json'], /--estimate broken\.json: not valid JSON/],
    ];
    for (const [args, message] of cases) {
      const res = await pilens(root, ...args);
      assert.equal(res.code, 2, args.join(' '));
      assert.match(res.stderr, message);
      assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
      assert.equal(res.stdout, '');
    }
  });

  it('folds the estimate into the inventory (JSON and Markdown), but not into CSV', async () => {
    const json = await pilens(root, 'inventory', 'src', '--format', 'json', '--estimate', 'est.json');
    assert.equal(json.code, 0, json.stderr);
    const doc = JSON.parse(json.stdout) as {
      datasets: { source: string; persons: number; pieces: { C: number }; files: string[] }[];
    };
    assert.deepEqual(
      doc.datasets.map((d) => [d.source, d.persons, d.pieces.C, d.files]),
      [['est.json', 12, 12, ['exports/members.csv']]],
    );
    const md = await pilens(
      root,
      'inventory',
      'src',
      '--format',
      'markdown',
      '--estimate',
      'est.json',
      '--locale',
      'en',
    );
    assert.match(md.stdout, /## Datasets \(from pilens estimate\)\n\n\| estimate result \|/);
    assertNoValues(md.stdout);
    const plain = await pilens(root, 'inventory', 'src', '--format', 'json');
    assert.ok(!('datasets' in (JSON.parse(plain.stdout) as object)));
    const csv = await pilens(root, 'inventory', 'src', '--format', 'csv', '--estimate', 'est.json');
    assert.equal(csv.code, 2);
    assert.match(csv.stderr, /CSV has one row per field/);
  });
});
