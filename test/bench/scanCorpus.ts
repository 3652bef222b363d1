/**
 * Generated 10,000-line files, one per major format, for the core benchmark (scan.ts). Each is
 * a realistic mix of declarations, comments, personal and ordinary fields, and code that is not
 * a declaration (function bodies), so extractors pay for what they skip as well as what they
 * report. `salt` changes identifiers so no run can reuse a previous run's result.
 */

/** One benchmark input: what it is called, its path (for dispatch) and a block generator. */
export interface BenchFormat {
  readonly label: string;
  readonly path: string;
  /** Lines of one repeating unit; `k` numbers the unit, `salt` varies names between runs. */
  readonly block: (k: number, salt: number) => readonly string[];
  /** Lines written once before the blocks (YAML's document header). */
  readonly header?: readonly string[];
}

const PI = ['realName', 'idCardNo', 'mobilePhone', 'homeAddress', 'bankCardNo', 'email'];
const PLAIN = ['createdAt', 'status', 'version', 'retryCount', 'pageSize', 'totalAmount'];
const SNAKE = ['real_name', 'id_card_no', 'mobile', 'home_address', 'status', 'created_at'];

const fieldsOf = (k: number, list: readonly string[]): string[] =>
  list.map((f, i) => ((k + i) % 3 === 0 ? `${f}${k % 7}` : f));

