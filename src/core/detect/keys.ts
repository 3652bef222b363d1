/**
 * Keys and identifiers of records: which keys to a person are reported (`Folder.user_id`), and
 * which are a row's own key, an audit column, a ledger's account or a machine's address. Rules
 * of `classify.ts`, kept apart so each states one ruling of docs/detection-rulings.md.
 */
import type { NameReading } from './analyze.js';
import type { Reading } from './choose.js';
import { readType } from './declaredType.js';
import { matchTokens } from './match.js';
import { singularOf } from './plural.js';
import type { CommentReading, OwnerReading } from './readings.js';
import type { CompiledVocabulary } from './vocabulary/index.js';

/**
 * `Folder.user_id`, `Website.userId`: a key to a person's record names that person, whatever
 * record holds it (the folder is someone's). Only the low-confidence keys generated from person
 * owners (`user_id`, `patient_id`), read from the name; `account_id` may be a ledger's.
 */
export function personKey(reading: Reading, words: readonly string[], vocab: CompiledVocabulary): boolean {
  return (
    reading.from === 'name' &&
    reading.meaning.category === 'online_id' &&
    reading.meaning.strength === 'low' &&
    words.some((w) => w !== 'account' && vocab.personOwners.has(w))
  );
}

/**
 * `user_platform.weixin_openid`, `user_oauth.open_id`: an OpenID or UnionID is what a platform
 * calls one of its users, so it is a person's whatever record holds it (a table of platform or
 * OAuth bindings is named for the platform, not the person).
 */
export function platformUserId(reading: Reading, words: readonly string[]): boolean {
  if (reading.from !== 'name' || reading.meaning.category !== 'online_id') return false;
  return words.some((w, k) => OPEN_IDS.has(w) || ((w === 'open' || w === 'union') && words[k + 1] === 'id'));
}

const OPEN_IDS: ReadonlySet<string> = new Set(['openid', 'unionid']);

/**
 * `Socket.ip`, `AuditLogItem.ipAddress`, `config_info.src_ip`: an IP address in a record of a
 * connection or a log, or named as where something came from, is where someone's request came
 * from, whatever the record is called; a machine's or a company's own IP is not (`private_ip` of
 * a cloud instance, `CompanyIP`).
 */
export function clientAddress(reading: Reading, words: readonly string[], owner: OwnerReading): boolean {
  if (reading.from !== 'name' || !IP_PHRASES.has(reading.match.text)) return false;
  if (SOURCE_WORDS.has(words[0] ?? '') && reading.match.start === 1) return true;
  for (const w of owner.words) if (REQUEST_RECORDS.has(w) || REQUEST_RECORDS.has(singularOf(w))) return true;
  return false;
}

const IP_PHRASES: ReadonlySet<string> = new Set(['ip', 'ip address', 'ipaddr', 'ipv4', 'ipv6']);
/** Words naming the address a request came from (`src_ip`, `source_ip`, `origin_ip`). */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['src', 'source', 'origin', 'remote', 'client']);
/**
 * Records of requests and connections, and of what someone posts or submits (an article, a
 * comment, a review, a vote, a form's submission): their IP is the requester's or the writer's.
 */
const REQUEST_RECORDS: ReadonlySet<string> = new Set([
  'log',
  'audit',
  'socket',
  'connection',
  'session',
  'access',
  'visit',
  'login',
  'request',
  'post',
  'article',
  'comment',
  'reply',
  'review',
  'submission',
  'submit',
  'feedback',
  'vote',
  'topic',
  'thread',
  'answer',
  'upload',
  'guestbook',
]);

/**
 * A record's own surrogate key is not reported (issue 9): a bare `id`, even described as
 * `用户id`, and the key named for the record itself (`User.userId`, `Customer.customer_id`,
 * `UserVO.userId`). A key to a person in another record (`Order.user_id`) still is, and so
 * is a number the person is known by (`Member.member_no`).
 */
