/**
 * Seeded random Go documents for the reader's differential test (goReader.test.ts): top-level
 * declarations and function bodies drawn from constructs common in real model and service
 * code, with random names, so the reader meets them in many combinations.
 */

/** A seeded linear congruential generator in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const NAMES = ['user', 'order', 'req', 'resp', 'db', 'cfg', 'ctx', 'svc', 'm', 'item', 'rec', 'tx'];
const FIELDS = ['Name', 'Phone', 'IDCard', 'Email', 'Address', 'Status', 'CreatedAt', 'Total', 'ID', 'Items'];
const TYPES = ['string', 'int64', '*time.Time', '[]string', 'map[string]any', 'sql.NullString', 'float64'];

type Pick = <T>(xs: readonly T[]) => T;

/** What a statement template draws from: a choice, a variable name, a field name. */
interface Draw {
  readonly p: Pick;
  readonly n: () => string;
  readonly f: () => string;
}

const STATEMENTS: readonly ((g: Draw) => string)[] = [
  (g) => `${g.n()}.${g.f()} = ${g.n()}.${g.f()}`,
  (g) => `x := ${g.n()}.${g.f()} + ${g.p(['1', '"a"', `${g.n()}.${g.f()}`])}`,
  (g) => `total += 24 * ${g.n()}.${g.f()}`,
  (g) => `if err := ${g.n()}.${g.f()}.Save(&${g.n()}); err != nil {\n\t\treturn err\n\t}`,
  (g) =>
    `if ${g.n()}.${g.f()} == "" {\n\t\t${g.n()}.${g.f()} = strings.TrimSpace(${g.n()}.${g.f()})\n\t} else if ok {\n\t\tlog.Println(${g.n()}.${g.f()})\n\t} else {\n\t\tok = false\n\t}`,
  (g) => `for i := 0; i < len(${g.n()}.${g.f()}); i++ {\n\t\tsum += ${g.n()}.${g.f()}[i]\n\t}`,
  (g) => `for _, v := range ${g.n()}.${g.f()} {\n\t\tout = append(out, v.${g.f()})\n\t}`,
  (g) => `for ${g.n()}.${g.f()} > 0 {\n\t\tbreak\n\t}`,
  (g) =>
    `switch ${g.n()}.${g.f()} {\n\tcase "a", "b":\n\t\tfallthrough\n\tcase ${g.n()}.${g.f()}:\n\t\treturn nil\n\tdefault:\n\t}`,
  (g) => `switch v := ${g.n()}.(type) {\n\tcase *model.User, nil:\n\t\t_ = v.${g.f()}\n\t}`,
  (g) =>
    `select {\n\tcase v, ok := <-ch:\n\t\t_ = v.${g.f()}\n\t\t_ = ok\n\tcase ch <- ${g.n()}.${g.f()}:\n\tdefault:\n\t}`,
  (g) => `defer ${g.n()}.${g.f()}.Close()`,
  (g) => `go func(id int64) {\n\t\t${g.n()}.${g.f()} = id\n\t}(${g.n()}.${g.f()})`,
  (g) => `res := &${g.p(['User', 'model.Order', 'dto.Resp'])}{${g.f()}: ${g.n()}.${g.f()}, ${g.f()}: "x"}`,
  (g) => `m := map[string]any{"k": ${g.n()}.${g.f()}, "n": []int{1, 2}}`,
  (g) => `s := ${g.n()}.${g.f()}[1:len(${g.n()}.${g.f()})]`,
  (g) => `v, ok := ${g.n()}.${g.f()}.(string)`,
  (g) => `ch := make(chan *${g.p(['User', 'model.Order'])}, ${g.n()}.${g.f()})`,
  (g) => `p := new(${g.p(['User', 'model.Order', `${g.n()}.${g.f()}`])})`,
  () => `fn := func(a, b int) (int, error) { return a + b, nil }`,
  (g) => `r := []rune(${g.n()}.${g.f()})`,
  (g) => `raw := \`select * from t where ${g.f()} = ?\``,
  () => `c := 'x'`,
  (g) => `ok = true // ${g.f()}`,
  (g) => `ok = !${g.n()}.${g.f()} && ${g.n()}.${g.f()} != nil || false`,
  (g) => `*${g.n()} = ${g.n()}.${g.f()}`,
  (g) => `${g.n()}.${g.f()}++`,
  (g) => `x := Map[string, int](${g.n()}.${g.f()})`,
  (g) => `return ${g.n()}.${g.f()}, nil`,
  (g) => `/* ${g.f()} */ fmt.Printf("%v\\n", ${g.n()}.${g.f()}.${g.f()})`,
  () => `var buf bytes.Buffer`,
  () => `const limit = 10`,
  (g) => `type local struct{ ${g.f()} string }`,
  () => `outer:\n\tfor {\n\t\tcontinue outer\n\t}`,
  (g) => `x := struct {\n\t\t${g.f()} string \`json:"a"\`\n\t}{${g.f()}: "b"}`,
  (g) => `y := ${g.n()}.${g.f()}.${g.f()}(${g.n()}.${g.f()}, func() { done() })`,
  (g) => `z := (${g.n()}.${g.f()} + 1) * 2`,
  (g) => `w := -${g.n()}.${g.f()}`,
];

