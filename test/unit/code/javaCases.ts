/**
 * Hand-written Java for the reader's differential test (javaReader.test.ts): one construct or
 * corner each — comments where Lezer makes them a declaration's type, annotation values of
 * every shape, lambdas, method references, casts that Lezer reads by dynamic precedence,
 * literals, records, enums, `@interface`s, module words — including ones the reader leaves to
 * Lezer. Synthetic names and values only.
 */
export const JAVA_CASES: readonly string[] = ([] = [
  `class A {
  @Column(name = "x") // 说明
  String x;
  private /* c */ int y;
  @Foo("static final") String z;
  @Column(name = "a") @JsonProperty("b") private String p, q;
  String arr[] = {"x", "y"}, to, with;
  private static final String K = "k";
  static String s1; final String s2 = null;
}`,
  `class C { @Id /* a */ @Column // b
  /** c */ String /* d */ x, /* e */ y; List</* f */ String> z; String /* g */ [] w; }`,
  `record Q(@J("n") /* m */ String /* c */ name, String... /* r */ rest) {}`,
  `record R(@JsonProperty("n") String /* c */ name, int age, String... rest) implements Serializable {
  R { this.age = age; }
  static int count;
  public static R of() { return new R("a", 1); }
}`,
  `public @interface Mark { String value() default "x"; int X = 1; int[] codes() default {1, 2}; Class<?> type() default Object.class; }`,
  `interface Api { String NAME = "n"; default int size() { return this.items.size(); } static void f() {} List<String> list(); }`,
  `enum E { A("a") { String extra; void f() { this.extra = "x"; } }, B("b"), ; private final String code; E(String code) { this.code = code; } }`,
  `enum F {}`,
  `enum G { ; }`,
  `enum H { A, }`,
  `class B { void f() { Runnable r = () -> {}; Function<String, Integer> g = s -> s.length(); BiFunction<Integer, Integer, Integer> h = (a, b) -> a + b; Function<String, String> k = (String a) -> a.trim(); Function<String, String> m = (final String a) -> a; Supplier<int[]> n = int[]::new; } }`,
  `class C { void f() { Supplier<String[]> n = String[]::new; Function<String, Integer> p = this::size; Runnable q = super::toString; } }`,
  `class D { void f() { Object o = new Object() { private String secret; public String toString() { return secret; } }.toString(); class Local { String phone; } record L(String idCard) {} } }`,
  `class E2 { String t = """
    text "quoted" block
    """; char a = '\\''; char b = '\\\\'; char c = '\\u0041'; char d = '"'; String e = "a\\"b"; String 姓名; }`,
  `class F2 { void f() { a.b.c.d = e.f.g; this.a.b = 1; Outer.this.x = 2; Inner i = x.new Inner(); Outer.Inner j = new Outer.Inner(); } }`,
  `class G2 { void f() { outer: for (int i = 0; i < 3; i++) { switch (i) { case 1: { break outer; } case Foo.BAR: case 3: continue; default: } } } }`,
  `class H2 { void f(Object o) { if (o instanceof User u && u.phone != null) { u.phone = null; } } }`,
  `class I2 { void f() { Object x = (List<String>) obj; int y = (int) x.y; int z = (a) - b; int w = (A) - b; int v = (int) +c; String s = (String) (Object) u.name; } }`,
  `class I3 { void f() { int z = (a.B) - c; } }`,
  `class J2 { void f() { int[][] m = new int[3][4]; String s = new String[]{"a"}[0]; int[] e = new int[]{}; int[] g = new int[3]; } }`,
  `class K2 { void f() throws IOException { try (in) { } try (this.in) { } try (InputStream a = open(); var b = open()) { } catch (final IOException | RuntimeException e) { } finally { } } }`,
  `@Deprecated
package com.x;`,
  ``,
  `// only a comment`,
  `package a.b;`,
  `import static a.b.*;
import java.util.List;`,
  `class L2 { void f() { List<String> e = Collections.<String>emptyList(); T t = this.<T>foo(); x.<String>getName(); } }`,
  `class M2 { void f() { Record record = new Record(); record.x = 1; int yield = 1; var var2 = 2; } }`,
  `class N2 extends Base<Long> implements A, B<String> { static class In {} abstract class Ab {} protected synchronized void f() throws A, B {} }`,
  `class O2 { @ManyToOne(targetEntity = User.class) @JoinColumn(name = "user_id") private User user; @SuppressWarnings({"unchecked", "rawtypes"}) List raw; }`,
  `class P2 { void f() { a >>= 2; a >>>= 1; a <<= 3; b = a >> 1 >>> 2 << 3; c = a > b ? a : b < 2 ? 1 : 3; } }`,
  `class Q2 { double a = 0x1.8p1; double b = 1e10; float c = 1.5e-3f; int d = 0b1010; int e = 077; int f = 1__000; long g = 1L; double h = .5; double i = 5.; }`,
  `class R2 { @Column(/* c */ name = "x") String a; @Column(name = "y" /* c */) String b; @Schema(description = "a" + "b") String c; }`,
  `class S2 { void f() { a./* c */b = 1; a /* c */ .c = 2; } }`,
  `class T2 { String s = "a" + b.c; Map<String, List<Map<String, Integer>>> m; List<? extends Number>[] arr; List<@NotNull String> xs; }`,
  `class U2 { void f() { final var x = 1; for (final String s : xs) {} do x++; while (x < 3); if (a) ; else ; } }`,
  `class V2 { V2(int x) { super(x); this.a = b; } V2() { this(1); } <T> V2(T t) {} }`,
  `class W2 { void f() { String c = Outer.Inner.CONST + x.y.CONST; char c2 = 'a'; c2++; --c2; } }`,
  `record GR<T extends Comparable<T>>(T value, List<T> list) { }`,
  `class X2 { @ApiModelProperty(value = "手机号", notes = "n") @TableField(value = "\`rank\`") private String rank; @Column(columnDefinition = "varchar(20) comment '身份证'") private String idCard; @Excel(name = {"a", "b"}) String e; @Excel(name = {x, "b"}) String e2; }`,
  `class Y2 { @Column(name = "x", nullable = false) @Schema(description = "d", title = "t") @JsonProperty(value = "jp") private String f; }`,
  `class Z2 { void f() { int x = switch (y) { default -> 1; }; } }`,
  `sealed class S permits A {}`,
  `class A3 { void f() { x = System.out::println; y = a.b::c; z = a.B::c; } }`,
  `class B3 { void f() { x = u.getName(); y = u.getByPhone(p); z = u.isActive(); w = u.setPhone(x); v = u.get(); q = a.b.getName(); r = this.getName(); s = getName(); } }`,
  `class C3 { Object o = new HashMap<String, String>() {{ put("a", "b"); }}; }`,
  `class D3 { public static void main(String[] args) { System.out.println(args.length); } }`,
  `class E3 { void f() { synchronized (lock) { lock.notify(); } assert x > 0 : "m"; throw new E(); } }`,
  `class F3 { String a = 'x' + "y"; boolean b = !c && ~d == 1 || e ^ f | g & h; int i = +1 - -2; }`,
  `class G3 { int[] a = {1, 2,}; int[][] b = {{1}, {2}}; }`,
  `class H3 { void f() { for (;;) {} for (i = 0, j = 1; i < j; i++, j--) {} for (int i = 0, j = 0; ; ) {} } }`,
  `class I4 { void f() { switch (k) { case "a" -> x.y = 1; case "b", "c" -> { } default -> throw new E(); } } }`,
  `class J4 { void f() { switch (k) { case a -> f(); } } }`,
  `class K4 { @Column(name = Cols.NAME) String n; @Column(name = "x" + Cols.N) String m; }`,
  `class L4 { Class<?> c = int.class; Class<?> d = void.class; Class<?> e = String[].class; Class<?> f = int[].class; }`,
  `class M4 { void f() { if (x instanceof final User u) {} } }`,
  `class N4 { String x = "\\u00e9"; }`,
  `class O4 { void f() { a = b = c.d; a += c.d; label: x.y(); } }`,
  `class P4 { List<String> a = new ArrayList<>(); Map<K, V> m = new HashMap<K, V>(16); }`,
  `class Q4 { public <T> T get(Class<T> c) { return null; } public <T extends A & B> void g() {} }`,
  `class R4 { void f(@RequestParam("phone") String phone, @Valid @RequestBody User u) {} }`,
  `class S4 { void f(int... xs) {} void g(String @NotNull ... xs) {} }`,
  `class T4 { int a[][] = new int[1][]; String b[]; }`,
  `public class U4 { /** 用户 */ @Data public static class Inner { /** 姓名 */ private String name; } }`,
  `class V4 { void f() { new Thread(() -> { user.phone = null; }).start(); } }`,
  `class W4 { void f() { x = y -> z -> y.a + z.b; } }`,
  `class X4 { void f() { Object[] o = {}; o = new Object[]{null}; } }`,
  `class Y4 { default String x; }`,
  `class Z4 { void f() { Foo<Bar>.Baz x; } }`,
  `class A5 { void f() { a.b.c d; a.b<c> e; } }`,
  `class B5 { transient volatile String a; native void f(); strictfp void g() {} }`,
  `class C5 { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; }`,
  `class D5 { void f() { String s = x == null ? null : x.toString(); } }`,
  `class E5 { void f() { ((User) u).name = "x"; (u).name = "y"; } }`,
  `class F5 { void f() { int[] a = new int[] {1}; int l = a.length; String t = "x".trim(); int h = "x".length(); } }`,
  `class G5 { void f() { this.x.y.z = 1; super.x = 2; super.getX(); } }`,
  `class H5 { void f() { x = a < b; y = a < b > c; } }`,
  `class I5 { void f() { a<b> c; } }`,
  `class J5 { void f() { Foo.Bar<Baz> x = null; } }`,
  `class K5\n{\r\n  private String a; // c\r\n  /* x */ private String b;\r\n}\r\n`,
  `class L5 { String s = "\\t\\n"; String t = ""; String u = """
    """; }`,
  `class M5 { void f() { x = new int[]{1}.length; y = (x); } }`,
  `class N5 { void f() { Object o = (Comparator<String> & Serializable) (a, b) -> 0; } }`,
  `class O5 { void f() { Runnable r = (Runnable) () -> {}; } }`,
  `module com.x { requires a; }`,
  `class P5 { void f() { bind(A.class).to(B.class); } String to; }`,
  `class Q5 { void f() { x = a.new B(); y = a.b.new C(); } }`,
  `class R5 { void f() { x = a[i].b[j].c; y = f().g; z = f().getName(); } }`,
  `class S5 { int x = 1; { x = 2; } static { y = 3; } ; }`,
  `class T5 { void f() { String s = (String) this.name; int n = (int) 'c'; } }`,
  `class U5 { int a = (b).c; int d = (e.f).g; int h = (i.j) + k; int l = (M.n) + o; }`,
]);
