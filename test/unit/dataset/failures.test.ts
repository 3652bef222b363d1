// One bad file does not lose the run; files that are not regular files are refused at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { unmatchedColumnRefs } from '../../../src/core/dataset/columnRefs.js';
import {
  DatasetReadError,
  estimateDataset,
  NoDatasetFilesError,
} from '../../../src/node/dataset/estimate.js';
import { describeInputError, InputError } from '../../../src/node/dataset/inputError.js';
import { NotRegularFileError, openRegularFile } from '../../../src/node/regularFile.js';
import { NOT_REGULAR, readTextFile } from '../../../src/node/readText.js';
import { people, tempDir, toCsv } from './fixtures.js';

const opts = { workers: 1 } as const;
const P = people(50);
const CSV = toCsv(P.header, P.rows);

test('a folder with an empty .gz between two good files: the good ones count, the bad one is named', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('a.csv'), CSV);
    writeFileSync(t.file('b.csv.gz'), '');
    writeFileSync(t.file('c.csv'), toCsv(P.header, people(30, { seed: 9 }).rows));
    writeFileSync(t.file('d.csv.gz'), 'not gzip');
    const r = await estimateDataset([t.dir], opts);
    assert.equal(r.records, 80);
    assert.equal(r.persons, 80);
    const bad = r.parts.filter((p) => p.errors !== undefined);
    assert.deepEqual(
      bad.map((p) => p.file),
      [t.file('b.csv.gz'), t.file('d.csv.gz')],
    );
    assert.match(bad[0]?.errors?.join() ?? '', /empty \(0 bytes\)/);
    assert.match(bad[1]?.errors?.join() ?? '', /not valid compressed data \(incorrect header check\)/);
    assert.equal(r.parts.filter((p) => p.errors === undefined).length, 2);
  } finally {
    t.done();
  }
});

test('nothing readable rejects with every file named; no dataset file rejects with what was looked for', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('x.parquet'), '');
    writeFileSync(t.file('y.xlsx'), 'PK not a zip');
    const e = await estimateDataset([t.dir], opts).then(
      () => assert.fail('expected a rejection'),
      (x: unknown) => x,
    );
    assert.ok(e instanceof DatasetReadError);
    assert.deepEqual(
      e.failures.map((f) => f.file),
      [t.file('x.parquet'), t.file('y.xlsx')],
    );
    assert.match(e.failures[0]?.reason ?? '', /empty file \(0 bytes\), not a Parquet file/);
    assert.match(e.failures[1]?.reason ?? '', /not a ZIP workbook/);
    mkdirSync(t.file('empty'));
    mkdirSync(t.file('code'));
    writeFileSync(t.file('code/a.ts'), 'export const x = 1;\n');
    for (const dir of [t.file('empty'), t.file('code')])
      await assert.rejects(estimateDataset([dir], opts), (x: unknown) => {
        assert.ok(x instanceof NoDatasetFilesError);
        assert.match(x.message, /no dataset files in .* \(looked for \.csv/);
        return true;
      });
  } finally {
    t.done();
  }
});

