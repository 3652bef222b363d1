/**
 * Records that are nobody's (issue 9, item 4: noise on whole repositories). `account` names a
 * person's login, a person's bank account, a company's settlement account (jshERP's
 * `jsh_account`: 名称, 编号, 期初金额, 当前余额) or a CRM's customer company (`Account`: name,
 * industry, website, employees) alike, so a key to one (`accountId`, `account_id`,
 * `AccountIdList`, `account = ForeignKey(Account)`) was read as a key to a person everywhere.
 * What the workspace declares under that name decides: when every record so named holds no field
 * that is a person's own and no key to a person, the keys to it and its own fields are a thing's.
 * A scan of one file has no workspace and reads as before (docs/detection-rulings.md, "Noise on
 * whole repositories").
 */
import type { FieldCandidate } from '../types.js';
import { singularOf } from './plural.js';
import { identifierWords as wordsOf } from './readings.js';
import type { CompiledVocabulary } from './vocabulary/index.js';

/**
 * Record heads that name a person's record or a thing's alike. Only these are read by what the
 * workspace declares: a `customer` or a `member` is a person whatever its fields say (a key to
 * one stays a key to a person, by the keys ruling).
 */
const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set(['account']);

/** Words only a person's own record holds (a thing has a name, a code and a balance, not these). */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  'gender',
  'sex',
  'birth',
  'birthday',
  'birthdate',
  'dob',
  'age',
  'password',
  'passwd',
  'pwd',
  'avatar',
  'mobile',
  'nickname',
  'surname',
  'username',
  'firstname',
  'lastname',
  'fullname',
  'realname',
  'login',
  'openid',
  'unionid',
  'idcard',
  'nationality',
  'marital',
  'iban',
  'accountno',
]);

/** Words before `name` that make it a person's (`first_name`, `real_name`, `login_name`). */
const PERSON_NAMES: ReadonlySet<string> = new Set([
  'first',
  'last',
  'given',
  'family',
  'full',
  'real',
  'nick',
  'user',
  'login',
  'display',
  'middle',
]);

/** The same in a Chinese description (`姓名`, `手机号码`, `登录密码`). */
const PERSON_ZH = /姓名|性别|出生|生日|年龄|手机|身份证|密码|昵称|头像|登录|用户名|婚姻|民族|籍贯/;

/** Last words of a key to a record (`account_id`, `AccountIdList`), and a record's name. */
const KEY_ENDS: ReadonlySet<string> = new Set(['id', 'ids', 'uuid', 'guid', 'fk', 'list', 'name']);

/** Declared types of an ORM key column, named for the record it keys (`account = ForeignKey(...)`). */
const KEY_TYPES = /ForeignKey|OneToOne|Many2One|ManyToOne/;

/**
 * Whether the declared field `c` is a person's own or keys a person: a person word in its name
 * or description, or a key named for a person (`user_id`, `customerId`, `user = ForeignKey(...)`).
 */
export function personalField(
  c: FieldCandidate,
  words: readonly string[],
  vocab: CompiledVocabulary,
): boolean {
  if (c.comment !== undefined && PERSON_ZH.test(c.comment)) return true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (PERSON_WORDS.has(w)) return true;
    if (w === 'name' && k > 0 && PERSON_NAMES.has(words[k - 1] ?? '')) return true;
    // A financial account's own number: a bank or securities account is a person's property.
    if ((w === 'number' || w === 'no') && k > 0 && words[k - 1] === 'account') return true;
  }
  const last = words[words.length - 1] ?? '';
  const keyed =
    (words.length > 1 && (last === 'id' || last === 'ids' || last === 'uuid')) ||
    (words.length === 1 && c.declaredType !== undefined && KEY_TYPES.test(c.declaredType));
  const named = words.length > 1 ? words.slice(0, -1) : words;
  return keyed && named.some((w) => !AMBIGUOUS_HEADS.has(w) && vocab.personOwners.has(singularOf(w)));
}

/** A workspace's record, as `unownedHeads` reads it. */
interface Summary {
  readonly owner: string;
  readonly nobody?: true;
  readonly personal?: true;
}

