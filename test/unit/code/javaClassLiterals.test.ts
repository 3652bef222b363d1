import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/java';
import { javaExtractor } from '../../../src/core/scan/code/java.js';
import { rewriteClassLiterals } from '../../../src/core/scan/code/javaClassLiterals.js';
import { scanText } from '../../../src/core/scan/index.js';
import { lines } from './helpers.js';

function errorCount(text: string): number {
  let errors = 0;
  parser.parse(text).iterate({
    enter(node) {
      if (node.type.isError) errors++;
    },
  });
  return errors;
}

describe('rewriteClassLiterals: the text the Java parser sees', () => {
  const rewritten: readonly (readonly [string, string])[] = [
    [
      '@MapperScan(annotationClass = Mapper.class) class A {}',
      '@MapperScan(annotationClass = Mapper.this ) class A {}',
    ],
    [
      'class A { void f() { register(Codes.class, 1); } }',
      'class A { void f() { register(Codes.this , 1); } }',
    ],
    [
      '@interface D { Class<?> c() default Base.class; }',
      '@interface D { Class<?> c() default Base.this ; }',
    ],
  ];
  for (const [text, expected] of rewritten) {
    it(`rewrites ${text.slice(0, 40)}…, keeping every offset`, () => {
      const out = rewriteClassLiterals(text);
      assert.equal(out, expected);
      assert.equal(out.length, text.length);
      assert.ok(errorCount(text) > 0, 'the original needs error recovery');
      assert.equal(errorCount(out), 0);
    });
  }
  for (const text of [
    'class A { Object o = int.class; }',
    'class A { String s = user.className; }',
    'class A { List<String> c = x.classes; }',
  ]) {
    it(`leaves ${text} unchanged`, () => {
      assert.equal(rewriteClassLiterals(text), text);
    });
  }

  it('a class whose annotations hold class literals parses and keeps its fields', () => {
    const text = lines(
      '@JsonSerialize(using = EnumSerializer.class, nullsUsing = EnumSerializer.class)',
      'public class EmployeeVO {',
      '    /** 手机号 */',
      '    private String phone;',
      '}',
    );
    const result = scanText(text, { path: 'EmployeeVO.java' });
    assert.equal(result.parseError, undefined);
    assert.equal(result.extractor, javaExtractor.id);
    assert.deepEqual(
      result.findings.map((f) => [f.field, f.owner, f.category]),
      [['phone', 'EmployeeVO', 'contact']],
    );
  });

  it('a finder named for its argument is not a property usage; a getter still is', () => {
    const text = lines(
      'class EmployeeService {',
      '  void f() { employeeDao.getByPhone(phone); employee.getPhone(); }',
      '}',
    );
    const found = scanText(text, { path: 'EmployeeService.java' }).findings.map((f) => f.field);
    assert.deepEqual(found, ['Phone']);
  });
});