test('FIFOs and devices are refused without blocking; a FIFO inside a folder is not a dataset file', async () => {
  const t = tempDir();
  try {
    execFileSync('mkfifo', [t.file('p.csv')]);
    for (const file of [t.file('p.csv'), '/dev/null']) {
      const e = await estimateDataset([file], opts).then(
        () => assert.fail('expected a rejection'),
        (x: unknown) => x,
      );
      assert.ok(e instanceof DatasetReadError);
      assert.match(e.message, /not a regular file \(pipes, FIFOs, devices and sockets are not read/);
    }
    writeFileSync(t.file('ok.csv'), CSV);
    assert.equal((await estimateDataset([t.dir], opts)).records, 50);
    await assert.rejects(openRegularFile(t.file('p.csv')), NotRegularFileError);
    // The scan's reader of small user files applies the same rule without throwing.
    assert.deepEqual(readTextFile('/dev/zero', 1024), { kind: 'error', message: NOT_REGULAR });
    assert.equal(readTextFile(t.file('ok.csv'), 10).kind, 'skipped');
    const ok = readTextFile(t.file('ok.csv'), 1 << 20);
    assert.equal(ok.kind === 'text' ? ok.text : ok.kind, CSV);
  } finally {
    t.done();
  }
});

test('Parquet: empty, truncated and corrupted files give one line without library internals', async () => {
  const t = tempDir();
  try {
    const { parquetWriteFile } = await import('hyparquet-writer');
    parquetWriteFile({
      filename: t.file('good.parquet'),
      columnData: P.header.map((name, i) => ({
        name,
        data: P.rows.map((r) => r[i] ?? ''),
        type: 'STRING' as const,
      })),
    });
    assert.equal((await estimateDataset([t.file('good.parquet')], opts)).records, 50);
    const good = readFileSync(t.file('good.parquet'));
    const variants: [string, Buffer][] = [
      ['empty.parquet', Buffer.alloc(0)],
      ['short.parquet', Buffer.from('PAR1PAR1')],
      ['head.parquet', good.subarray(0, 100)],
      // Data pages zeroed: the metadata points into garbage.
      [
        'pages.parquet',
        Buffer.concat([
          good.subarray(0, 4),
          Buffer.alloc(good.length - 200),
          good.subarray(good.length - 196),
        ]),
      ],
      // Metadata scrambled.
      [
        'meta.parquet',
        Buffer.concat([
          good.subarray(0, good.length - 150),
          Buffer.alloc(142, 0xff),
          good.subarray(good.length - 8),
        ]),
      ],
    ];
    for (const [name, bytes] of variants) {
      writeFileSync(t.file(name), bytes);
      const e = await estimateDataset([t.file(name)], opts).then(
        (r) => r.parts[0]?.errors?.join() ?? 'read without error',
        (x: unknown) => (x instanceof DatasetReadError ? (x.failures[0]?.reason ?? '') : String(x)),
      );
      assert.doesNotMatch(e, /DataView|BigInt|\n|read without error/, `${name}: ${e}`);
      assert.match(e, /^(?:corrupt Parquet file|not a Parquet file|empty file)/, name);
    }
  } finally {
    t.done();
  }
});

test('describeInputError: errno codes, library internals and quoted input become safe one-liners', () => {
  const errno = (code: string): Error => Object.assign(new Error(`${code}: x, open '/a'`), { code });
  const table: [unknown, RegExp][] = [
    [errno('ENOENT'), /^no such file or folder$/],
    [errno('EACCES'), /^permission denied$/],
    [errno('EISDIR'), /^is a folder$/],
    [errno('ESPIPE'), /not a regular file/],
    [new RangeError('Offset is outside the bounds of the DataView'), /^corrupt or truncated/],
    [new TypeError('Cannot convert a BigInt value to a number'), /^corrupt \(a number in its metadata/],
    [new RangeError('Invalid code point 1114112'), /^corrupt \(an impossible size or character/],
    [new InputError('kept as written'), /^kept as written$/],
    [
      new SyntaxError(`Unexpected token '王', "王伟,110101199003071237" is not valid JSON`),
      /^Unexpected token …, … is not valid JSON$/,
    ],
    [new Error('code 13800138000 here'), /^code … here$/],
  ];
  for (const [e, re] of table) assert.match(describeInputError(e), re);
});

test('unmatchedColumnRefs: names and 1-based numbers within some table match; others do not', () => {
  const tables = [{ columns: [{ name: '手机号' }, { name: 'name' }] }, { columns: [{ name: 'x' }] }];
  assert.deepEqual(unmatchedColumnRefs(tables, ['手机号', 'x', '2', '1']), []);
  assert.deepEqual(unmatchedColumnRefs(tables, ['nope', '3', '0', 'NAME']), ['nope', '3', '0', 'NAME']);
  assert.deepEqual(unmatchedColumnRefs([], ['a']), ['a']);
});

test('gzip magic without a .gz name is still bounded (sniffed files use the same reader)', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('hidden.csv'), gzipSync(Buffer.from(CSV)));
    assert.equal((await estimateDataset([t.file('hidden.csv')], opts)).records, 50);
  } finally {
    t.done();
  }
});
