/**
 * What a comment or a Chinese key says: the Chinese clause reader (its head term, whose it is,
 * value lists) and the English clause reader. The identifier itself is read by `analyze.ts`.
 */
import { matchHan, matchTokens, type PhraseMatch } from './match.js';
import { HAN } from '../text/han.js';
import { isHan, tokenize } from './tokenize.js';
import type { CompiledVocabulary } from './vocabulary/compile.js';
import { DETECTION_CONTEXT } from './vocabulary/context.js';
import { containsAny, occurrencesIn } from './wordIndex.js';
import type { OwnerKind } from './analyze.js';
import { encodesAttribute, ownerKindOfWord } from './wordKinds.js';

/** What a Chinese text (a comment clause or a Chinese key) says. */
export interface HanReading {
  readonly head?: PhraseMatch;
  /** Earlier terms of the same clause, nearest first: used when the head needs an absent owner. */
  readonly previous?: readonly PhraseMatch[];
  readonly negative?: PhraseMatch;
  readonly owner?: { readonly kind: OwnerKind; readonly word: string };
  readonly booleanish: boolean;
  readonly minor: boolean;
}

const CODE_ZH: ReadonlySet<string> = new Set(DETECTION_CONTEXT.codeWordsZh);

const CLAUSE_BREAK = /[，,。；;：:（）()、\n|/]+/;

/** A number word right after a term (`编号`, `工号`): the term's key, not the term. */
const NUMBER_AFTER_NAME = /^(?:编号|工号)/;

/**
 * Reads Chinese text clause by clause and stops at the first clause that names something:
 * `手机号，用于接收验证码` is about the phone number, not the verification code.
 */
export function readHanText(written: string, vocab: CompiledVocabulary): HanReading {
  let minor = false;
  // `创建人-姓名`, `收件人-电话`: a hyphen between Chinese words joins a phrase, it ends nothing.
  // `alipay(支付宝),wechat(微信)`, `PAYING(待支付),TRADE_SUCCESS(成功)`: codes written as words,
  // each with its label in brackets, list what the codes stand for; the labels are dropped.
  const text = dropWordCodes(written.replace(HAN_HYPHEN, ''));
  // `操作类别（0其它 1后台用户 2手机端用户）`, `登录方式 1=手机,2=邮箱`: a list of coded values
  // names what the codes stand for, not what the field holds.
  const listed = isValueList(text);
  // `支付方式 1微信 2支付宝`: in a list, a space before a coded value ends a clause too.
  const clauses = (listed ? text.replace(SPACE_BEFORE_CODE, '\n') : text).split(CLAUSE_BREAK);
  for (const clause of clauses) {
    if (clause.length === 0) continue;
    if (listed && CODED_VALUE.test(clause)) continue;
    if (containsAny(clause, vocab.minorOwnersZh)) minor = true;
    const matches = matchHan(clause, vocab);
    const head = matches[matches.length - 1];
    if (head === undefined) continue;
    const booleanish = clause.includes('是否');
    if (head.negative) return { negative: head, booleanish, minor };
    // `手机号格式`, `帐号启用状态`: what follows the term is a property of it, not the data.
    const after = clause.slice(head.end);
    const meta = vocab.metaSuffixesZh.find(
      (s) =>
        (after.startsWith(s) || (after.length <= 6 && after.endsWith(s) && isHan(s.charCodeAt(0)))) &&
        !(CODE_ZH.has(s) && encodesAttribute(head)) &&
        // `指纹模板`: a fingerprint or face template is the biometric data itself.
        !(s === '模板' && head.meanings.some((m) => m.category === 'biometric')),
    );
    if (meta !== undefined) return { negative: { ...head, text: head.text + meta }, booleanish, minor };
    // `业务员编号`, `经办人编号`: a role read as the person's name, then a number, is the key of the
    // staff member who handles the row (none, as other staff keys), not their name. Person words
    // that own a number (`会员编号`, `申请人编号`) are one term and never reach here.
    const numbered = NUMBER_AFTER_NAME.exec(after)?.[0];
    if (numbered !== undefined && head.meanings.every((m) => m.category === 'name'))
      return { negative: { ...head, text: head.text + numbered }, booleanish, minor };
    const prefix = clause.slice(0, head.start);
    const inTerm = hanOwnerInTerm(head.text, vocab);
    // `酒店联系人`, `企业法人代表`: a term that is a person's name says who it names; the
    // organisation before it is whose contact they are, not whose name it is.
    const previous = matches.slice(0, -1).reverse();
    const owner =
      (inTerm !== undefined && namesPerson(head) ? inTerm : undefined) ??
      roleBefore(clause, previous[0], head) ??
      hanOwner(prefix, vocab) ??
      inTerm;
    return { head, previous, booleanish, minor, ...(owner !== undefined ? { owner } : {}) };
  }
  return { booleanish: false, minor };
}