export function surrogateKey(
  reading: Reading,
  words: readonly string[],
  owner: OwnerReading,
  comment: CommentReading,
  vocab: CompiledVocabulary,
  ownerName = '',
): boolean {
  if (words.length === 1 && BARE_KEYS.has(words[0] ?? '')) return true;
  const person = words[0] ?? '';
  if (
    reading.from !== 'name' ||
    reading.meaning.strength !== 'low' ||
    words.length !== 2 ||
    !BARE_KEYS.has(words[1] ?? '') ||
    owner.context?.kind !== 'person' ||
    singularOf(owner.context.word) !== person
  )
    return false;
  // `Employee.employeeId` described as `工号` is the staff number people know, not a row key.
  if (comment.head !== undefined && !/id$/i.test(comment.head.text)) return false;
  // The record is named for that person alone (`sys_user`, `UserInfo`), not for an event or a
  // link about them (`EventUserCreate`, `user_auth`).
  const prefixes = modulePrefixes(ownerName, person, vocab);
  for (const w of owner.words)
    if (
      w !== person &&
      singularOf(w) !== person &&
      !vocab.ownerSuffixes.has(w) &&
      !TABLE_PREFIXES.has(w) &&
      !prefixes.has(w)
    )
      return false;
  return true;
}

/**
 * `upms_user`, `ums_member`, `sys_toc_customer`: short words before the person in a snake-case
 * table name that the vocabulary does not know are a module's abbreviation (user and permission
 * management system, member system), a namespace like `sys`, not something the record is about.
 */
function modulePrefixes(ownerName: string, person: string, vocab: CompiledVocabulary): ReadonlySet<string> {
  if (!ownerName.includes('_')) return EMPTY;
  const parts = ownerName.toLowerCase().split('_');
  const at = parts.findIndex((p) => p === person || singularOf(p) === person);
  const found = new Set<string>();
  for (const p of parts.slice(0, Math.max(0, at))) {
    if (TABLE_PREFIXES.has(p)) continue;
    if (p.length > 4 || !/^[a-z]+$/.test(p) || knownWord(p, vocab)) return EMPTY;
    found.add(p).add(singularOf(p));
  }
  return found;
}

