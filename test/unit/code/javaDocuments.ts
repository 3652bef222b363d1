/**
 * Seeded random Java documents for the reader's differential test (javaReader.test.ts):
 * entities, DTOs, records, enums, interfaces and service methods drawn from constructs common in
 * real model and service code, with random names, so the reader meets them in many combinations.
 * Synthetic names and values only.
 */

export { seeded } from './goDocuments.js';

const NAMES = ['user', 'order', 'req', 'resp', 'dto', 'vo', 'entity', 'item', 'rec', 'cfg', 'User', 'Util'];
const FIELDS = ['name', 'phone', 'idCard', 'email', 'address', 'status', 'createdAt', 'total', 'id', 'items'];
const TYPES = [
  'String',
  'Long',
  'int',
  'List<String>',
  'Map<String, Object>',
  'LocalDate',
  'BigDecimal',
  'byte[]',
];
const CAPS = ['Name', 'Phone', 'IdCard', 'Email', 'Address', 'Status', 'ByPhone'];

type Pick = <T>(xs: readonly T[]) => T;

/** What a template draws from: a choice, a variable name, a field name, a type, a capitalised word. */
interface Draw {
  readonly p: Pick;
  readonly n: () => string;
  readonly f: () => string;
  readonly t: () => string;
  readonly c: () => string;
}

const EXPRESSIONS: readonly ((g: Draw) => string)[] = [
  (g) => `${g.n()}.${g.f()}`,
  (g) => `this.${g.f()}`,
  (g) => `${g.n()}.get${g.c()}()`,
  (g) => `${g.n()}.${g.f()}.${g.f()}`,
  (g) => `${g.n()}.is${g.c()}() ? ${g.n()}.${g.f()} : "x"`,
  (g) => `(${g.n()}.${g.f()}) + 1`,
  (g) => `(String) ${g.n()}.${g.f()}`,
  (g) => `((${g.c()}) ${g.n()}).${g.f()}`,
  (g) => `${g.n()}.${g.f()} != null && ${g.n()}.${g.f()} > 0`,
  (g) => `${g.n()}.stream().map(x -> x.${g.f()}).filter(Objects::nonNull).collect(Collectors.toList())`,
  (g) => `${g.n()}.forEach((k, v) -> { k.${g.f()} = v; })`,
  (g) => `new ${g.c()}(${g.n()}.${g.f()}, "a")`,
  () => 'new ArrayList<>()',
  (g) => `new int[]{1, 2, ${g.n()}.${g.f()}}`,
  (g) => `new String[${g.n()}.${g.f()}]`,
  (g) => `${g.n()}.<String>get${g.c()}()`,
  (g) => `String.valueOf(${g.n()}.${g.f()}).trim()`,
  (g) => `${g.n()}[0].${g.f()}`,
  (g) => `${g.n()}.${g.f()}++`,
  (g) => `-${g.n()}.${g.f()} * 2 / 3 % 4`,
  (g) => `${g.n()}.${g.f()} << 2 >> 1 >>> 3`,
  (g) => `${g.n()} instanceof ${g.c()} u && u.${g.f()} == null`,
  (g) => `Optional.ofNullable(${g.n()}).map(${g.c()}::get${g.c()}).orElse(null)`,
  (g) => `Foo.class.getName() + ${g.n()}.getClass().getSimpleName()`,
  () => "'a' + 1L + 2.5f + 0x1F + 1_000 + .5",
  () => '"""\n        多行 text\n        """',
  (g) => `Outer.this.${g.f()}`,
  (g) => `super.${g.f()}`,
  (g) => `${g.n()}.${g.f()} = ${g.n()}.set${g.c()}(${g.n()}.${g.f()})`,
  (g) =>
    `new Runnable() { private String ${g.f()}; public void run() { this.${g.f()} = ${g.n()}.${g.f()}; } }`,
  (g) => `(Runnable) () -> ${g.n()}.${g.f()}.clear()`,
  (g) => `i < ${g.n()}.${g.f()} && j > 0`,
  (g) => `java.util.List.of(${g.n()}.${g.f()})`,
];

const STATEMENTS: readonly ((g: Draw, e: () => string) => string)[] = [
  (_g, e) => `${e()};`,
  (g, e) => `${g.t()} ${g.f()}x = ${e()};`,
  (g, e) => `var ${g.f()}v = ${e()};`,
  (g, e) => `final ${g.t()} a = ${e()}, b;`,
  (_g, e) => `if (${e()}) {\n      ${e()};\n    } else if (ok) return;\n    else {\n      ${e()};\n    }`,
  (g, e) => `for (int i = 0; i < ${g.n()}.${g.f()}; i++) {\n      ${e()};\n    }`,
  (g, e) => `for (${g.c()} u : ${g.n()}.${g.f()}) ${e()};`,
  (_g, e) => `while (${e()}) {\n      break;\n    }`,
  (_g, e) => `do {\n      continue;\n    } while (${e()});`,
  (g, e) =>
    `try (InputStream in = ${g.n()}.open()) {\n      ${e()};\n    } catch (IOException | RuntimeException ex) {\n      log.error("x", ex);\n    } finally {\n      ${e()};\n    }`,
  (g, e) =>
    `switch (${g.n()}.${g.f()}) {\n      case 1:\n      case 2:\n        ${e()};\n        break;\n      default:\n        ${e()};\n    }`,
  (g, e) =>
    `switch (${g.n()}.${g.f()}) {\n      case ACTIVE -> ${e()};\n      case A, B -> {\n        ${e()};\n      }\n      default -> throw new IllegalStateException();\n    }`,
  (_g, e) => `return ${e()};`,
  (_g, e) => `synchronized (this) {\n      ${e()};\n    }`,
  (_g, e) => `assert ${e()} : "m";`,
  (_g, e) => `label: for (;;) {\n      ${e()};\n      break label;\n    }`,
  (g, e) => `${g.t()}[] arr = {${e()}, ${e()}};`,
  (g) => `Map.Entry<String, ${g.c()}> entry = null;`,
  (_g, e) => `throw new RuntimeException(${e()});`,
  (g) => `// 注释 ${g.f()}`,
  (g) => `/* block */ ${g.n()}.${g.f()} = 1;`,
];

