import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  attachedComments,
  cleanComment,
  joinDescriptions,
  type CommentSpan,
} from '../../../src/core/scan/kit/index.js';
import { codeExtractors } from '../../../src/core/scan/code/index.js';
import { differentName } from '../../../src/core/scan/code/lezerSupport.js';
import { extractors } from '../../../src/core/scan/registry.js';

describe('comment cleaning', () => {
  const cases: [string, string][] = [
    ['// 手机号', '手机号'],
    ['/// <summary>身份证号</summary>', '身份证号'],
    ['/** 家庭住址 */', '家庭住址'],
    // A doc comment's prose is its description; its block tags are not (`proseLines`).
    ['/**\n * 姓名\n * @since 1.0\n */', '姓名'],
    ['/**\n * 检测时间\n *\n * @mbggenerated Fri Feb 09 19:02:10 CST 2018\n */', '检测时间'],
    ['/**\n * 客户类型\n * @author someone\n * @see CustomerType\n */', '客户类型'],
    ['/** 编解码配置 @see CodecProvider#create(Map) */', '编解码配置'],
    ['/// @deprecated', ''],
    ['/**\n * 手机号\n * @example 13800000000\n *   continued example\n */', '手机号'],
    // A describing tag keeps its text, an inline tag its label or target.
    ['/**\n * @description A unique identifier for the alert.\n */', 'A unique identifier for the alert.'],
    ['/** @Description: 用户手机号 */', '用户手机号'],
    ['/** 见 {@link #phone 手机号}, {@link UserType} */', '见 手机号, UserType'],
    // Negatives: an `@` inside a word is no tag, and a line comment keeps its words.
    ['// 邮箱 admin@example.com', '邮箱 admin@example.com'],
    ['/** 联系人 @ 总部 */', '联系人 @ 总部'],
    ['# 车牌号', '车牌号'],
    ['<!-- 证件号码 -->', '证件号码'],
    ['/* a\n   b */', 'a b'],
    ['//', ''],
  ];
  for (const [raw, clean] of cases) {
    it(JSON.stringify(raw), () => {
      assert.equal(cleanComment(raw), clean);
    });
  }

  it('joins descriptions without repeats or blanks', () => {
    assert.equal(joinDescriptions(['姓名', undefined, ' ', '姓名', '用户姓名']), '姓名; 用户姓名');
    assert.equal(joinDescriptions([undefined, '']), undefined);
  });
});

describe('comment attachment', () => {
  const spans = (text: string): CommentSpan[] => {
    const out: CommentSpan[] = [];
    for (const m of text.matchAll(/\/\/[^\n]*/g)) out.push({ from: m.index, to: m.index + m[0].length });
    return out;
  };
  const attach = (text: string, decl: string) => {
    const from = text.indexOf(decl);
    return attachedComments(text, spans(text), from, from + decl.length);
  };

  it('takes consecutive comment lines directly above', () => {
    assert.equal(attach('// 用户\n// 手机号\nphone;', 'phone;'), '用户; 手机号');
  });
  it('stops at a blank line', () => {
    assert.equal(attach('// 无关\n\nphone;', 'phone;'), undefined);
  });
  it('takes a trailing comment on the same line only', () => {
    assert.equal(attach('phone; // 手机\n// next\nemail;', 'phone;'), '手机');
  });
  it('never takes the previous line’s trailing comment', () => {
    assert.equal(attach('phone; // 手机\nemail;', 'email;'), undefined);
  });
});

describe('registration and robustness', () => {
  it('registers every code extractor in the scan registry', () => {
    for (const e of codeExtractors) assert.ok(extractors.includes(e), e.id);
  });

  it('dispatches each VS Code language id to one code extractor', () => {
    const table: [string, string][] = [
      ['typescript', 'typescript'],
      ['typescriptreact', 'typescript'],
      ['javascript', 'typescript'],
      ['javascriptreact', 'typescript'],
      ['python', 'python'],
      ['java', 'java'],
      ['go', 'go'],
      ['csharp', 'csharp'],
      ['kotlin', 'kotlin'],
    ];
    for (const [languageId, id] of table) {
      assert.equal(
        codeExtractors.find((e) => e.handles({ path: 'untitled', languageId }))?.id,
        id,
        languageId,
      );
    }
    assert.equal(
      codeExtractors.find((e) =>
        e.handles({ path: 'main/resources/mapper/UserMapper.xml', languageId: 'xml' }),
      )?.id,
      'mybatis',
    );
    assert.equal(
      codeExtractors.find((e) => e.handles({ path: 'notes.md', languageId: 'markdown' })),
      undefined,
    );
  });

  const hostile = [
    '',
    '\u0000\u0001\u0002\uFFFD',
    '{'.repeat(2000),
    '}'.repeat(2000),
    '"'.repeat(101),
    'class A {\r\n  name: string;\r\n}\r\n',
    '\uFEFFclass 用户 { 姓名: string }',
    '/*'.repeat(50),
  ];
  for (const e of codeExtractors) {
    it(`${e.id} never throws on hostile input`, () => {
      for (const text of hostile) {
        const result = e.extract(text, { path: 'x' });
        assert.equal(typeof result.ok, 'boolean');
        if (!result.ok) assert.ok(result.error.length > 0);
      }
    });
  }
});

describe('fixture corpus', () => {
  const root = join(process.cwd(), 'test/fixtures/code');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f));

  it('has fixtures for every language', () => {
    for (const ext of ['.ts', '.js', '.py', '.java', '.xml', '.go', '.cs', '.kt']) {
      assert.ok(
        files.some((f) => f.endsWith(ext)),
        ext,
      );
    }
  });

  for (const file of files) {
    it(`${file}: a candidate on every marked line and every declaration on a marked line`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const extractor = codeExtractors.find((e) => e.handles({ path: file }));
      assert.ok(extractor, file);
      const result = extractor.extract(text, { path: file });
      assert.ok(result.ok, result.ok ? '' : result.error);
      const marked = new Set<number>();
      text.split(/\r?\n/).forEach((line, i) => {
        if (/expect:\s*[\w-]+/.test(line)) marked.add(i);
      });
      const found = new Set(result.fields.map((f) => f.range.start.line));
      for (const line of marked)
        assert.ok(found.has(line), `${file}:${line + 1} is marked but has no candidate`);
      for (const f of result.fields) {
        if (f.role === 'declaration')
          assert.ok(
            marked.has(f.range.start.line),
            `${file}:${f.range.start.line + 1} ${f.name} is unmarked`,
          );
      }
    });
  }
});

describe('differentName', () => {
  it('ignores case, _, - and spaces, in ASCII and beyond', () => {
    const cases: [string, string, boolean][] = [
      ['realName', 'RealName', false],
      ['real_name', 'RealName', false],
      ['id-card no', 'IDCARDNO', false],
      ['sfzh', 'idCard', true],
      ['name', 'name2', true],
      ['_', '', false],
      ['姓名', '姓名', false],
      ['姓名\u3000', '姓名', false],
      ['ÉTAT', 'état', false],
      ['État', 'etat', true],
    ];
    for (const [a, b, different] of cases) assert.equal(differentName(a, b), different, `${a} / ${b}`);
  });
});