/**
 * The ambiguous heads (`account`) under which the workspace declares a record that is nobody's
 * (`RecordSummary.nobody`) and none that is a person's (a record of one or two fields says
 * neither: the lexicon and a partial checkout hold such fragments).
 */
export function unownedHeads(records: Iterable<Summary>, vocab: CompiledVocabulary): Set<string> {
  const seen = new Map<string, boolean>();
  for (const r of records) {
    if (r.nobody === undefined && r.personal === undefined) continue;
    const head = recordNamed(r.owner, vocab);
    if (head === undefined || !AMBIGUOUS_HEADS.has(head)) continue;
    seen.set(head, (seen.get(head) ?? true) && r.nobody === true);
  }
  return new Set([...seen].filter(([, nobody]) => nobody).map(([head]) => head));
}

/**
 * Whether `c` belongs to or keys a record of an unowned head: a field declared in it
 * (`Account.serialNo`, `jsh_account.current_amount`), read off a variable named for it
 * (`account.getName()`, `obj.account.name`), a key to it (`accountId`, `AccountIdList`,
 * `account = ForeignKey(Account)`, `accounts`) or its name (`accountName`). A key to it named
 * for a person too (`user_account_id`) is left alone.
 */
export function ofUnownedRecord(
  c: FieldCandidate,
  unowned: ReadonlySet<string> | undefined,
  vocab: CompiledVocabulary,
): boolean {
  if (unowned === undefined || unowned.size === 0) return false;
  if (c.owner !== undefined && c.owner !== '') {
    const head = recordNamed(c.owner, vocab);
    if (head !== undefined && unowned.has(head)) return true;
  }
  return keysUnowned(c.name, c.declaredType, unowned, vocab);
}

/**
 * Whether a file naming `owners` and reporting `fields` may read differently with `unowned`
 * (a workspace scan classifies only such files again): one of them spells an unowned head.
 */
export function mentionsUnowned(
  unowned: ReadonlySet<string>,
  owners: readonly string[],
  fields: readonly string[],
): boolean {
  if (unowned.size === 0) return false;
  const near = (text: string): boolean => {
    const lower = text.toLowerCase();
    for (const head of unowned) if (lower.includes(head)) return true;
    return false;
  };
  return owners.some(near) || fields.some(near);
}

function keysUnowned(
  name: string,
  declaredType: string | undefined,
  unowned: ReadonlySet<string>,
  vocab: CompiledVocabulary,
): boolean {
  const words = wordsOf(name, vocab);
  let end = words.length;
  while (end > 1 && KEY_ENDS.has(words[end - 1] ?? '')) end--;
  const keyed = end < words.length;
  const last = singularOf(words[end - 1] ?? '');
  if (!unowned.has(last)) return false;
  if (!keyed && end > 1 && !(declaredType !== undefined && KEY_TYPES.test(declaredType))) return false;
  return !words.slice(0, end - 1).some((w) => vocab.personOwners.has(singularOf(w)));
}

/**
 * The head a record is named for alone (`Account`, `AccountVo`, `accounts`, a table `jsh_account`
 * or `t_account` with its short prefix), or a variable named so (`account.getName()`): a longer
 * name (`DepotHeadVo4StatementAccount`, `BankAccount`) is another record.
 */
function recordNamed(owner: string, vocab: CompiledVocabulary): string | undefined {
  const words = wordsOf(owner, vocab).filter((w) => !/^\d+$/.test(w));
  let end = words.length;
  while (end > 1 && vocab.ownerSuffixes.has(words[end - 1] ?? '')) end--;
  const prefixed = end === 2 && SNAKE_PREFIX.test(owner);
  if (end !== 1 && !prefixed) return undefined;
  return singularOf(words[end - 1] ?? '');
}

/** A table name's short prefix (`jsh_`, `t_`, `sys_`), which says whose schema it is in. */
const SNAKE_PREFIX = /^[A-Za-z]{1,4}_[A-Za-z]/;
