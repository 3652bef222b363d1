import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  attachedComments,
  candidate,
  describeComments,
  guarded,
  handles,
  joinDescriptions,
  joinDescriptionsAfter,
  leadingComments,
  SourceError,
  stemOf,
} from '../../../src/core/scan/kit/index.js';
import { LineIndex } from '../../../src/core/text/lines.js';

describe('extractor kit', () => {
  it('joins description parts one way: "; ", blanks and repeats dropped', () => {
    assert.equal(joinDescriptions(['姓名', undefined, ' ', '姓名', '用户姓名']), '姓名; 用户姓名');
    assert.equal(joinDescriptions(['人员信息表', '人员信息']), '人员信息表');
    assert.equal(joinDescriptions(['title', 'description']), 'title; description');
    assert.equal(joinDescriptions([undefined, '']), undefined);
  });

  it('joins a first part and the rest as joinDescriptions joins them all', () => {
    const cases: [string | undefined, (string | undefined)[], string | undefined][] = [
      ['姓名', [], '姓名'],
      [' 姓名 ', [undefined], '姓名'],
      [undefined, ['证件号', undefined], '证件号'],
      ['用户姓名', ['姓名', '电话'], '用户姓名; 电话'],
      ['姓名', ['用户姓名', '姓名'], '姓名; 用户姓名'],
      ['a', ['b', 'c', 'b; c'], 'a; b; c; b; c'],
      [undefined, [' ', ''], undefined],
    ];
    for (const [first, rest, joined] of cases) {
      assert.equal(joinDescriptionsAfter(first, rest), joined);
      assert.equal(joinDescriptions([first, ...rest]), joined);
    }
  });

  it('handles a source by language id or by the extension the language table gives it', () => {
    const proto = handles({ languageIds: ['proto'] });
    assert.ok(proto({ path: 'a/b.PROTO' }));
    assert.ok(proto({ path: 'untitled', languageId: 'proto' }));
    assert.ok(!proto({ path: 'a/b.proto3' }));
    assert.ok(!proto({ path: 'b.txt', languageId: 'plaintext' }));
    const mapper = handles({ languageIds: [], paths: /mapper[^/]*\.xml$/i });
    assert.ok(mapper({ path: 'res/UserMapper.xml' }));
    assert.ok(!mapper({ path: 'res/pom.xml', languageId: 'xml' }));
  });

  it('guarded: a throw becomes ok: false; a SourceError is placed at line:column', () => {
    const text = 'a\nbc "x';
    const lines = new LineIndex(text);
    const placed = guarded(() => {
      throw new SourceError('unterminated string', 5);
    }, lines);
    assert.deepEqual(placed, { ok: false, error: 'unterminated string at 2:4' });
    const plain = guarded(() => {
      throw new Error('boom');
    }, lines);
    assert.deepEqual(plain, { ok: false, error: 'boom' });
    assert.deepEqual(
      guarded(() => ({ ok: true, fields: [] })),
      { ok: true, fields: [] },
    );
  });

  it('builds candidates with collapsed, non-blank properties only', () => {
    const text = 'x idCard';
    const c = candidate(new LineIndex(text), {
      name: 'idCard',
      from: 2,
      owner: 'User',
      declaredType: ' varchar( 18 )\n',
      comment: '  ',
      ownerComment: '用户\t表',
    });
    assert.deepEqual(c, {
      name: 'idCard',
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } },
      role: 'declaration',
      owner: 'User',
      declaredType: 'varchar( 18 )',
      ownerComment: '用户 表',
    });
    assert.equal('comment' in c, false);
    const quoted = candidate(new LineIndex('"a""b"'), { name: 'a"b', from: 1, length: 4 });
    assert.equal(quoted.range.end.character, 5);
  });

  it('comments above a field: adjacent lines only, never the previous line’s trailing one', () => {
    const text = 'a INT, -- 甲\n-- 乙\n-- 丙\nb INT,\n\n-- 远\n\nc INT';
    const spans = dashSpans(text);
    const at = (name: string) => describeComments(text, leadingComments(text, spans, text.indexOf(name)));
    assert.equal(at('b INT'), '乙; 丙');
    assert.equal(at('c INT'), undefined);
    assert.equal(attachedComments(text, spans, 0, text.indexOf(',')), '甲');
  });

  it('comment lines may hold several comments; one after code trails that code', () => {
    const text = 'a INT, /* 甲 */ /* 乙 */\n/* 丙 */ /* 丁 */\n/* 戊 */ b INT';
    const spans = blockSpans(text);
    const b = text.indexOf('b INT');
    assert.equal(attachedComments(text, spans, b, b + 5), '丙; 丁; 戊');
    assert.equal(attachedComments(text, spans, 0, text.indexOf(',')), '甲; 乙');
    const afterCode = 'x INT /* 甲 */ /* 乙 */\nb INT';
    const c = afterCode.indexOf('b INT');
    assert.equal(attachedComments(afterCode, blockSpans(afterCode), c, c + 5), undefined);
  });

  it('trailing comments: after the declaration on its line, past its `,` or `;`, not past code', () => {
    const text = 'a INT; -- 甲\nb INT -- 乙\nc INT) -- 丙';
    const spans = dashSpans(text);
    const decl = (name: string) => {
      const from = text.indexOf(name);
      return attachedComments(text, spans, from, from + name.length);
    };
    assert.equal(decl('a INT'), '甲');
    assert.equal(decl('b INT'), '乙');
    assert.equal(decl('c INT'), undefined);
  });

  it('stemOf: the file name without folders or its last extension', () => {
    assert.equal(stemOf('db\\users.csv'), 'users');
    assert.equal(stemOf('a/.env'), '.env');
  });
});

function dashSpans(text: string): { from: number; to: number; words: string }[] {
  return [...text.matchAll(/--[^\n]*/g)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
    words: m[0].slice(2),
  }));
}

function blockSpans(text: string): { from: number; to: number }[] {
  return [...text.matchAll(/\/\*.*?\*\//g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}
