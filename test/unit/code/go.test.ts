import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bridgeLineEndBooleans, goExtractor } from '../../../src/core/scan/code/go.js';
import { parseTag } from '../../../src/core/scan/code/goTags.js';
import { declarations, extractFlat, lines, usages } from './helpers.js';

const go = (text: string) => extractFlat(goExtractor, text, 'user.go');

describe('go extractor', () => {
  it('reads struct fields with types, comments and gorm column/comment tags', () => {
    const text = lines(
      'package model',
      '// User 用户',
      'type User struct {',
      '\t// 身份证号',
      '\tIDCard string `json:"id_card" gorm:"column:sfzh;comment:证件号码"`',
      '\tName, Phone string // 联系人',
      '\tAddr *Address `db:"jtzz"`',
      '\tMeta struct {',
      '\t\tEmail string',
      '\t}',
      '\tgorm.Model',
      '}',
    );
    assert.deepEqual(declarations(go(text)), [
      { at: '4:1-7', name: 'IDCard', owner: 'User', type: 'string', comment: '身份证号; 证件号码' },
      { at: '4:44-48', name: 'sfzh', owner: 'User', type: 'string', comment: '身份证号; 证件号码' },
      { at: '5:1-5', name: 'Name', owner: 'User', type: 'string', comment: '联系人' },
      { at: '5:7-12', name: 'Phone', owner: 'User', type: 'string', comment: '联系人' },
      { at: '6:1-5', name: 'Addr', owner: 'User', type: '*Address' },
      { at: '6:20-24', name: 'jtzz', owner: 'User', type: '*Address' },
      { at: '7:1-5', name: 'Meta', owner: 'User', type: 'struct' },
      { at: '8:2-7', name: 'Email', owner: 'Meta', type: 'string' },
    ]);
  });

  it('types a field of a slice or map of anonymous structs up to the struct body', () => {
    const text = lines(
      'package model',
      'type Reply struct {',
      '\tRows []struct {',
      '\t\tPhone string `json:"phone"`',
      '\t} `json:"rows"`',
      '\tByKey map[string]struct{ Email string }',
      '\tTags []string',
      '}',
    );
    assert.deepEqual(
      declarations(go(text)).map((d) => [d.name, d.owner, d.type]),
      [
        ['Rows', 'Reply', '[]struct'],
        ['Phone', 'Rows', 'string'],
        ['ByKey', 'Reply', 'map[string]struct'],
        ['Email', 'ByKey', 'string'],
        ['Tags', 'Reply', '[]string'],
      ],
    );
  });

  it('reports selectors on variables as usages but not calls', () => {
    const text = lines(
      'package m',
      'func f(u User) string { fmt.Println(u.Phone); return u.IDCard + u.Name() }',
    );
    assert.deepEqual(usages(go(text)), [
      { at: '1:38-43', name: 'Phone', role: 'usage', owner: 'u' },
      { at: '1:55-61', name: 'IDCard', role: 'usage', owner: 'u' },
    ]);
  });

  it('parses tags: names, gorm settings and description keys', () => {
    const tag =
      'json:"id_card,omitempty" gorm:"type:varchar(18);column: sfzh ;comment:身份证号" label:"证件"';
    const info = parseTag(tag);
    assert.deepEqual(info.descriptions, ['身份证号', '证件']);
    assert.deepEqual(
      info.aliases.map((a) => [a.value, tag.slice(a.offset, a.offset + a.value.length)]),
      [
        ['id_card', 'id_card'],
        ['sfzh', 'sfzh'],
      ],
    );
    assert.deepEqual(parseTag('json:"-"').aliases, []);
  });

  it('reads tag pairs past escapes and skips a value left open', () => {
    // `\` before a line break escapes nothing: db's value never closes, and label is read.
    const info = parseTag('json:"a\\"b" label:"说明" db:"open\\\nlabel:"证件"');
    assert.deepEqual(info.descriptions, ['说明', '证件']);
    assert.deepEqual(info.aliases, []);
    const after = parseTag('x:"unclosed db:"phone"');
    assert.deepEqual(after.aliases, []);
    assert.deepEqual(parseTag('-json:"phone" db:"\'mobile\'"').aliases, [
      { value: 'phone', offset: 7 },
      { value: 'mobile', offset: 20 },
    ]);
  });

  it('reads no name from bun and go-pg options written first (rel:, table:)', () => {
    assert.deepEqual(parseTag('bun:"rel:belongs-to,join:user_id=id"').aliases, []);
    assert.deepEqual(parseTag('bun:"table:users,alias:u"').aliases, []);
    const named = parseTag('bun:"id_card,notnull" pg:"\'phone\'"');
    assert.deepEqual(
      named.aliases.map((a) => a.value),
      ['id_card', 'phone'],
    );
  });

  it('reads xorm tags as words: the column is the word that is not a keyword or type', () => {
    const tag = "xorm:\"'sfzh' varchar(18) NOT NULL UNIQUE DEFAULT '' comment('身份证号')\" json:\"idCard\"";
    const info = parseTag(tag);
    assert.deepEqual(info.descriptions, ['身份证号']);
    assert.deepEqual(
      info.aliases.map((a) => [a.value, tag.slice(a.offset, a.offset + a.value.length)]),
      [
        ['sfzh', 'sfzh'],
        ['idCard', 'idCard'],
      ],
    );
    assert.deepEqual(
      parseTag('xorm:"passwd NOT NULL"').aliases.map((a) => a.value),
      ['passwd'],
    );
    // Keywords and SQL types alone name no column.
    assert.deepEqual(parseTag('xorm:"UNIQUE NOT NULL DEFAULT 0 index(idx_u) VARCHAR(64)"').aliases, []);
  });

  it('keeps reading after a statement that ends in true or false', () => {
    const text = lines(
      'package m',
      'func f(u *User) {',
      '\tok = true',
      '\tsend(u.Phone, ok)',
      '}',
      'type User struct {',
      '\tPhone string',
      '}',
    );
    assert.deepEqual(
      go(text).map((f) => `${f.role ?? 'declaration'}:${f.owner ?? ''}.${f.name}`),
      ['usage:u.Phone', 'declaration:User.Phone'],
    );
  });

  it('bridges only booleans that end a line, keeping every offset', () => {
    const text = 'a = true\nb = false // off\nc := istrue\nd := "true" + x\n';
    const out = bridgeLineEndBooleans(text);
    assert.equal(out.length, text.length);
    assert.equal(out, 'a = tru_\nb = fals_ // off\nc := istrue\nd := "true" + x\n');
  });

  it('returns an error instead of throwing when nothing parses', () => {
    assert.equal(goExtractor.extract('}}} ((( :::: @@', { path: 'a.go' }).ok, false);
  });
});
