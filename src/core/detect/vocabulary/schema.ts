/**
 * The zod schema of the detection vocabulary. The data in this folder is parsed with it at
 * load, so a misspelt category key, a contest id that does not exist or an empty phrase fails
 * the first import (and the unit tests) rather than silently matching nothing.
 */
import { z } from 'zod';
import { categoryKeySchema, contestIdSchema } from '../../law/schema.js';

const phrase = z.string().trim().min(1);

/**
 * How much a term says on its own:
 * - `strong`: distinctive (`id_card_no`, `gmsfhm`, `身份证号`): high confidence alone.
 * - `medium`: the usual word (`phone`, `email`, `password`): medium alone, high with a person owner.
 * - `low`: reported only at low confidence unless context confirms (`user_id`, `order_no`).
 * - `weak`: needs context (a person owner or a confirming comment): `name`, `address`, `age`.
 * - `ambiguous`: a pinyin abbreviation with competing readings (`zw` 职务/指纹): only a
 *   comment, owner or declared type can settle it.
 */
export const strengthSchema = z.enum(['strong', 'medium', 'low', 'weak', 'ambiguous']);
export type Strength = z.infer<typeof strengthSchema>;

/** Strengths in order, for sorting meanings: strong above medium above low above weak; ambiguous last. */
export const STRENGTH_RANK: Readonly<Record<Strength, number>> = {
  strong: 4,
  medium: 3,
  low: 2,
  weak: 1,
  ambiguous: 0,
};

export const termGroupSchema = z.object({
  /** English phrases written as identifiers (`id_card_no`); split with the same tokenizer. */
  en: z.array(phrase).default([]),
  /** Chinese terms, matched as substrings of Chinese runs (`身份证号`). Mixed terms allowed (`IP地址`). */
  zh: z.array(phrase).default([]),
  /** Pinyin abbreviations and spelt-out pinyin, matched as whole tokens (`sfzh`, `xingming`). */
  pinyin: z.array(phrase).default([]),
  strength: strengthSchema,
  /** Contested mapping (law contest id): the class then depends on the reading. */
  contest: contestIdSchema.optional(),
  /**
   * Only meaningful without a qualifier: `name` alone, but not `fileName`. A preceding word
   * that is neither a person owner nor a known personal modifier cancels the match.
   */
  qualified: z.boolean().default(false),
  /** Sets the `minor_u14` flag (PIPL Art. 28/31). */
  minor: z.boolean().default(false),
  /**
   * Only counts inside an owner named by one of these words (English word or Chinese term):
   * `street` and `province` inside `Address`, `amount` inside `Order`, `room_no` inside `HotelStay`.
   */
  owners: z.array(phrase).default([]),
});
export type TermGroup = z.infer<typeof termGroupSchema>;
export type TermGroupInput = z.input<typeof termGroupSchema>;

export const categoryVocabularySchema = z.object({
  category: categoryKeySchema,
  terms: z.array(termGroupSchema).min(1),
  /** Phrases that look like this category and are not (`phone_model`, `手机型号`). */
  negatives: z
    .object({ en: z.array(phrase).default([]), zh: z.array(phrase).default([]) })
    .default({ en: [], zh: [] }),
  /** A boolean can hold this information (`is_married`, `pregnant`); otherwise booleans never match. */
  booleanMeaningful: z.boolean().default(false),
  /** Personal whatever the owner (an ID number is a person's even inside `merchant`). */
  inherentlyPersonal: z.boolean().default(false),
});
export type CategoryVocabulary = z.infer<typeof categoryVocabularySchema>;
export type CategoryVocabularyInput = z.input<typeof categoryVocabularySchema>;

/** Context lists are matched word by word, so each entry must be one lower-case word. */
const oneWord = z
  .string()
  .regex(/^[a-z][a-z0-9]*$/, 'one lower-case word (context lists match single words)');
const words = z.array(oneWord);

