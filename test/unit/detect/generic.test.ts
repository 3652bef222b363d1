import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanGeneric } from '../../../src/core/scan/generic.js';
import type { FieldCandidate } from '../../../src/core/types.js';

function fields(text: string, path = 'a.txt'): FieldCandidate[] {
  return scanGeneric(text, { path });
}

function one(text: string, name: string, path = 'a.txt'): FieldCandidate | undefined {
  return fields(text, path).find((f) => f.name === name);
}

describe('generic scanner: declaration shapes', () => {
  const declarations: [string, string, string, string?][] = [
    ['key: value', 'idCard: string', 'idCard'],
    ['optional key', 'idCard?: string', 'idCard', 'string'],
    ['assignment', 'idCard = "x"', 'idCard'],
    ['Go :=', 'idCard := x', 'idCard'],
    ['SQL column', 'id_card VARCHAR(18) NOT NULL,', 'id_card', 'VARCHAR(18)'],
    ['quoted column', '`id_card` varchar(18),', 'id_card', 'varchar(18)'],
    ['Go struct field', '\tPhone string `json:"phone"`', 'Phone', 'string'],
    ['Java field', 'private String idCard;', 'idCard', 'String'],
    ['Dart nullable', 'final String? mobile;', 'mobile', 'String?'],
    ['C array', 'char name[32];', 'name', 'char'],
    ['C typedef type', 'uint32_t uid;', 'uid', 'uint32_t'],
    ['JSON key', '"idCard": "x",', 'idCard'],
    ['PHP arrow key', "'idCard' => $x,", 'idCard'],
    ['Chinese YAML key', '身份证号: x', '身份证号'],
    ['kebab YAML key', 'id-card: x', 'id-card'],
    ['this.x =', 'this.phone = phone;', 'phone'],
    ['Ruby column helper', 't.string :mobile, limit: 11', 'mobile', 'string'],
    ['Laravel column helper', "$table->string('sfzh', 18);", 'sfzh', 'string'],
    ['properties key', 'spring.datasource.password=x', 'password'],
  ];
  for (const [title, text, name, type] of declarations) {
    it(`${title}: ${text}`, () => {
      const f = one(text, name);
      assert.deepEqual([f?.role, type === undefined ? undefined : f?.declaredType], ['declaration', type]);
    });
  }
});

describe('generic scanner: usages and non-fields', () => {
  it('x.idCard is a usage owned by x', () => {
    const f = one('const s = customer.idCard.slice(-4);', 'idCard');
    assert.deepEqual([f?.role, f?.owner], ['usage', 'customer']);
  });
  it('row["phone"] is a usage owned by row', () => {
    const f = one('v = row["phone"]', 'phone');
    assert.deepEqual([f?.role, f?.owner], ['usage', 'row']);
  });
  const nothing: [string, string][] = [
    ['calls', 'validatePhone(x); sendEmail(a, b);'],
    ['prose', 'The user phone number and the home address are stored.'],
    ['comments', '// phone: the mobile number\n# idCard: x\n-- name VARCHAR'],
    ['strings', 'msg = "phone: x"'],
    ['ternaries', 'a = cond ? phone : email'],
    ['markup attributes', '<input name="realName" placeholder="姓名">'],
    ['markdown prose', '- phone: the mobile number'],
  ];
  for (const [title, text] of nothing) {
    it(`finds no personal field names in ${title}`, () => {
      const names = fields(text, title === 'markdown prose' ? 'README.md' : 'a.txt')
        .filter((f) => f.role === 'declaration')
        .map((f) => f.name);
      assert.ok(
        !names.some((n) => /phone|idcard|name|email|address/i.test(n) && n !== 'msg' && n !== 'a'),
        names.join(','),
      );
    });
  }
  it('reads no stylesheet, nor the style block of a single-file component', () => {
    assert.deepEqual(fields('.login {\n  height: 100%;\n  phone: x;\n}', 'login.scss'), []);
    const vue =
      '<template>\n  <el-input v-model="form.phone" />\n</template>\n<style scoped>\n.avatar {\n  height: 40px;\n}\n</style>\n<script>\nuser.idCard = 1\n</script>';
    assert.deepEqual(
      fields(vue, 'Profile.vue').map((f) => f.name),
      ['idCard'],
    );
    // A file that is not a component keeps every line.
    assert.ok(fields('<style>\nheight: 1\n</style>', 'notes.txt').some((f) => f.name === 'height'));
  });

  it('reads fenced code in markdown', () => {
    assert.equal(one('text\n```yaml\nphone: x\n```', 'phone', 'README.md')?.role, 'declaration');
  });
  it('reads lines of any length: one-line JSON keeps its fields', () => {
    const json = `{"id_card": 1, "pad": "${'x'.repeat(4100)}", "mobile": 2}`;
    assert.deepEqual(
      fields(json, 'w.json').map((f) => f.name),
      ['id_card', 'pad', 'mobile'],
    );
    assert.deepEqual(fields(`${'x '.repeat(5000)}phone`).length, 0); // prose, however long
  });
  it('reads one-line JSON nested 50,000 deep: the innermost key is still found', () => {
    const n = 50_000;
    for (const json of [
      `${'['.repeat(n)}{"id_card":1}${']'.repeat(n)}`,
      `${'{"a":'.repeat(n)}{"id_card":1}${'}'.repeat(n)}`,
    ])
      assert.ok(
        fields(json, 'deep.json').some((f) => f.name === 'id_card'),
        json.slice(0, 20),
      );
    // Negative: the same nesting without the key finds no id_card.
    assert.ok(
      !fields(`${'['.repeat(n)}{"note":1}${']'.repeat(n)}`, 'deep.json').some((f) => f.name === 'id_card'),
    );
  });
});

