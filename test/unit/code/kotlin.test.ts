import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kotlinExtractor } from '../../../src/core/scan/code/kotlin.js';
import { declarations, extractFlat, lines, usages } from './helpers.js';

const kt = (text: string) => extractFlat(kotlinExtractor, text, 'Patient.kt');

describe('kotlin extractor', () => {
  it('reads data class constructor properties with KDoc and annotations', () => {
    const text = lines(
      '@Entity',
      'data class Patient(',
      '    /** 患者姓名 */',
      '    val hzxm: String, // 必填',
      '    @Column(name = "sfzh") val idCard: String,',
      '    @field:Schema(description = "联系电话") var lxdh: String? = null,',
      '    val tags: Map<String, List<String>> = emptyMap(),',
      '    plain: String,',
      ') : BaseEntity(), Serializable',
    );
    assert.deepEqual(kt(text), [
      { at: '3:8-12', name: 'hzxm', owner: 'Patient', type: 'String', comment: '患者姓名; 必填' },
      { at: '4:20-24', name: 'sfzh', owner: 'Patient', type: 'String' },
      { at: '4:31-37', name: 'idCard', owner: 'Patient', type: 'String' },
      { at: '5:44-48', name: 'lxdh', owner: 'Patient', type: 'String?', comment: '联系电话' },
      { at: '6:8-12', name: 'tags', owner: 'Patient', type: 'Map<String, List<String>>' },
    ]);
  });

  it("reads the class KDoc's @property and @param tags as its constructor properties' descriptions", () => {
    const text = lines(
      '/**',
      ' * A patient of the clinic, see {@link Clinic}.',
      ' * @property primary the telephone number',
      ' * @param extra 家庭住址',
      ' * @property missing not a property here',
      ' */',
      '@Entity(foreignKeys = [ForeignKey(entity = Clinic::class)])',
      'data class Patient(',
      '  val primary: String,',
      '  /** 备注 */ val extra: String,',
      '  plain: String,',
      ')',
      '/** @property code 编码 */',
      'fun helper() = 1',
      'class Other(val code: String)',
    );
    assert.deepEqual(declarations(kt(text)), [
      { at: '8:6-13', name: 'primary', owner: 'Patient', type: 'String', comment: 'the telephone number' },
      { at: '9:16-21', name: 'extra', owner: 'Patient', type: 'String', comment: '备注; 家庭住址' },
      { at: '14:16-20', name: 'code', owner: 'Other', type: 'String' },
    ]);
  });

  it("reads Moshi's serialised names, on the parameter or its field", () => {
    const text = lines(
      'data class Member(',
      '    @Json(name = "birth_date") val bd: String,',
      '    @field:Json(name = "real_name") val rn: String,',
      '    @JsonClass(generateAdapter = true) val other: String,',
      ')',
    );
    // `@JsonClass` is not `@Json`: its argument names no field.
    assert.deepEqual(
      kt(text).map((f) => f.name),
      ['birth_date', 'bd', 'real_name', 'rn', 'other'],
    );
  });

  it('reads body properties, skipping constants, locals and functions', () => {
    const text = lines(
      'class Member {',
      '    /** 家庭住址 */',
      '    @ApiModelProperty("家庭住址")',
      '    var jtzz: String = ""',
      '    private lateinit var email: String',
      '    val fullName: String',
      '        get() = "$first $last"',
      '    val count = 0',
      '    companion object {',
      '        const val TABLE = "t_member"',
      '    }',
      '    fun f() { val local = user.phone; println(this.jtzz) }',
      '    init { val x = 1 }',
      '}',
    );
    assert.deepEqual(declarations(kt(text)), [
      { at: '3:8-12', name: 'jtzz', owner: 'Member', type: 'String', comment: '家庭住址' },
      { at: '4:25-30', name: 'email', owner: 'Member', type: 'String' },
      { at: '5:8-16', name: 'fullName', owner: 'Member', type: 'String' },
      { at: '7:8-13', name: 'count', owner: 'Member' },
    ]);
    assert.deepEqual(usages(kt(text)), [
      { at: '11:31-36', name: 'phone', role: 'usage', owner: 'user' },
      { at: '11:51-55', name: 'jtzz', role: 'usage', owner: 'Member' },
    ]);
  });

  it('reads nested classes and backquoted names', () => {
    const text = lines(
      'class Outer {',
      '    class Inner(val `id-card`: String)',
      '    val name: String = ""',
      '}',
      'class Store(val phone: String)',
    );
    assert.deepEqual(kt(text), [
      { at: '1:21-28', name: 'id-card', owner: 'Inner', type: 'String' },
      { at: '2:8-12', name: 'name', owner: 'Outer', type: 'String' },
      { at: '4:16-21', name: 'phone', owner: 'Store', type: 'String' },
    ]);
  });

  it('returns errors for unterminated strings, comments and braces', () => {
    for (const text of [
      'class A(val s: String = "open',
      'class A { /* /* nested */',
      'class A { val x = 1',
    ]) {
      assert.equal(kotlinExtractor.extract(text, { path: 'a.kt' }).ok, false, text);
    }
  });
});