/** Words that describe the owner of a field, and words that turn a field into metadata. */
export const contextSchema = z.object({
  /** Owners whose fields are personal: user, customer, 患者… */
  personOwners: z.object({ en: words, zh: z.array(phrase) }),
  /** Owners whose fields are not: company, store, server, 门店… */
  nonPersonOwners: z.object({ en: words, zh: z.array(phrase) }),
  /**
   * Owners that hold no data at all, only descriptions of fields: `rules.idCard`,
   * `messages.phone`, `columns.name`. Nothing under them is reported, whatever the category.
   */
  metaOwners: words.default([]),
  /** Owners that also make the data a minor's (student, child, 儿童). */
  minorOwners: z.object({ en: words, zh: z.array(phrase) }),
  /** Modifiers that keep a `qualified` term personal: home, current, real, first… */
  personalModifiers: words,
  /** A word after the term that makes it metadata: `emailEnabled`, `phoneModel`, `nameKey`. */
  metaSuffixes: words,
  /** A first word that makes the identifier an action: `validatePhone`, `sendEmail`. */
  verbPrefixes: words,
  /** A first word that makes it a yes/no question: `isMarried`, `hasEmail`. */
  booleanPrefixes: words,
  /** Chinese words after a term that make it metadata: 手机号格式, 是否… */
  metaSuffixesZh: z.array(phrase),
  /** Whole compounds that are never personal, whatever their parts: memoryAddress, nameSpace. */
  negativeCompounds: z.array(phrase),
  /** `<person owner> <suffix>` is an online identifier (`patient_id`, `ry_id`): low confidence. */
  personIdSuffixes: words.default([]),
  /**
   * Person owners whose record number is itself health information: a patient's number
   * (`patient_id`, 患者编号) is a medical-visit record (医疗就诊记录, GB/T 45574), so
   * the generated identifier is `health`, not `online_id`.
   */
  healthRecordOwners: z.object({ en: words, zh: z.array(phrase) }).default({ en: [], zh: [] }),
  /**
   * Abbreviations read as the word they stand for (`acct` → account, `txn` → transaction,
   * `amt` → amount), so `acct_no` and `txn_amt` match `account_no` and `transaction_amount`.
   */
  abbreviations: z.record(oneWord, oneWord).default({}),
  /** Chinese terms that are never personal (`客服电话`); categories also carry their own. */
  negativeTermsZh: z.array(phrase).default([]),
  /**
   * Words that name what kind of code object a record is, not what it is about (`UserDTO`,
   * `LoginViewModel`, `user_table`, `HotelInfo`): skipped when reading an owner's head noun.
   */
  ownerSuffixes: words.default([]),
  /**
   * Owners that are records of something a person did or holds (`hotel_booking`,
   * `loan_contract`, `txn_journal`): a non-person word before them does not make the record a
   * thing's (the booking is a guest's, not the hotel's).
   */
  recordOwners: words.default([]),
  /**
   * Roles that are a natural person inside a field name but not a person-like owner on their
   * own (`clientName`, `counterparty_name`, `legalRepresentative`): `client` as an owner is
   * usually an API client.
   */
  personRoles: words.default([]),
  /**
   * Owners that are fixed places or equipment (`RentalHouse`, `base_station`, `city`): their
   * coordinates locate the thing, not a person's whereabouts.
   */
  placeOwners: words.default([]),
  /**
   * Owners and words that make every coordinate inside a record a person's position
   * (`LocationUpdateEvent`, `track_point`): the record exists to follow someone.
   */
  trackingOwners: words.default([]),
  /** The same in Chinese (`轨迹`, `定位`, `信令`), matched inside owner names and descriptions. */
  trackingOwnersZh: z.array(phrase).default([]),
  /**
   * Party roles of a communication (`sender`, `caller`, `to`): inside a call, SMS or message
   * record, a number or id qualified by one is a communication record, not a contact detail.
   */
  partyRoles: words.default([]),
  /** Owner words of a communication record (`cdr`, `sms`, `message`): where party roles count. */
  communicationOwners: words.default([]),
  /**
   * Chinese words that say where a description's data lives (`系统`, `接口`, `平台`), not whose
   * it is: never the owner of a table description (`旅馆业治安管理信息系统接口表`).
   */
  carrierOwnersZh: z.array(phrase).default([]),
  /**
   * Column labels that name no personal information (序号, 金额, 备注, status, remark): a
   * first-row cell reading as one is a header, not a value (dataset header sniffing). The
   * labels that do name personal information are the categories' own terms.
   */
  headerLabels: z.object({ en: words, zh: z.array(phrase) }),
  /** Two-character endings of Chinese compound labels (客户名称, 下单时间, 收货地址): the same. */
  headerLabelEndingsZh: z.array(phrase),
  /** Particles that turn a verb into a noun: `checkInPhoto` is the check-in's photo, not an action. */
  phrasalParticles: words,
  /** Words saying where a file is kept: `faceImageUrl` is the face image, by reference. */
  fileLocators: words,
  /** Words of a photo or scan, kept as a file: a link to one holds it. */
  photoWords: words,
  /** Bounds opening a name: `max_user_weight` configures something, it measures nobody. */
  limitWords: words,
  /** Words that open a party's field in a transfer or message (`toAccountName`, `fromWalletId`). */
  directionWords: words,
  /** Chinese words for a code (编码, 代码): after an attribute they name its coded value. */
  codeWordsZh: z.array(phrase),
  /** Articles and determiners between `of` and the owner an English description names. */
  englishDeterminers: words,
  /** Words that end that owner's noun phrase: `the user receiving the message`, `the user who…`. */
  englishPhraseEnds: words,
  /** The list a response, a page or a connection wraps (`data: array<contact>`, `nodes: [User]`). */
  containerNames: words,
  /** Last words of a field that make its record a connection to a service (`host`, `port`, `url`). */
  connectionFields: words,
  /** The name a person logs in with, its words written together (`username`, `login_name`). */
  loginNames: words,
});
export type DetectionContext = z.input<typeof contextSchema>;
