import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeText } from '../../../src/node/decode.js';
import { readTextFile } from '../../../src/node/readText.js';
import { walkFiles } from '../../../src/node/walk.js';

describe('decodeText', () => {
  const utf8 = Buffer.from('姓名 name', 'utf8');
  const cases: [string, Buffer, string, string?][] = [
    // text 'binary' means binary
    ['plain UTF-8', utf8, '姓名 name', 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), '姓名 name', 'utf-8'],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('身份证号 id', 'utf16le')]),
      '身份证号 id',
      'utf-16le',
    ],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('身份证号 id', 'utf16le').swap16()]),
      '身份证号 id',
      'utf-16be',
    ],
    // 身份证 in GBK: c9ed b7dd d6a4
    ['GBK', Buffer.from([0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0x20, 0x69, 0x64]), '身份证 id', 'gb18030'],
    ['NUL bytes without BOM', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'binary'],
    ['empty', Buffer.alloc(0), '', 'utf-8'],
  ];
  for (const [name, bytes, text, encoding] of cases) {
    it(name, () => {
      const d = decodeText(bytes);
      if (text === 'binary') assert.equal(d.kind, 'binary');
      else assert.deepEqual(d, { kind: 'text', text, encoding });
    });
  }
});

describe('walkFiles and readTextFile', () => {
  let root: string;
  const write = (rel: string, content: string | Buffer): void => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pilens-walk-'));
    mkdirSync(join(root, '.git'));
    write('.git/info/exclude', 'excluded.txt\n');
    write('.gitignore', 'build/\n*.log\n');
    write('src/user.ts', 'export interface User { idCard: string }\n');
    write('src/app.log', 'log\n');
    write('src/nested/.gitignore', 'generated.ts\n!keep.log\n');
    write('src/nested/generated.ts', 'x\n');
    write('src/nested/model.py', 'class M: pass\n');
    write('build/out.js', 'x\n');
    write('node_modules/lib/index.js', 'x\n');
    write('excluded.txt', 'x\n');
    write('vendor/skip.sql', 'x\n');
    write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    write('big.sql', 'x'.repeat(3000));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('honours .gitignore at every level, info/exclude, exclusions and skipped dirs', async () => {
    const exclude = (abs: string, isDir: boolean) => isDir && abs === join(root, 'vendor');
    const { files, missing } = await walkFiles([], { cwd: root, exclude });
    assert.deepEqual(missing, []);
    assert.deepEqual(
      files.map((f) => f.relPath),
      ['.gitignore', 'big.sql', 'src/nested/.gitignore', 'src/nested/model.py', 'src/user.ts'],
    );
  });

  it('applies parent .gitignore files when walking a subdirectory, relative to the cwd', async () => {
    const { files } = await walkFiles(['nested'], { cwd: join(root, 'src') });
    assert.deepEqual(
      files.map((f) => f.relPath),
      ['nested/.gitignore', 'nested/model.py'],
    );
  });

  it('lists explicitly named files even when ignored, and reports missing paths', async () => {
    const { files, missing } = await walkFiles(['build/out.js', 'nope.ts'], { cwd: root });
    assert.deepEqual(
      files.map((f) => f.relPath),
      ['build/out.js'],
    );
    assert.deepEqual(missing, ['nope.ts']);
  });

  it('skips files above the cap before reading them, and binary content', () => {
    assert.deepEqual(readTextFile(join(root, 'big.sql'), 2048), {
      kind: 'skipped',
      reason: 'too-large',
      bytes: 3000,
    });
    write('data.bin.txt', Buffer.from([0x41, 0x00, 0x42]));
    assert.equal(readTextFile(join(root, 'data.bin.txt'), 2048).kind, 'skipped');
    assert.deepEqual(readTextFile(join(root, 'missing.ts'), 2048), { kind: 'error', message: 'ENOENT' });
    const ok = readTextFile(join(root, 'src/user.ts'), 2048);
    assert.equal(ok.kind, 'text');
  });
});