export const BENCH_FORMATS: readonly BenchFormat[] = [
  {
    label: 'TypeScript',
    path: 'bench/models.ts',
    block: (k, s) => [
      `/** 会员信息 ${k} */`,
      `export interface Member${k}x${s} {`,
      ...fieldsOf(k, PI).map((f) => `  ${f}: string; // 字段`),
      ...fieldsOf(k, PLAIN).map((f) => `  ${f}?: number;`),
      '}',
      `@Entity('t_member_${k}')`,
      `export class MemberEntity${k} {`,
      `  @Column({ comment: '身份证号' }) idCard!: string;`,
      '  @Column() status!: number;',
      '}',
      `export function render${k}(m: Member${k}x${s}, store: Store): string {`,
      '  const label = `${m.realName} ${store.phone}`;',
      `  for (let i = 0; i < items.length; i++) total += items[i].price * ${k};`,
      '  if (!m.mobilePhone) throw new Error("missing mobile");',
      '  return label + format(m.idCardNo ?? "");',
      '}',
      '',
    ],
  },
  {
    label: 'Java',
    path: 'bench/Customer.java',
    block: (k, s) => [
      `/** 客户 ${k} */`,
      '@Entity',
      `@Table(name = "t_customer_${k}")`,
      `public class Customer${k}x${s} {`,
      ...fieldsOf(k, PI).flatMap((f) => [
        '    /** 字段说明 */',
        `    @Column(name = "${f.toLowerCase()}")`,
        `    private String ${f};`,
      ]),
      ...fieldsOf(k, PLAIN).map((f) => `    private Integer ${f}; // 普通`),
      '    public String describe() {',
      `        return this.realName + user.getMobilePhone() + order.total * ${k};`,
      '    }',
      '}',
      '',
    ],
  },
  {
    label: 'Python',
    path: 'bench/models.py',
    block: (k, s) => [
      `class Member${k}x${s}(models.Model):`,
      `    """会员 ${k}"""`,
      ...fieldsOf(k, SNAKE).map(
        (f) => `    ${f} = models.CharField(max_length=64, verbose_name='${f}')  # 说明`,
      ),
      '',
      '    class Meta:',
      `        db_table = 't_member_${k}'`,
      '',
      '    def display(self):',
      `        return f"{self.real_name} {order.total * ${k}}"`,
      '',
    ],
  },
  {
    label: 'Go',
    path: 'bench/models.go',
    block: (k, s) => [
      `// Member${k} 会员`,
      `type Member${k}x${s} struct {`,
      ...fieldsOf(k, PI).map(
        (f) =>
          `\t${f[0]?.toUpperCase()}${f.slice(1)} string \`json:"${f}" gorm:"column:${f};comment:说明"\` // 字段`,
      ),
      ...fieldsOf(k, PLAIN).map((f) => `\t${f[0]?.toUpperCase()}${f.slice(1)} int`),
      '}',
      '',
      `func (m *Member${k}x${s}) Label() string {`,
      `\treturn m.RealName + fmt.Sprint(order.Total*${k})`,
      '}',
      '',
    ],
  },
  {
    label: 'C#',
    path: 'bench/Customer.cs',
    block: (k, s) => [
      `/// <summary>客户 ${k}</summary>`,
      `[Table("t_customer_${k}")]`,
      `public class Customer${k}x${s}`,
      '{',
      ...fieldsOf(k, PI).flatMap((f) => [
        '    /// <summary>字段说明</summary>',
        `    [Column("${f.toLowerCase()}")]`,
        `    public string ${f[0]?.toUpperCase()}${f.slice(1)} { get; set; }`,
      ]),
      ...fieldsOf(k, PLAIN).map(
        (f) => `    public int ${f[0]?.toUpperCase()}${f.slice(1)} { get; set; } // 普通`,
      ),
      `    public string Describe() => this.RealName + order.Total * ${k};`,
      '}',
      '',
    ],
  },
  {
    label: 'Kotlin',
    path: 'bench/Customer.kt',
    block: (k, s) => [
      `/** 客户 ${k} */`,
      '@Entity',
      `data class Customer${k}x${s}(`,
      ...fieldsOf(k, PI).flatMap((f) => [
        `    @Column(name = "${f.toLowerCase()}")`,
        `    val ${f}: String,`,
      ]),
      ...fieldsOf(k, PLAIN).map((f) => `    var ${f}: Int = 0, // 普通`),
      ') {',
      `    fun describe() = this.realName + order.total * ${k}`,
      '}',
      '',
    ],
  },
  {
    label: 'SQL DDL',
    path: 'bench/schema.sql',
    block: (k, s) => [
      `-- 会员表 ${k}`,
      `CREATE TABLE t_member_${k}_${s} (`,
      '  id BIGINT PRIMARY KEY,',
      "  xm VARCHAR(50) NOT NULL COMMENT '姓名',",
      "  sfzh VARCHAR(18) COMMENT '身份证号码',",
      "  lxdh VARCHAR(20) COMMENT '联系电话',",
      "  jtzz VARCHAR(200) COMMENT '家庭住址',",
      "  status INT DEFAULT 0 COMMENT '状态',",
      "  create_time DATETIME COMMENT '创建时间'",
      `) COMMENT='会员${k}';`,
      `COMMENT ON COLUMN t_member_${k}_${s}.xm IS '姓名';`,
      '',
    ],
  },
  {
    label: 'YAML/OpenAPI',
    path: 'bench/api.yaml',
    header: ['openapi: 3.0.0', 'info:', '  title: bench', '  version: "1"', 'components:', '  schemas:'],
    block: (k, s) => [
      `    Person${k}x${s}:`,
      '      type: object',
      '      description: 会员',
      '      properties:',
      ...fieldsOf(k, [...PI, ...PLAIN]).flatMap((f) => [
        `        ${f}: # 字段`,
        '          type: string',
        '          description: generated',
      ]),
    ],
  },
  {
    label: 'generic (.txt)',
    path: 'bench/notes.txt',
    block: (k, s) => [
      '/** 会员信息 */',
      `export interface Member${k} {`,
      '  memberNo: string;',
      '  realName: string; // 真实姓名',
      '  mobile: string;',
      '  idCardNo?: string;',
      '  emailEnabled: boolean;',
      '}',
      `  for (let i = 0; i < items${(k + s) % 97}.length; i++) total += items[i].price * qty;`,
      '  return label + format(m.idCardNo ?? "");',
      'CREATE TABLE t_user (',
      "  sfzh VARCHAR(18) COMMENT '身份证号码',",
      "  xm VARCHAR(50) COMMENT '姓名',",
      ');',
      'server:',
      '  address: 0.0.0.0',
      '  password: ${DB_PASSWORD}',
      '',
    ],
  },
];

/** Whole blocks of a format until the text has at least `lines` lines (a few more at most). */
export function generate(format: BenchFormat, lines: number, salt: number): string {
  const out: string[] = [...(format.header ?? [])];
  for (let k = 0; out.length < lines; k++) out.push(...format.block(k, salt));
  return out.join('\n');
}