const HAN_HYPHEN = new RegExp(`(?<=[${HAN}])[-－](?=[${HAN}])`, 'g');

/** Two or more `<code> <label>` pairs: `0其它 1后台用户`, `1=男,2=女`, `A:在职 B:离职`. */
const VALUE_LIST = new RegExp(`(?:^|\\s|[,，;；、])[0-9A-Za-z]{1,2}\\s*[=:：.\\-－]?\\s*[${HAN}]`, 'g');

/** A code written as a word with its Chinese label in brackets (`wechat(微信)`, `PAYING（待支付）`). */
const WORD_CODE = new RegExp(`[A-Za-z][A-Za-z0-9_]*\\s*[(（]\\s*[${HAN}][^()（）]*[)）]`, 'g');

/** The text without its word codes when it lists two or more of them. */
function dropWordCodes(text: string): string {
  const found = text.match(WORD_CODE);
  return found !== null && found.length >= 2 ? text.replace(WORD_CODE, '\n') : text;
}

/** Spaces before a coded value (`方式 1微信`). */
const SPACE_BEFORE_CODE = new RegExp(`\\s+(?=[0-9A-Za-z]{1,2}\\s*[=:：.\\-－]?\\s*[${HAN}])`, 'g');

/** A clause opening with a coded value (`1后台用户`, `2=女`). */
const CODED_VALUE = new RegExp(`^\\s*[0-9A-Za-z]{1,2}\\s*[=:：.\\-－]?\\s*[${HAN}]`);

function isValueList(text: string): boolean {
  const found = text.match(VALUE_LIST);
  return found !== null && found.length >= 2;
}

/** A term read only as a person's name (`联系人`, `负责人`), not as their phone or address. */
function namesPerson(head: PhraseMatch): boolean {
  return head.meanings.length > 0 && head.meanings.every((m) => m.category === 'name');
}

/**
 * `经办人姓名`, `审批人的电话`: a term naming a person by their part (`经办人`, read as a name)
 * right before the head says whose name or phone it is, as an owner word would.
 */
function roleBefore(clause: string, before: PhraseMatch | undefined, head: PhraseMatch): HanReading['owner'] {
  if (before === undefined || before.negative || !namesPerson(before)) return undefined;
  const between = clause.slice(before.end, head.start);
  return between === '' || between === '的' ? { kind: 'person', word: before.text } : undefined;
}

/** `法定代表人`, `联系人姓名`: a term that itself names a person. */
function hanOwnerInTerm(term: string, vocab: CompiledVocabulary): HanReading['owner'] {
  const word = vocab.personOwnersZh.find((z) => term.includes(z));
  return word === undefined ? undefined : { kind: 'person', word };
}

/**
 * `在商户AppID下的`, `在平台中的`: a place the data sits in, not whose it is (`用户在商户AppID下的
 * 唯一标识` is the user's id).
 */
const LOCATIVE = /在[^在，,。；;]{1,20}?[下中里内上]的?/g;