describe('generic scanner: owners', () => {
  const owners: [string, string, string, string][] = [
    ['class block', 'class User {\n  phone: string\n}', 'phone', 'User'],
    ['object key', 'const store = {\n  phone: "x",\n}', 'phone', 'store'],
    ['YAML parent', 'user:\n  phone: x\nstore:\n  phone: y', 'phone', 'user'],
    ['CREATE TABLE', 'CREATE TABLE t_user (\n  phone VARCHAR(11)\n);', 'phone', 't_user'],
    ['TOML section', '[database]\npassword = "x"', 'password', 'database'],
    ['case class', 'case class Customer(\n  mobile: String\n)', 'mobile', 'Customer'],
    ['JSON array of objects', '{ "users": [\n {\n "mobile": "x"\n }\n ] }', 'mobile', 'users'],
    ['Ruby block', 'create_table :customers do |t|\n  t.string :mobile\nend', 'mobile', 'customers'],
  ];
  for (const [title, text, name, owner] of owners) {
    it(title, () => {
      const path = title === 'Ruby block' ? 'm.rb' : title === 'TOML section' ? 'a.toml' : 'a.txt';
      assert.equal(one(text, name, path)?.owner, owner);
    });
  }
  it('closes YAML parents on dedent', () => {
    const found = fields('user:\n  phone: x\nstore:\n  phone: y', 'a.yaml').filter((f) => f.name === 'phone');
    assert.deepEqual(
      found.map((f) => f.owner),
      ['user', 'store'],
    );
  });
  it('gives a tree branch (children) the owner of the node holding it, not children', () => {
    const menu =
      '[\n  {\n    "name": "Home",\n    "children": [\n      {\n        "name": "Users"\n      }\n    ]\n  }\n]';
    assert.deepEqual(
      fields(menu, 'menu.json')
        .filter((f) => f.name === 'name')
        .map((f) => [f.name, f.owner]),
      [
        ['name', undefined],
        ['name', undefined],
      ],
    );
    const users = '{ "users": [\n {\n "children": [\n {\n "mobile": "x"\n }\n ]\n }\n ] }';
    assert.equal(one(users, 'mobile', 'users.json')?.owner, 'users');
    const yaml = 'menu:\n  children:\n    - name: Users\n';
    assert.equal(one(yaml, 'name', 'menu.yaml')?.owner, 'menu');
    // Any other key still owns its array.
    assert.equal(one('{ "kids": [\n {\n "name": "x"\n }\n ] }', 'name', 'a.json')?.owner, 'kids');
  });
  it('marks ownerless keys of configuration files', () => {
    assert.equal(one('password: x', 'password', 'app.yml')?.ownerComment, 'configuration');
    assert.equal(one('password: x', 'password', 'app.rb')?.ownerComment, undefined);
  });
});

describe('generic scanner: attached comments', () => {
  it('attaches a same-line comment', () => {
    assert.equal(one('xm: string // 姓名', 'xm')?.comment, '姓名');
  });
  it('attaches SQL COMMENT strings', () => {
    assert.match(one("`sfzh` varchar(18) COMMENT '身份证号码',", 'sfzh')?.comment ?? '', /身份证号码/);
  });
  it('attaches the comment block above', () => {
    assert.match(one('/**\n * 手机号\n */\nprivate String sjh;', 'sjh')?.comment ?? '', /手机号/);
  });
  it('attaches a decorator description above', () => {
    assert.match(
      one('@ApiModelProperty("家庭住址")\nprivate String jtzz;', 'jtzz')?.comment ?? '',
      /家庭住址/,
    );
  });
  it('does not attach across a blank line', () => {
    assert.equal(one('// 手机号\n\nother: 1', 'other')?.comment, undefined);
  });
});

describe('generic scanner: dialect from the language id', () => {
  it('reads an untitled YAML document as configuration', () => {
    const f = scanGeneric('password: x', { path: 'Untitled-1', languageId: 'yaml' }).find(
      (c) => c.name === 'password',
    );
    assert.equal(f?.ownerComment, 'configuration');
  });
  it('reads an untitled Markdown document as prose', () => {
    assert.equal(scanGeneric('phone: x', { path: 'Untitled-2', languageId: 'markdown' }).length, 0);
  });
});
