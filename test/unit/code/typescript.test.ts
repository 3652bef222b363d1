import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typescriptExtractor } from '../../../src/core/scan/code/typescript.js';
import { declarations, extractFlat, lines, usages } from './helpers.js';

const ts = (text: string, path = 'model.ts') => extractFlat(typescriptExtractor, text, path);

describe('typescript extractor: classes and types', () => {
  it('reads TypeORM columns with Javadoc, comment, column name and trailing comment', () => {
    const text = lines(
      '/** 用户 */',
      "@Entity('t_user')",
      'export class User {',
      '  /** 主键 */',
      '  @PrimaryGeneratedColumn() id: number;',
      "  @Column({ comment: '身份证号', name: 'sfzh' })",
      '  idCard!: string; // 证件',
      "  @Column('varchar', { length: 11 })",
      '  private phone?: string;',
      '  emailEnabled = false;',
      '  onSave: () => void;',
      '  format = () => 1;',
      '}',
    );
    assert.deepEqual(declarations(ts(text)), [
      { at: '4:28-30', name: 'id', owner: 'User', type: 'number', comment: '主键' },
      { at: '5:36-40', name: 'sfzh', owner: 'User', type: 'string', comment: '证件; 身份证号' },
      { at: '6:2-8', name: 'idCard', owner: 'User', type: 'string', comment: '证件; 身份证号' },
      { at: '8:10-15', name: 'phone', owner: 'User', type: 'string' },
      { at: '9:2-14', name: 'emailEnabled', owner: 'User' },
    ]);
  });

  it('takes the column type from the decorator when there is no annotation (JavaScript)', () => {
    const text = lines(
      'class Member {',
      "  @Column({ type: 'varchar', comment: '手机号' })",
      '  mobile;',
      '}',
    );
    assert.deepEqual(ts(text, 'member.js'), [
      { at: '2:2-8', name: 'mobile', owner: 'Member', type: 'varchar', comment: '手机号' },
    ]);
  });

  it('skips static members and initialised CONSTANT_CASE properties: the class’s constants', () => {
    const text = lines(
      'export class Member {',
      "  static readonly USER_PHONE = '/api/user/phone';",
      '  static phoneCache = new Map<string, string>();',
      "  readonly EMAIL_KEY = 'email';",
      '  ID_CARD: string;',
      '  phone: string;',
      '}',
    );
    assert.deepEqual(
      declarations(ts(text)).map((d) => d.name),
      ['ID_CARD', 'phone'],
    );
  });

  it('reads constructor parameter properties but not plain parameters', () => {
    const text = 'class A { constructor(private readonly email: string, plain: string) {} }';
    assert.deepEqual(ts(text), [{ at: '0:39-44', name: 'email', owner: 'A', type: 'string' }]);
  });

  it('reads interfaces, type aliases, nested object types and quoted keys', () => {
    const text = lines(
      'interface Customer {',
      '  // 客户姓名',
      '  name: string;',
      "  'id-card'?: string;",
      '  address: { city: string };',
      '  greet(): void;',
      '}',
      'type Guest = { mobile: string };',
      'function f(u: { phone: string }) {}',
    );
    assert.deepEqual(ts(text), [
      { at: '2:2-6', name: 'name', owner: 'Customer', type: 'string', comment: '客户姓名' },
      { at: '3:3-10', name: 'id-card', owner: 'Customer', type: 'string' },
      { at: '4:2-9', name: 'address', owner: 'Customer', type: '{ city: string }' },
      { at: '4:13-17', name: 'city', owner: 'address', type: 'string' },
      { at: '7:15-21', name: 'mobile', owner: 'Guest', type: 'string' },
      { at: '8:16-21', name: 'phone', owner: 'u', type: 'string' },
    ]);
  });

  it('reads a default-exported interface after a shorthand module declaration', () => {
    const text = lines(
      "declare module 'untyped-lib';",
      'export default interface Patient {',
      '  phone?: string',
      '}',
    );
    assert.deepEqual(declarations(ts(text)), [
      { at: '2:2-7', name: 'phone', owner: 'Patient', type: 'string' },
    ]);
    // Without a body, the module declaration holds no fields of its own.
    assert.deepEqual(declarations(ts("declare module 'untyped-lib';")), []);
  });

  it('does not take the previous line’s trailing comment as a leading comment', () => {
    const text = lines(
      'interface P {',
      '  phone: string; // 手机号',
      '  email: string;',
      '',
      '  // 地址',
      '',
      '  addr: string;',
      '}',
    );
    assert.deepEqual(
      ts(text).map((f) => [f.name, f.comment]),
      [
        ['phone', '手机号'],
        ['email', undefined],
        ['addr', undefined],
      ],
    );
  });
});