const TAGS: readonly ((f: string) => string)[] = [
  (f) => `\`json:"${f.toLowerCase()}"\``,
  (f) => `\`gorm:"column:${f.toLowerCase()};comment:说明" json:"${f.toLowerCase()},omitempty"\``,
  (f) => `\`xorm:"'${f.toLowerCase()}' varchar(18) notnull comment('身份证号')"\``,
  (f) => `\`db:"${f.toLowerCase()}" bson:"${f}"\``,
  () => '',
];

/** One random Go file. */
export function randomGoDocument(random: () => number): string {
  const pick: Pick = (xs) => xs[Math.floor(random() * xs.length)] as (typeof xs)[number];
  const name = (): string => pick(NAMES);
  const field = (): string => pick(FIELDS);
  const out = ['package model', '', 'import (\n\t"fmt"\n\t"time"\n)', ''];
  for (let k = 0; k < 3 + Math.floor(random() * 5); k++) {
    const kind = random();
    if (kind < 0.35) {
      out.push(`// ${field()}${k} 会员`, `type ${field()}${k} struct {`);
      for (let j = 0; j < 2 + Math.floor(random() * 5); j++) {
        const f = `${field()}${j}`;
        const shape = random();
        if (shape < 0.1) out.push(`\t${pick(['*base.Model', 'gorm.Model', 'Base'])}`);
        else if (shape < 0.2) out.push(`\t${f}, ${f}x ${pick(TYPES)}`);
        else if (shape < 0.28) out.push(`\t${f} struct {\n\t\tCity string // 城市\n\t\tZip  string\n\t}`);
        else out.push(`\t${f} ${pick(TYPES)} ${pick(TAGS)(f)} ${random() < 0.3 ? '// 字段' : ''}`.trimEnd());
      }
      out.push('}', '');
    } else if (kind < 0.45) {
      out.push(
        `type Repo${k}[T any, K comparable] interface {\n\tFind(id K) (*T, error)\n\t~int | ~string\n}`,
        '',
      );
    } else if (kind < 0.5) {
      out.push(
        `const (\n\tA${k} = iota\n\tB${k}\n)`,
        '',
        `var (\n\tdefault${k} = 24 * time.Hour\n\tn${k} int\n)`,
        '',
      );
    } else {
      const recv = random() < 0.5 ? `(${name()} *${field()}) ` : '';
      out.push(`func ${recv}Do${k}(${name()} *Req, opts ...string) (int, error) {`);
      for (let j = 0; j < 2 + Math.floor(random() * 6); j++) {
        out.push(`\t${pick(STATEMENTS)({ p: pick, n: name, f: field })}`);
      }
      out.push('\treturn 0, nil', '}', '');
    }
  }
  return out.join('\n');
}
