import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { javaExtractor, javaReference } from '../../../src/core/scan/code/java.js';
import { mybatisExtractor } from '../../../src/core/scan/code/mybatis.js';
import { scanText } from '../../../src/core/scan/index.js';
import { declarations, extractFlat, lines, usages } from './helpers.js';

const java = (text: string) => extractFlat(javaExtractor, text, 'User.java');

describe('java extractor', () => {
  it('reads JPA/Lombok fields with Javadoc, @Column names, Swagger and OpenAPI descriptions', () => {
    const text = lines(
      '@Data @Entity',
      'public class UserInfo {',
      '    private static final long serialVersionUID = 1L;',
      '    /** 身份证号 */',
      '    @Column(name = "sfzh", length = 18)',
      '    private String idCard; // 证件',
      '    @ApiModelProperty("家庭住址")',
      '    private String jtzz;',
      '    @ApiModelProperty(value = "手机号", example = "138****5678")',
      '    private String lxdh;',
      '    @Schema(description = "出生日期")',
      '    private LocalDate csrq;',
      '    @ExcelProperty({"姓名"})',
      '    private String xm, bm;',
      '}',
    );
    assert.deepEqual(java(text), [
      { at: '4:20-24', name: 'sfzh', owner: 'UserInfo', type: 'String', comment: '身份证号; 证件' },
      { at: '5:19-25', name: 'idCard', owner: 'UserInfo', type: 'String', comment: '身份证号; 证件' },
      { at: '7:19-23', name: 'jtzz', owner: 'UserInfo', type: 'String', comment: '家庭住址' },
      { at: '9:19-23', name: 'lxdh', owner: 'UserInfo', type: 'String', comment: '手机号' },
      { at: '11:22-26', name: 'csrq', owner: 'UserInfo', type: 'LocalDate', comment: '出生日期' },
      { at: '13:19-21', name: 'xm', owner: 'UserInfo', type: 'String', comment: '姓名' },
      { at: '13:23-25', name: 'bm', owner: 'UserInfo', type: 'String', comment: '姓名' },
    ]);
  });

  it('reads a column name quoted for the database without its quotes', () => {
    const text = lines(
      'public class Member {',
      '    @Column(name = "`mobile`")',
      '    private String tel;',
      '    @Column(name = "\\"addr\\"")',
      '    private String home;',
      '    @Column(name = "user_name")',
      '    private String name;',
      '}',
    );
    assert.deepEqual(
      java(text).map((f) => [f.name, f.at]),
      [
        ['mobile', '1:21-27'],
        ['tel', '2:19-22'],
        ['addr', '3:22-26'],
        ['home', '4:19-23'],
        ['user_name', '5:20-29'],
        ['name', '6:19-23'],
      ],
    );
  });

  it('reads the key column of a relation and Jackson aliases as stored names', () => {
    const text = lines(
      'public class Visit {',
      '    @ManyToOne @JoinColumn(name = "patient_id")',
      '    private Patient patient;',
      '    @JsonAlias("mobile_phone")',
      '    private String tel;',
      '    @JoinTable(name = "visit_tags")',
      '    private List<Tag> tags;',
      '}',
    );
    // `@JoinTable` names a table, not a column of this record: no alias from it.
    assert.deepEqual(
      java(text).map((f) => f.name),
      ['patient_id', 'patient', 'mobile_phone', 'tel', 'tags'],
    );
  });

  it('reads record components and generic types', () => {
    const text =
      'public record Address(@Schema(description = "省份") String province, List<String> lines) {}';
    assert.deepEqual(java(text), [
      { at: '0:57-65', name: 'province', owner: 'Address', type: 'String', comment: '省份' },
      { at: '0:80-85', name: 'lines', owner: 'Address', type: 'List<String>' },
    ]);
  });

  it("reads a record's Javadoc @param tags as its components' descriptions, in both readers", () => {
    const text = lines(
      '/**',
      ' * 会员.',
      ' *',
      ' * @param name 姓名',
      ' * @param phone the telephone number',
      ' * @param <T> the payload',
      ' * @author someone',
      ' */',
      '@Schema(description = "会员") public record Member<T>(String name, String phone, T payload) {}',
      '/** @param name 商品名 */',
      "// a line comment between: the Javadoc is not the record's",
      'record Goods(String name) {}',
      '/** @param code 编码 */',
      'class Plain { String code; }',
    );
    const expected = [
      { at: '8:59-63', name: 'name', owner: 'Member', type: 'String', comment: '姓名' },
      { at: '8:72-77', name: 'phone', owner: 'Member', type: 'String', comment: 'the telephone number' },
      { at: '8:81-88', name: 'payload', owner: 'Member', type: 'T' },
      { at: '11:20-24', name: 'name', owner: 'Goods', type: 'String' },
      { at: '13:21-25', name: 'code', owner: 'Plain', type: 'String' },
    ];
    assert.deepEqual(declarations(java(text)), expected);
    assert.deepEqual(declarations(extractFlat(javaReference, text, 'User.java')), expected);
  });

  it("reads a record's edited Javadoc after an edit, though the record itself is taken over", () => {
    const doc = (tag: string) =>
      lines('/**', ` * @param phone ${tag}`, ' * @author someone', ' */', 'record R(String phone) {}');
    const first = javaExtractor.extract(doc('手机号'), { path: 'R.java' });
    const memo = first.ok ? first.memo : undefined;
    const again = javaExtractor.extract(doc('联系电话'), { path: 'R.java' }, memo);
    assert.equal(again.ok && again.fields.find((f) => f.name === 'phone')?.comment, '联系电话');
  });

  it('reports field accesses and bean accessors as usages', () => {
    const text = lines(
      'class S {',
      '  String f(User user) { return user.getIdCard() + user.phone + this.name + user.save(); }',
      '}',
    );
    assert.deepEqual(usages(java(text)), [
      { at: '1:39-45', name: 'IdCard', role: 'usage', owner: 'user' },
      { at: '1:55-60', name: 'phone', role: 'usage', owner: 'user' },
      { at: '1:68-72', name: 'name', role: 'usage', owner: 'S' },
    ]);
  });

  it('ignores imports, packages and constants', () => {
    const text = lines(
      'package com.x.user;',
      'import com.x.user.Phone;',
      'class A { static final String PHONE = "x"; }',
    );
    assert.deepEqual(declarations(java(text)), []);
    assert.deepEqual(usages(java(text)), []);
  });

  it('returns an error instead of throwing when nothing parses', () => {
    assert.equal(javaExtractor.extract('}}}} ((( @@@ ;;; <<<', { path: 'A.java' }).ok, false);
  });
});