describe('typescript extractor: object-literal schemas', () => {
  it('reads Mongoose schemas with options, arrays and sub-documents', () => {
    const text = lines(
      'const CustomerSchema = new mongoose.Schema({',
      "  realName: { type: String, required: true, description: '真实姓名' },",
      '  birthday: Date,',
      '  address: {',
      '    city: String,',
      '  },',
      '  cards: [{ cardNo: String }],',
      '  tags: [String],',
      '});',
    );
    assert.deepEqual(ts(text, 'customer.js'), [
      { at: '1:2-10', name: 'realName', owner: 'Customer', type: 'String', comment: '真实姓名' },
      { at: '2:2-10', name: 'birthday', owner: 'Customer', type: 'Date' },
      { at: '3:2-9', name: 'address', owner: 'Customer' },
      { at: '4:4-8', name: 'city', owner: 'address', type: 'String' },
      { at: '6:2-7', name: 'cards', owner: 'Customer', type: '[{ cardNo: String }]' },
      { at: '6:12-18', name: 'cardNo', owner: 'cards', type: 'String' },
      { at: '7:2-6', name: 'tags', owner: 'Customer', type: '[String]' },
    ]);
  });

  it('drops the technical Schema suffix from the owner', () => {
    const text =
      'const user_schema = z.object({ a: z.string() });\nconst Schema = z.object({ b: z.string() });';
    assert.deepEqual(
      ts(text).map((f) => f.owner),
      ['user', 'Schema'],
    );
  });

  it('names the owner of an inline schema after the model', () => {
    const text = "mongoose.model('Person', new Schema({ xm: String }));";
    assert.deepEqual(ts(text, 'a.js'), [{ at: '0:38-40', name: 'xm', owner: 'Person', type: 'String' }]);
  });

  it('names a schema held in a bare `schema` variable after the model it is registered as', () => {
    const text = lines(
      'const schema = new mongoose.Schema({ phone: String });',
      "module.exports = mongoose.model('Patron', schema);",
      'const accountSchema = new Schema({ iban: String });',
      "mongoose.model('Ledger', accountSchema);",
    );
    // A variable that names its record keeps that name; only a bare `schema` takes the model's.
    assert.deepEqual(
      ts(text, 'a.js').map((f) => f.owner),
      ['Patron', 'account'],
    );
    // Not registered in the file: the variable's name stays the owner.
    assert.deepEqual(
      ts('const schema = new Schema({ phone: String });', 'b.js').map((f) => f.owner),
      ['schema'],
    );
  });

  it('reads Sequelize define and init attribute maps with comment and field', () => {
    const text = lines(
      "sequelize.define('Patient', {",
      "  hzxm: { type: DataTypes.STRING(32), comment: '患者姓名', field: 'hz_xm' },",
      '  status: DataTypes.STRING,',
      '});',
      'Store.init({ storePhone: DataTypes.STRING }, { sequelize });',
    );
    assert.deepEqual(ts(text), [
      { at: '1:2-6', name: 'hzxm', owner: 'Patient', type: 'DataTypes.STRING(32)', comment: '患者姓名' },
      { at: '2:2-8', name: 'status', owner: 'Patient', type: 'DataTypes.STRING' },
      { at: '4:13-23', name: 'storePhone', owner: 'Store', type: 'DataTypes.STRING' },
    ]);
  });

  it('reports a Sequelize field alias that names the column differently', () => {
    const text =
      "sequelize.define('Patient', { medicalRecordNo: { type: DataTypes.STRING, field: 'blh' } });";
    assert.deepEqual(
      ts(text).map((f) => [f.at, f.name]),
      [
        ['0:30-45', 'medicalRecordNo'],
        ['0:81-84', 'blh'],
      ],
    );
  });

  it('reads zod schemas with describe(), nesting and arrays of objects', () => {
    const text = lines(
      'export const Register = z.object({',
      "  userName: z.string().min(2).describe('登录账号'),",
      '  contact: z.object({ phone: z.string() }),',
      '  kids: z.array(z.object({ age: z.number() })),',
      '  ok: z.boolean(),',
      '});',
    );
    assert.deepEqual(ts(text), [
      { at: '1:2-10', name: 'userName', owner: 'Register', type: 'z.string()', comment: '登录账号' },
      { at: '2:2-9', name: 'contact', owner: 'Register', type: 'z.object({ phone: z.string() })' },
      { at: '2:22-27', name: 'phone', owner: 'contact', type: 'z.string()' },
      { at: '3:2-6', name: 'kids', owner: 'Register', type: 'z.array(z.object({ age: z.number() }))' },
      { at: '3:27-30', name: 'age', owner: 'kids', type: 'z.number()' },
      { at: '4:2-4', name: 'ok', owner: 'Register', type: 'z.boolean()' },
    ]);
  });

  it('leaves ordinary object literals alone', () => {
    assert.deepEqual(declarations(ts("const payload = { phone: '138****5678', name: 'x' };")), []);
  });
});