function knownWord(word: string, vocab: CompiledVocabulary): boolean {
  return (
    vocab.personOwners.has(word) ||
    vocab.nonPersonOwners.has(word) ||
    vocab.metaOwners.has(word) ||
    vocab.recordOwners.has(word) ||
    vocab.metaSuffixes.has(word) ||
    vocab.personalModifiers.has(word) ||
    matchTokens([word], vocab).length > 0
  );
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * `txn_journal.txn_id`, `Payment.payment_id`: the key named for the record that holds it is
 * that row's number, as `order_id` is an order's; the record's other fields are the payment.
 */
export function rowKey(
  reading: Reading,
  words: readonly string[],
  owner: OwnerReading,
  vocab: CompiledVocabulary,
): boolean {
  const record = words[0] ?? '';
  if (reading.from !== 'name' || words.length !== 2 || words[1] !== 'id' || !owner.words.has(record))
    return false;
  // Only in the table of those records (`txn_journal`), not in a message that refers to one
  // (`RefundQueryResponse.refund_id`, `TransactionIdType`).
  for (const w of owner.words)
    if (w !== record && !vocab.recordOwners.has(w) && !TABLE_PREFIXES.has(w)) return false;
  return true;
}

/**
 * `audit_user_id`, `lastUpdatedByUserId`, `creator_user_id` described as `创建人ID`: who created,
 * changed or published the row is housekeeping (an audit column), not a person the record is
 * about, as `create_by` is not. Only keys to a person; an IP after the same words
 * (`oper_ip`, `创建者IP`) is still where the action came from.
 */
export function auditColumn(
  reading: Reading,
  words: readonly string[],
  comment: string | undefined,
): boolean {
  if (IP_PHRASES.has(reading.match.text)) return false;
  // `CreatedBy` described as `创建人 ( system_user表的user_id )`, `creator` as `创建-用户id`: the
  // name itself says who wrote the row, whatever key or account the description names.
  if (namesAuditColumn(words)) return true;
  // A key described only as the row's creator or reviewer (`审核用户id`); a log's `username`
  // described as `操作用户` is still who acted.
  const key = reading.meaning.strength === 'low' || /id$/i.test(reading.match.text);
  if (key && comment !== undefined && AUDIT_ZH.test(comment)) return true;
  if (reading.meaning.strength !== 'low') return false;
  return reading.from === 'name' && words.slice(0, reading.match.start).some((w) => AUDIT_WORDS.has(w));
}

/**
 * `creator`, `CreatedBy`, `createdById`, `ModifyId`, `lastOperatorId`: audit words followed by
 * nothing but the key (`by`, `id`, `user`), so the whole name is an audit column.
 */
function namesAuditColumn(words: readonly string[]): boolean {
  let end = words.length;
  while (end > 0 && AUDIT_KEY_TAIL.has(words[end - 1] ?? '')) end--;
  let start = words[0] === 'last' ? 1 : 0;
  if (end <= start) return false;
  for (; start < end; start++)
    if (!AUDIT_WORDS.has(words[start] ?? '') && !AUDIT_VERBS.has(words[start] ?? '')) return false;
  return true;
}

/** What follows the audit words in an audit column's name: the key of whoever did it. */
const AUDIT_KEY_TAIL: ReadonlySet<string> = new Set(['by', 'id', 'uid', 'user', 'userid']);
/** Bare verbs that name an audit column only when nothing but its key follows (`ModifyId`). */
const AUDIT_VERBS: ReadonlySet<string> = new Set(['create', 'update', 'modify', 'edit', 'delete']);

/**
 * `Feedback.officer_id`, `reviewer_user_id`, `Department.managerId` described as `负责人ID`: a key to
 * whoever oversees or handles a row for the organisation (reviewing or approving it, the officer
 * or clerk handling it, a unit's head) records who did the work, as an audit column does; the row
 * is not about them. A person or a party named so (`patient_id`, `sender_id`, `author_id`), and
 * whoever the row belongs or is assigned to (`owner_id`, `assignee_id`), is still that person's.
 */
export function staffRoleKey(
  reading: Reading,
  words: readonly string[],
  comment: string | undefined,
): boolean {
  if (reading.meaning.category !== 'online_id' || IP_PHRASES.has(reading.match.text)) return false;
  const key = reading.meaning.strength === 'low' || /id$/i.test(reading.match.text);
  if (key && comment !== undefined && STAFF_ZH.test(comment)) return true;
  if (!key || reading.from !== 'name') return false;
  if (words.slice(0, -1).some((w) => STAFF_ROLES.has(w))) return true;
  // `team_assignee_id`, `group_owner_id`: a team or a group that holds the role is not a person.
  return words.some((w, k) => UNIT_WORDS.has(w) && HOLDER_ROLES.has(words[k + 1] ?? ''));
}

const UNIT_WORDS: ReadonlySet<string> = new Set(['team', 'group', 'dept', 'department', 'org']);
const HOLDER_ROLES: ReadonlySet<string> = new Set(['assignee', 'owner']);

/** Words naming the job someone does on a row for the organisation that keeps it. */
const STAFF_ROLES: ReadonlySet<string> = new Set([
  'handler',
  'clerk',
  'cashier',
  'officer',
  'approver',
  'auditor',
  'reviewer',
  'manager',
  'director',
  'supervisor',
  'dispatcher',
  'salesman',
  'salesperson',
  // `handsPersonId`: a calque of 经手人 (the clerk who handled a bill) in Chinese ERP code.
  'hands',
]);

/** A description naming only the person in charge, handling or approving (`负责人ID`, `经手人id`). */
const STAFF_ZH =
  /^(?:负责人|经办人|经手人|处理人|审批人|办理人|跟进人|业务员)[-－_\s]*(?:id|ID|Id|编号)?\s*$/;

/**
 * `Transfer.fromAccountId`, `gl_journal_entry.account_id`: in a record of money moving, an
 * account is the ledger's (a bank or savings account), not a person's login.
 */
export function ledgerAccount(reading: Reading, owner: OwnerReading): boolean {
  if (reading.from !== 'name' || !reading.match.text.split(' ').includes('account')) return false;
  for (const w of owner.words) if (LEDGER_RECORDS.has(w) || LEDGER_RECORDS.has(singularOf(w))) return true;
  return false;
}

const LEDGER_RECORDS: ReadonlySet<string> = new Set([
  'journal',
  'ledger',
  'gl',
  'transaction',
  'txn',
  'transfer',
  'loan',
  'savings',
  'deposit',
  'withdrawal',
  'remittance',
]);

const AUDIT_WORDS: ReadonlySet<string> = new Set([
  'audit',
  'created',
  'creator',
  'updated',
  'updater',
  'modified',
  'modifier',
  'edited',
  'changed',
  'deleted',
  'oper',
  'operator',
  'publish',
  'published',
  'publisher',
]);

/**
 * A description naming the row's creator, editor, operator, publisher, submitter or reviewer, and
 * nothing after it but its key and a remark in brackets (`创建人 ( system_user表的user_id )`).
 */
const AUDIT_ZH =
  /^(?:创建|修改|更新|编辑|删除|操作|发布|录入|提交|审核|校验|记录)[-－_\s]*(?:人|者|员|人员|用户)[-－_\s]*(?:id|ID|Id|编号)?\s*(?:[(（][^)）]*[)）])?\s*$/;