/** The owner word closest before a term: `门店电话` → 门店 (not a person). */
export function hanOwner(text: string, vocab: CompiledVocabulary): HanReading['owner'] {
  const prefix = text.includes('在') ? text.replace(LOCATIVE, (m) => '\u3000'.repeat(m.length)) : text;
  let best: { kind: OwnerKind; word: string; at: number } | undefined;
  for (const [kind, list] of [
    ['person', vocab.personOwnersZh],
    ['nonperson', vocab.nonPersonOwnersZh],
  ] as const) {
    for (const { word, at } of occurrencesIn(prefix, list)) {
      if (best === undefined || at + word.length > best.at) best = { kind, word, at: at + word.length };
    }
  }
  return best === undefined ? undefined : { kind: best.kind, word: best.word };
}

/**
 * What an English comment says: its first phrase of two words or more ("phone number", "home
 * address"). Prose is noisy ("resume the stream", "the user name of the URL"), so single words
 * never count, and words are not re-split.
 */
export function readEnglishText(text: string, vocab: CompiledVocabulary): PhraseMatch | undefined {
  return readEnglishClause(text, vocab)?.head;
}

/** An English description's first distinctive phrase, and whose it says the data is. */
export interface EnglishReading {
  readonly head: PhraseMatch;
  readonly owner?: { readonly kind: OwnerKind; readonly word: string };
}

/**
 * Reads the first clause of an English description that holds a distinctive phrase, with the
 * owner the clause names for it: `The postal code of the visitor.`, `The buyer's billing
 * address.`, `The display name of the customer organization.` (an organisation's, not a person's).
 */
export function readEnglishClause(text: string, vocab: CompiledVocabulary): EnglishReading | undefined {
  for (const clause of text.split(/[.,;:()\n]+/)) {
    const words = tokenize(clause)
      .filter((t) => t.kind === 'word')
      .map((t) => t.text);
    const matches = matchTokens(words, vocab).filter(
      (m) => !m.negative && m.end - m.start >= 2 && !keyOfPhrase(words, m.start),
    );
    const first = matches[0];
    if (first === undefined) continue;
    const owner = englishOwner(words, first, vocab);
    return owner === undefined ? { head: first } : { head: first, owner };
  }
  return undefined;
}

/** Words for a key, which `… of the <phrase>` makes a key to whatever the phrase names. */
const KEY_WORDS: ReadonlySet<string> = new Set(['id', 'identifier', 'uuid']);

/**
 * Whether the phrase at `start` is what a key points to (`The unique identifier of the account
 * holder`): the field is the key, not the holder's name, so the phrase is not its reading.
 */
function keyOfPhrase(words: readonly string[], start: number): boolean {
  let i = start - 1;
  if (DETERMINERS.has(words[i] ?? '')) i--;
  return words[i] === 'of' && KEY_WORDS.has((words[i - 1] ?? '').toLowerCase());
}

/** Articles and determiners between `of` and the owner's words. */
const DETERMINERS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.englishDeterminers);
/** Words that end the owner's noun phrase: `the user receiving the message`, `the user who…`. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.englishPhraseEnds);

/**
 * Whose data an English clause says its phrase is: the noun phrase after `of` following the
 * phrase (its last word with an owner kind, the head noun), or a possessive right before it
 * (`buyer's`, tokenised as `buyer` `s`).
 */
function englishOwner(
  words: readonly string[],
  head: PhraseMatch,
  vocab: CompiledVocabulary,
): EnglishReading['owner'] {
  if (words[head.end] === 'of') {
    let kind: OwnerKind | undefined;
    let word: string | undefined;
    for (let i = head.end + 1, taken = 0; i < words.length && taken < 3; i++) {
      const w = words[i] ?? '';
      if (DETERMINERS.has(w) && taken === 0) continue;
      if (PHRASE_ENDS.has(w) || w.endsWith('ing')) break;
      taken++;
      const k = ownerKindOfWord(w, vocab);
      if (k !== undefined) {
        kind = k;
        word = w;
      }
    }
    if (kind !== undefined && word !== undefined) return { kind, word };
  }
  if (head.start >= 2 && words[head.start - 1] === 's') {
    const w = words[head.start - 2] ?? '';
    const k = ownerKindOfWord(w, vocab);
    if (k !== undefined) return { kind: k, word: w };
  }
  return undefined;
}