const ANNOTATIONS: readonly ((g: Draw) => string)[] = [
  (g) => `@Column(name = "${g.f()}_col")`,
  (g) => `@Column(name = "\`${g.f()}\`", length = 32, columnDefinition = "varchar(32) comment '说明'")`,
  (g) => `@TableField("${g.f()}")`,
  (g) => `@TableField(value = "${g.f()}", exist = false)`,
  (g) => `@JsonProperty("${g.f()}_json")`,
  (g) => `@ApiModelProperty(value = "姓名", notes = "说明 ${g.f()}")`,
  () => `@Schema(description = "手机号")`,
  (g) => `@JoinColumn(name = "${g.f()}_id")`,
  () => `@Excel(name = {"身份证", "x"})`,
  () => '@NotNull',
  () => '@Id',
  () => '@javax.persistence.Column(name = "q")',
  () => '@Size(max = Limits.MAX)',
  () => '@JsonFormat(pattern = "yyyy-MM-dd", timezone = "GMT+8")',
  () => '@Deprecated',
];

function member(g: Draw, e: () => string, s: () => string): string {
  const annotations = (): string =>
    Array.from({ length: Math.floor(g.p([0, 1, 1, 2, 3])) }, () => g.p(ANNOTATIONS)(g)).join('\n  ');
  const doc = g.p(['', '/** 字段说明 */\n  ', '// 行注释\n  ', '/* 块 */ ']);
  switch (g.p([0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8])) {
    case 0:
      return `${doc}${annotations()}\n  ${g.p(['private', 'protected', 'public', ''])} ${g.t()} ${g.f()}${g.p(['', ' = null', ` = ${e()}`])};${g.p(['', ' // 尾注释'])}`;
    case 1:
      return `${annotations()}\n  public ${g.t()} get${g.c()}() {\n    ${s()}\n    return ${e()};\n  }`;
    case 2:
      return `private static final String ${g.f().toUpperCase()} = "x";`;
    case 3:
      return `private String ${g.f()}, ${g.f()}2;`;
    case 4:
      return `public ${g.c()}(${g.t()} a, final String... rest) throws Exception {\n    super(a);\n    ${s()}\n  }`;
    case 5:
      return `static {\n    ${s()}\n  }`;
    case 6:
      return `public <T extends Comparable<T>> List<T> sorted(List<? super T> in) {\n    ${s()}\n    return null;\n  }`;
    case 7:
      return `public enum Kind { A, B("x") { void f() {} }, C; private String label; }`;
    default:
      return `@Override\n  public String toString() {\n    ${s()}\n    return "";\n  }`;
  }
}

function typeDecl(g: Draw, e: () => string, s: () => string): string {
  const body = (): string =>
    Array.from({ length: 2 + Math.floor(g.p([0, 1, 2, 3, 4])) }, () => member(g, e, s)).join('\n  ');
  const comps = (): string =>
    Array.from(
      { length: 1 + Math.floor(g.p([0, 1, 2])) },
      () => `${g.p(['', '@JsonProperty("j") ', '@NotNull '])}${g.t()} ${g.f()}`,
    ).join(', ');
  switch (g.p([0, 0, 0, 1, 2, 3, 4])) {
    case 0:
      return `/** 实体 */\n@Data\n@Entity\n@Table(name = "t_${g.f()}")\npublic class ${g.c()}Entity extends Base<${g.c()}> implements Serializable {\n  ${body()}\n}`;
    case 1:
      return `public record ${g.c()}Dto(${comps()}) implements X {\n  public ${g.c()}Dto {\n    ${s()}\n  }\n  static int count;\n}`;
    case 2:
      return `public enum ${g.c()}Type implements Coded {\n  ACTIVE("a"), INACTIVE("b");\n  private final String code;\n  ${body()}\n}`;
    case 3:
      return `public interface ${g.c()}Mapper extends BaseMapper<${g.c()}> {\n  String TABLE = "t";\n  List<${g.c()}> findBy${g.c()}(@Param("p") String p);\n  default int size() {\n    ${s()}\n    return 0;\n  }\n}`;
    default:
      return `@Target(ElementType.FIELD)\npublic @interface ${g.c()}Mark {\n  String value() default "";\n  int[] codes() default {1, 2};\n}`;
  }
}

/** A random Java file: package, imports and a few type declarations. */
export function randomJavaDocument(random: () => number): string {
  const p: Pick = (xs) => xs[Math.floor(random() * xs.length)] ?? (xs[0] as never);
  const g: Draw = { p, n: () => p(NAMES), f: () => p(FIELDS), t: () => p(TYPES), c: () => p(CAPS) };
  const e = (): string => p(EXPRESSIONS)(g);
  const s = (): string => p(STATEMENTS)(g, e);
  const decls = Array.from({ length: 1 + Math.floor(random() * 3) }, () => typeDecl(g, e, s));
  return [
    'package com.example.demo;',
    '',
    'import java.util.*;',
    'import static java.util.Objects.requireNonNull;',
    'import lombok.Data;',
    '',
    ...decls,
    '',
  ].join('\n');
}
