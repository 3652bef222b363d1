/**
 * What a call does to the personal information passed to it, read from the callee's last name:
 * masking and hashing keep it PI but de-identified (PIPL Art. 73(3)); serialisation keeps it
 * whole; predicates (`isValid`, `.test`, `.includes`) answer yes or no and carry none of it; a
 * library call that puts its second argument into its first leaves the first holding it.
 * Data, shared by every language's walk.
 */

export type CallEffect = 'mask' | 'serialise' | 'predicate' | 'into-first';

/**
 * Library calls that put their second argument into the container passed first, named by their
 * own last name (the container is no receiver, so a mutator's reading misses it). SheetJS:
 * `XLSX.utils.book_append_sheet(book, sheet)` puts a sheet into a workbook, and
 * `sheet_add_json(sheet, rows)`/`sheet_add_aoa(sheet, rows)` add rows to a sheet; the workbook is
 * what `XLSX.writeFile(book, path)` writes.
 */
const INTO_FIRST: ReadonlySet<string> = new Set(['book_append_sheet', 'sheet_add_json', 'sheet_add_aoa']);

const MASK =
  /(?:mask|hash|encrypt|encode(?:r)?Id|md5|sha\d*|hmac|digest|desensiti[sz]e?|tuomin|redact|anonymi[sz]e?|pseudonymi[sz]e?|tokeni[sz]e?|cipher|bcrypt|scrypt|argon2|obfuscate|脱敏|加密)/i;
const SERIALISE =
  /^(?:JSON\.stringify|json\.dumps|json\.dump|toJson|toJSON|writeValueAsString|toJSONString|serialize|serialise|Serialize|SerializeObject|stringify|dumps|marshal|Marshal)$/;
const PREDICATES = new Set([
  'test',
  'includes',
  'startsWith',
  'endsWith',
  'has',
  'indexOf',
  'isEmpty',
  'isBlank',
  'equals',
  'matches',
  'exists',
  'Boolean',
  'len',
  // A collection's size (Java `rows.size()`, LINQ `Count()`): a number, none of the elements.
  'size',
  'Count',
  'bool',
  'isinstance',
  // Python, Go, Kotlin and C# spellings.
  'isdigit',
  'isnumeric',
  'isalnum',
  'isalpha',
  'startswith',
  'endswith',
  'fullmatch',
  'HasPrefix',
  'HasSuffix',
  'Contains',
  'EqualFold',
  'MatchString',
  'StartsWith',
  'EndsWith',
  'IsNullOrEmpty',
  'IsNullOrWhiteSpace',
  'Equals',
  'IsMatch',
  'contains',
  'isNotEmpty',
  'isNotBlank',
  'isNullOrEmpty',
  'isNullOrBlank',
]);
const PREDICATE_NAME = /^(?:is|has|can|should|validate|check|verify)[A-Z_]/;
/**
 * The last name of a dotted callee (`logger.info` → `info`), without the `()` that marks a call's
 * own result (`getLogger().info`); read without a regular expression (a replace per callee).
 */
export function lastName(callee: string): string {
  const last = callee.slice(callee.lastIndexOf('.') + 1);
  return last.endsWith('()') ? last.slice(0, -2) : last;
}

/** The effect of calling `callee` (dotted) on its arguments, if it is one we know; `last` is its lastName. */
export function calleeEffect(callee: string, last = lastName(callee)): CallEffect | undefined {
  if (INTO_FIRST.has(last)) return 'into-first';
  if (SERIALISE.test(callee) || SERIALISE.test(last)) return 'serialise';
  if (PREDICATES.has(last) || PREDICATE_NAME.test(last)) return 'predicate';
  if (MASK.test(last)) return 'mask';
  // A masking utility's methods are named after what they mask (`DesensitizedUtil.mobilePhone`).
  const dot = callee.lastIndexOf('.');
  const owner = dot > 0 ? callee.slice(callee.lastIndexOf('.', dot - 1) + 1, dot) : '';
  if (owner !== '' && MASK.test(owner)) return 'mask';
  return undefined;
}

/** Members that describe a value without carrying it (`phone.length`). */
export const NON_PI_MEMBERS: ReadonlySet<string> = new Set([
  'length',
  'size',
  'count',
  // .NET spellings (`name.Length`, `rows.Count`).
  'Length',
  'Count',
  'constructor',
  'prototype',
]);

/**
 * Receivers whose members are configuration or resources, not people (`process.env.SMS_PHONE`,
 * `os.environ["ADMIN_MOBILE"]`, `settings.SMS_PHONE`, `R.string.phone`): one list for every
 * language's walk. Each entry is kept for all languages because none of these names is a
 * common name for a variable holding a person's record in any of them:
 * - `env`, `process`: Node's `process.env`, Go/Python env helpers, `.env` loaders.
 * - `environ`: Python's `os.environ`; harmless elsewhere (no JS library names a person so).
 * - `config`, `conf`, `cfg`: configuration objects in every language (`cfg.SmsPhone` in Go,
 *   `conf.get("…")` in Python, `cfg.adminEmail` in a Node service).
 * - `options`, `settings`, `constants`: options bags, Django settings, constant tables.
 * - `i18n`, `messages`: translated labels (`messages.phone` is the label "手机号").
 * - `R`: Android resources (`R.string.phone`). In JS, `R` is Ramda, whose members are
 *   functions (`R.prop`), never PI fields: silencing `R.phone` costs nothing there.
 */
export const CONFIG_RECEIVERS: ReadonlySet<string> = new Set([
  'env',
  'process',
  'environ',
  'config',
  'conf',
  'cfg',
  'options',
  'settings',
  'constants',
  'i18n',
  'messages',
  'R',
]);