describe('typescript extractor: usages and failures', () => {
  it('reports property accesses as usages with the receiver as owner', () => {
    const text = lines(
      'class Svc {',
      '  run() { return this.phone + user.idCard + req.user.email + user?.name; }',
      '}',
      'console.log(Math.PI); user.save();',
    );
    assert.deepEqual(usages(ts(text)), [
      { at: '1:22-27', name: 'phone', role: 'usage', owner: 'Svc' },
      { at: '1:35-41', name: 'idCard', role: 'usage', owner: 'user' },
      { at: '1:48-52', name: 'user', role: 'usage', owner: 'req' },
      { at: '1:53-58', name: 'email', role: 'usage', owner: 'user' },
      { at: '1:67-71', name: 'name', role: 'usage', owner: 'user' },
    ]);
  });

  it('skips only a call’s own callee, read by the fast reader as by Lezer', () => {
    const text = lines(
      'const a = user.get(order.phone)(card.idNo);',
      'const c = (form.mobile)(x) + wrap(row.name).bank.card();',
      '@Column(user.idCard) class K { @Col() addr = this.addr2; }',
    );
    const expected = ['order.phone', 'card.idNo', 'form.mobile', 'row.name', 'K.addr2'];
    for (const path of ['calls.ts', 'calls.tsx']) {
      assert.deepEqual(
        usages(ts(text, path)).map((u) => `${u.owner}.${u.name}`),
        expected,
        path,
      );
    }
  });

  it('does not take a constant of a class or enum for a field; a variable’s upper-case key still is one', () => {
    const text = lines(
      'const id = req[SecurityConstants.USER_ID] ?? log(LoginType.ACCOUNT_PASSWORD);',
      'const card = row.ID_CARD + Keys.userPhone;',
    );
    assert.deepEqual(
      usages(ts(text)).map((u) => `${u.owner}.${u.name}`),
      ['row.ID_CARD', 'Keys.userPhone'],
    );
  });

  it('treats this.x assignments in a constructor as declarations unless already declared', () => {
    const text = lines(
      'class Member {',
      '  phone;',
      '  constructor(name, phone) {',
      '    this.realName = name; // 真实姓名',
      '    this.phone = phone;',
      '  }',
      '  rename(n) { this.realName = n; }',
      '}',
    );
    assert.deepEqual(ts(text, 'member.js'), [
      { at: '1:2-7', name: 'phone', owner: 'Member' },
      { at: '3:9-17', name: 'realName', owner: 'Member', comment: '真实姓名' },
      { at: '4:9-14', name: 'phone', role: 'usage', owner: 'Member' },
      { at: '6:19-27', name: 'realName', role: 'usage', owner: 'Member' },
    ]);
  });

  it('parses TSX and JSX dialects', () => {
    assert.deepEqual(
      ts('const A = (p: { phone: string }) => <div>{p.phone}</div>;', 'a.tsx').map((f) => f.name),
      ['phone', 'phone'],
    );
    assert.deepEqual(
      ts('const A = () => <b>{user.email}</b>;', 'a.jsx').map((f) => f.name),
      ['email'],
    );
  });

  it('returns an error instead of throwing when nothing parses', () => {
    const result = typescriptExtractor.extract('}}} ))) @@@ ::: <<<', { path: 'broken.ts' });
    if (result.ok) assert.fail('no error');
    assert.match(result.error, /^syntax error at 1:\d+$/);
  });

  it('keeps what it found in a partly broken file', () => {
    const result = typescriptExtractor.extract('interface A { phone: string }\n}}} broken (((', {
      path: 'a.ts',
    });
    if (!result.ok) assert.fail(result.error);
    assert.deepEqual(
      result.fields.map((f) => f.name),
      ['phone'],
    );
  });

  it('dispatches by extension and language id', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['a.ts', undefined, true],
      ['a.tsx', undefined, true],
      ['a.mjs', undefined, true],
      ['untitled', 'typescriptreact', true],
      ['untitled', 'javascript', true],
      ['a.py', undefined, false],
      ['a.json', 'json', false],
    ];
    for (const [path, languageId, expected] of cases) {
      assert.equal(
        typescriptExtractor.handles(languageId ? { path, languageId } : { path }),
        expected,
        `${path} ${languageId ?? ''}`,
      );
    }
  });
});
