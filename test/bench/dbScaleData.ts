/**
 * The database benchmark's table, generated inside PostgreSQL with `generate_series` (no row
 * crosses the wire): a sequence number, a name, a gender, a checksum-valid resident ID, a
 * well-formed mobile number and an address, all synthetic and belonging to nobody. Every 100th
 * row repeats the row before it (1 % exact duplicates) and persons recur: row b is person
 * 1 + b mod ⌊0.9·n⌋.
 */

export const BENCH_TABLE = 'people';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';
const REGIONS = ['330203', '330205', '330212', '310104', '110105'];
const PLACES = [
  '浙江省宁波市海曙区',
  '浙江省宁波市江北区',
  '浙江省宁波市鄞州区',
  '上海市徐汇区',
  '北京市朝阳区',
];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** One character of a list of BMP characters (so `length` counts characters). */
const pick = (list: string, index: string): string => `substr('${list}', 1 + (${index}) % ${list.length}, 1)`;
const arrayPick = (list: readonly string[], index: string): string =>
  `(ARRAY[${list.map((x) => `'${x}'`).join(', ')}])[1 + (${index}) % ${list.length}]`;

/** The statements that create and fill the table with `rows` rows, then ANALYZE it. */
export function benchTableSql(rows: number): string[] {
  const persons = Math.max(1, Math.floor(rows * 0.9));
  // GB 11643: region (6), birth date (8), sequence (3), check character. Unique for p < 182.5 M.
  const f17 =
    `${arrayPick(REGIONS, 'p / 36500000')} || to_char(DATE '1955-01-01' + ((p / 1000) % 36500)::int, 'YYYYMMDD')` +
    ` || lpad((p % 1000)::text, 3, '0')`;
  const checksum = WEIGHTS.map((w, i) => `substr(f17, ${i + 1}, 1)::int * ${w}`).join(' + ');
  return [
    `DROP TABLE IF EXISTS ${BENCH_TABLE}`,
    `CREATE TABLE ${BENCH_TABLE} ("序号" bigint, "姓名" text, "性别" text, "身份证号" text, "手机号" text, "住址" text)`,
    `COMMENT ON COLUMN ${BENCH_TABLE}."身份证号" IS '公民身份号码'`,
    `INSERT INTO ${BENCH_TABLE}
     SELECT b,
            ${pick(SURNAMES, 'p')} || ${pick(GIVEN, 'p / 20')} || CASE WHEN p % 3 = 0 THEN '' ELSE ${pick(GIVEN, 'p / 7')} END,
            CASE WHEN p % 2 = 1 THEN '男' ELSE '女' END,
            f17 || substr('10X98765432', 1 + (${checksum}) % 11, 1),
            '1' || (3 + p % 7)::text || lpad((p % 1000000000)::text, 9, '0'),
            ${arrayPick(PLACES, 'p / 36500000')} || ${arrayPick(['中山路', '解放路', '人民路', '和平街'], 'p')} || (1 + p % 300)::text || '号'
       FROM generate_series(1, ${rows}) AS g,
            LATERAL (SELECT g - CASE WHEN g % 100 = 0 THEN 1 ELSE 0 END AS b) AS rb,
            LATERAL (SELECT 1 + rb.b % ${persons} AS p) AS rp,
            LATERAL (SELECT ${f17} AS f17) AS rf`,
    `ANALYZE ${BENCH_TABLE}`,
  ];
}

/** What the estimate must find in a table of `rows` rows (persons counted as the SQL assigns them). */
export function expectedFigures(rows: number): { records: number; distinct: number; persons: number } {
  const persons = Math.max(1, Math.floor(rows * 0.9));
  const seen = new Uint8Array(persons);
  // Row g holds b = g, except every 100th row, which repeats b = g - 1.
  for (let g = 1; g <= rows; g++) seen[(g % 100 === 0 ? g - 1 : g) % persons] = 1;
  return { records: rows, distinct: rows - Math.floor(rows / 100), persons: seen.reduce((a, x) => a + x, 0) };
}
