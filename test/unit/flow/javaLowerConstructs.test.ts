// Constructs the Java token lowering (flow/lang/javaLower.ts) once left to Lezer and now lowers
// as the Lezer adapter (flow/lang/java.ts) does, each found by counting the real files it
// declined: the same form as the walk reads it, the same flows, and beside each a negative (what
// the construct must not become, or a variant still left to Lezer).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeFlows } from '../../../src/core/flow/index.js';
import type { Stmt } from '../../../src/core/flow/ir.js';
import { flat, flowsOf, PATH, reference, tokens } from '../../support/javaLowerCompare.js';

const wrap = (body: string): string => `class A {\n    void f(Member u) {\n        ${body}\n    }\n}\n`;

/** Lowered from tokens, with Lezer's form and flows. */
function sameAsLezer(text: string): Stmt[] {
  const lowered = tokens(text);
  assert.ok(lowered, 'the lowering accepts the text');
  assert.deepEqual(flat(lowered), flat(reference(text)));
  assert.equal(flowsOf(text, false), flowsOf(text, true));
  return lowered;
}

/** Whether the form declares a variable `name` anywhere. */
function declares(body: readonly Stmt[], name: string): boolean {
  return JSON.stringify(body).includes(`"name":"${name}","declare":true`);
}

const callees = (text: string): string[] => analyzeFlows(text, PATH).map((f) => f.sink.callee);

describe('constructs lowered from tokens as the Lezer adapter lowers them', () => {
  test('an annotated package declaration (package-info.java) is nothing', () => {
    assert.deepEqual(sameAsLezer('@NullMarked\n@Deprecated(since = "1")\npackage run.halo;\n'), []);
  });

  test('NEG an annotation before a class is the class modifier, not a package', () => {
    const text = '@Service\nclass A {\n    void f(Member u) { log.info(u.getMobile()); }\n}\n';
    assert.ok(JSON.stringify(sameAsLezer(text)).includes('"name":"f"'));
    assert.deepEqual(callees(text), ['log.info']);
  });

  test('generic method calls keep the callee and receiver of the plain call', () => {
    const text = wrap(
      'log.info(Util.<String>id(u.getMobile()));\n        Mono.<Void>empty().<R>then(this.<E>g(u.getIdCard()));',
    );
    sameAsLezer(text);
    assert.deepEqual(callees(text), ['log.info']);
  });

  test('NEG a generic method name without its call is left to Lezer', () => {
    const text = wrap('Object m = Util.<String>id;\n        log.info(u.getMobile());');
    assert.equal(tokens(text), undefined);
    assert.equal(flowsOf(text, false), flowsOf(text, true));
  });

  test('try with resources: each value as a statement, then the block, catches and finally', () => {
    const text = wrap(
      'try (final var w = open(u.getMobile()); Foo.Bar<X> b = new B(w); this.r; q) { w.write(u.getMobile()); }\n' +
        '        catch (IOException e) { log.error("x", e); } finally { close(); }',
    );
    sameAsLezer(text);
  });

  test('NEG a resource declares no variable (Lezer reads none), so its value does not flow through it', () => {
    const text = wrap('try (var w = u.getMobile()) { log.info(w); }');
    assert.equal(declares(sameAsLezer(text), 'w'), false);
    assert.deepEqual(callees(text), []);
  });

  test('interface constants: each value as a statement, arrays element by element', () => {
    const text =
      'public interface Keys extends Base {\n    String USER = "user::id:" + x(), OTHER = "b";\n' +
      '    String[] ARR = {"a", y(), {z + "q"}};\n    Sorter DEF = new Sorter() { void f(Member u) { log.info(u.getMobile()); } };\n' +
      '    default void ping(String mobile) { log.info(mobile); }\n}\n';
    sameAsLezer(text);
    assert.deepEqual(callees(text), ['log.info', 'log.info']);
  });

  test('NEG an interface constant declares no variable', () => {
    assert.equal(declares(sameAsLezer('interface A {\n    String PHONE = "phone";\n}\n'), 'PHONE'), false);
  });

  test('annotation types: defaults and constants as statements, member types, annotations nothing', () => {
    const text =
      '@Retention(RUNTIME) public @interface Log {\n    String value() default "" + X;\n' +
      '    String[] names() default {"a", "b"};\n    Class<?> k() default Foo.class;\n' +
      '    Nested[] v() default {@Nested(a = 1), @Nested};\n    String C = "x" + y();\n' +
      '    enum Kind { A, B }\n}\n' +
      'class Holder {\n    public @interface Create {}\n    void f(Member u) { log.info(u.getMobile()); }\n}\n';
    sameAsLezer(text);
    assert.deepEqual(callees(text), ['log.info']);
  });

  test('NEG an annotation type element with dimensions after its parentheses is left to Lezer', () => {
    const text = '@interface Masked {\n    String value()[] default {};\n}\n';
    assert.equal(tokens(text), undefined);
  });

  test('switch with `:` labels, do, synchronized and assert', () => {
    const text = wrap(
      'switch (u.getKind()) { case 1: case 2, 3: log.info(u.getMobile()); break; case FOO: { z(u); } default: q(); }\n' +
        '        do { h(u.getIdCard()); } while (it.next());\n' +
        '        synchronized (this.lock) { log.info(u.getRealName()); }\n' +
        '        assert u != null : "msg" + u.getMobile();',
    );
    sameAsLezer(text);
    assert.deepEqual(callees(text), ['log.info', 'log.info']);
  });

  test('NEG a switch with arrow rules and a synchronized method modifier stay what they were', () => {
    assert.equal(tokens(wrap('switch (k) { case 1 -> log.info(u.getMobile()); default -> {} }')), undefined);
    sameAsLezer('class A {\n    synchronized void f(Member u) { log.info(u.getMobile()); }\n}\n');
  });

  test('array constructor references are method references (literals)', () => {
    const text = wrap('String[] a = list.toArray(String[]::new);\n        int[][] b = s.map(int[][]::new);');
    sameAsLezer(text);
  });

  test('NEG an index is still an index, and a qualified array type reference is left to Lezer', () => {
    sameAsLezer(wrap('log.info(names[0] + u.getMobile());'));
    assert.equal(tokens(wrap('Object m = s.map(java.lang.String[]::new);')), undefined);
  });
});