describe('mybatis extractor', () => {
  const mapper = lines(
    '<mapper namespace="com.x.UserMapper">',
    '  <resultMap id="Base" type="com.x.entity.User">',
    '    <!-- 身份证号 -->',
    '    <result column="sfzh" property="idCard" jdbcType="VARCHAR"/>',
    '    <result column="phone" property="phone"/> <!-- 手机 -->',
    '    <association property="company" javaType="com.x.Company">',
    '      <result column="company_name" property="name"/>',
    '    </association>',
    '  </resultMap>',
    '  <select id="q">select * from t where sfzh = #{idCard} and x = ${user.phone}</select>',
    '</mapper>',
  );

  it('reads result maps with properties, columns, types, owners and comments', () => {
    assert.deepEqual(declarations(extractFlat(mybatisExtractor, mapper, 'UserMapper.xml')), [
      { at: '3:20-24', name: 'sfzh', owner: 'User', type: 'VARCHAR', comment: '身份证号' },
      { at: '3:36-42', name: 'idCard', owner: 'User', type: 'VARCHAR', comment: '身份证号' },
      { at: '4:37-42', name: 'phone', owner: 'User', comment: '手机' },
      { at: '5:27-34', name: 'company', owner: 'User', type: 'com.x.Company' },
      { at: '6:22-34', name: 'company_name', owner: 'Company' },
      { at: '6:46-50', name: 'name', owner: 'Company' },
    ]);
  });

  it('reports statement parameters as usages', () => {
    assert.deepEqual(usages(extractFlat(mybatisExtractor, mapper, 'UserMapper.xml')), [
      { at: '9:48-54', name: 'idCard', role: 'usage' },
      { at: '9:71-76', name: 'phone', role: 'usage', owner: 'user' },
    ]);
  });

  it('claims only mapper files and declines other XML', () => {
    assert.equal(mybatisExtractor.handles({ path: 'src/main/resources/mapper/UserMapper.xml' }), true);
    assert.equal(mybatisExtractor.handles({ path: 'mybatis/user.xml' }), true);
    assert.equal(mybatisExtractor.handles({ path: 'pom.xml', languageId: 'xml' }), false);
    const result = mybatisExtractor.extract('<project><name>x</name></project>', { path: 'FooMapper.xml' });
    assert.equal(result.ok, false);
    // Declined, not broken: the generic scan reads it and no parse error is reported.
    assert.equal(result.notApplicable, true);
    const config = scanText('<configuration><settings/></configuration>', {
      path: 'mybatis/mybatis-config.xml',
    });
    assert.equal(config.parseError, undefined);
  });
});