const BARE_KEYS: ReadonlySet<string> = new Set(['id', 'uuid', 'guid']);
/** Table-name prefixes that say nothing about the record (`t_user`, `sys_user`). */
const TABLE_PREFIXES: ReadonlySet<string> = new Set([
  't',
  'tb',
  'tbl',
  'sys',
  'system',
  'app',
  'biz',
  'base',
]);

/**
 * `Item.nickname`, `MemberEntry.screen_name`: a nickname is what people call a person online;
 * a thing has a name, not a nickname, so whatever record holds it (a list item of a response)
 * it is someone's.
 */
export function screenName(reading: Reading): boolean {
  return reading.meaning.category === 'online_id' && SCREEN_NAMES.has(reading.match.text);
}

const SCREEN_NAMES: ReadonlySet<string> = new Set(['nickname', 'nick name', 'screen name', '昵称']);

/**
 * `accountLocked`, `account: Account`, `isMainAccount`: the weak word `account` is a login only
 * as the field's last word holding text; before another word it names the account's state, and
 * typed as a record, a flag or a list it holds the account, whose own fields carry the login.
 */
export function accountNotLogin(
  reading: Reading,
  words: readonly string[],
  declaredType: string | undefined,
): boolean {
  if (reading.from !== 'name' || reading.match.text !== 'account' || reading.meaning.strength !== 'weak')
    return false;
  if (reading.match.end !== words.length) return true;
  if (declaredType === undefined || declaredType.trim() === '') return false;
  return NOT_TEXT.has(readType(declaredType).shape);
}

/**
 * `lastLogin`, `login_count`, `loginAct`, `logins: IList<UserLoginInfo>`: the word `login` is the
 * name someone logs in with only as the whole field name holding text (`AuthRequest.Login`,
 * GitHub's `login`). Elsewhere the word names nothing, as before it was a term, so the field
 * is read without it (`loginAct` by its comment 登录账号).
 */
export function loginNotName(name: NameReading, declaredType: string | undefined): boolean {
  if (name.head === undefined || !LOGIN_WORDS.has(name.head.text)) return false;
  if (name.words.length !== 1 || name.words[0] !== 'login') return true;
  if (declaredType === undefined || declaredType.trim() === '') return false;
  return readType(declaredType).shape !== 'string';
}

const LOGIN_WORDS: ReadonlySet<string> = new Set(['login', 'logins']);

const NOT_TEXT: ReadonlySet<string> = new Set(['other', 'reference', 'collection', 'boolean']);
