/**
 * Evidence in the reader's language. The detector writes each reason as one English sentence
 * (`Evidence.detail`, also what the CLI prints); the editor shows it in Chinese when the UI is
 * Chinese, by recognising the detector's sentence shapes. A shape nobody taught this table is
 * shown as a plain Chinese line built from the evidence kind, never as English (a test scans
 * every fixture's evidence in Chinese to catch a new shape). Free of `vscode`.
 */
import { CATEGORIES, getCategory, getContest, isCategoryKey, type Locale } from '../core/law/index.js';
import type { Evidence, EvidenceKind } from '../core/types.js';

const byEnglishName = new Map<string, string>(CATEGORIES.map((c) => [c.en.toLowerCase(), c.zh] as const));

/** A category named by key (`id_number`) or by English name (`Resident ID number`), in Chinese. */
function zhCategory(name: string): string {
  const trimmed = name.trim();
  if (isCategoryKey(trimmed)) return getCategory(trimmed).zh;
  return byEnglishName.get(trimmed.toLowerCase()) ?? trimmed;
}

const SOURCE_ZH: Readonly<Record<string, string>> = {
  'pinyin abbreviation': '拼音缩写',
  'Chinese term': '中文词',
  'identifier words': '标识符中的词',
};

/** The `; contested mapping (id), see the reading setting` tail, in Chinese. */
function contestTail(id: string | undefined): string {
  if (id === undefined) return '';
  const title = getContest(id)?.contest.title.zh;
  return `；争议映射：${title ?? id}，取决于解读设置`;
}

/** Record domains (`src/core/detect/vocabulary/domains.ts` labels) in Chinese. */
const DOMAIN_ZH: Readonly<Record<string, string>> = {
  employment: '任职',
  clinical: '诊疗',
  study: '学习',
  payment: '支付',
};

/** What a validation accepts (`src/core/detect/validators.ts`), in Chinese. */
const HOLDS_ZH: Readonly<Record<string, string>> = {
  'an e-mail address': '电子邮箱地址',
  'a phone number': '电话号码',
  'a payment card number': '支付卡号',
  'an identity card number': '身份证件号码',
};

/** Names only a natural person has (`src/core/detect/naturalName.ts`), in Chinese. */
const NATURAL_NAME_ZH: Readonly<Record<string, string>> = {
  'first name': '名',
  'last name': '姓',
  'given name': '名',
  'family name': '姓',
  'middle name': '中间名',
  surname: '姓',
  'maiden name': '婚前姓',
  'name on card': '卡面姓名',
  'name on account': '账户户名',
  'real name': '真实姓名',
  realname: '真实姓名',
  'true name': '真实姓名',
  truename: '真实姓名',
};

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

/** The detector's sentence shapes (src/core/detect, src/core/scan) and their Chinese. */
const RULES: readonly Rule[] = [
  [
    /^(pinyin abbreviation|Chinese term|identifier words) "(.*)" \((\w+)\): (.+?)(?:; contested mapping \((\w+)\), see the reading setting)?$/,
    (m) => `${SOURCE_ZH[m[1] ?? ''] ?? ''}“${m[2] ?? ''}”：${zhCategory(m[4] ?? '')}${contestTail(m[5])}`,
  ],
  [
    /^the attached comment says "(.*)": (.+?)(?:; contested mapping \((\w+)\), see the reading setting)?$/,
    (m) => `所附注释写明“${m[1] ?? ''}”：${zhCategory(m[2] ?? '')}${contestTail(m[3])}`,
  ],
  [
    /^\.pilens\.json vocabulary maps "(.*)" to (.+?)(?:; contested mapping \((\w+)\), see the reading setting)?$/,
    (m) => `.pilens.json 词表将“${m[1] ?? ''}”映射为${zhCategory(m[2] ?? '')}${contestTail(m[3])}`,
  ],
  [/^the attached comment confirms it \("(.*)"\)$/, (m) => `所附注释予以确认（“${m[1] ?? ''}”）`],
  [
    /^the validation "(.*)" accepts only (.+)$/,
    (m) => `校验“${m[1] ?? ''}”只接受${HOLDS_ZH[m[2] ?? ''] ?? m[2] ?? ''}`,
  ],
  [
    /^inside this owner, "(.*)" is part of (\w+)$/,
    (m) => `在此记录中，“${m[1] ?? ''}”属于${zhCategory(m[2] ?? '')}`,
  ],
  [
    /^a party of a call or message inside its record: a communication record$/,
    () => '通话或消息记录中的一方：属于通信记录',
  ],
  [
    /^the same record holds "(.*)", so it describes a person$/,
    (m) => `同一记录含有“${m[1] ?? ''}”，因此描述的是自然人`,
  ],
  [
    /^the same record holds "(.*)", so its state is the region of that address: address information$/,
    (m) => `同一记录含有“${m[1] ?? ''}”，故其州（省）是该地址所在的区域：属于地址信息`,
  ],
  [
    /^the record is named for "(.*)" and this field holds the extension of its number$/,
    (m) => `该记录以“${m[1] ?? ''}”命名，此字段保存其号码的分机号`,
  ],
  [
    /^the same record holds "(.*)", which marks an? (\w+) record$/,
    (m) => `同一记录含有“${m[1] ?? ''}”，表明这是${DOMAIN_ZH[m[2] ?? ''] ?? m[2] ?? ''}记录`,
  ],
  [/^"(.*)" is a person, so the field describes one$/, (m) => `“${m[1] ?? ''}”指自然人，故该字段描述自然人`],
  [
    /^"(.*)" is a postal address, where a person lives or receives parcels, so the field describes that person$/,
    (m) => `“${m[1] ?? ''}”是邮寄地址，即自然人居住或收件之处，故该字段描述该自然人`,
  ],
  [
    /^because (.*?) is an? (\w+) record of a person \((.*)\), when it was paid is theirs$/,
    (m) =>
      `${m[1] === 'the record' ? '该记录' : `“${(m[1] ?? '').replace(/^"|"$/g, '')}”`}是自然人的${DOMAIN_ZH[m[2] ?? ''] ?? m[2] ?? ''}记录（“${/"([^"]*)"/.exec(m[3] ?? '')?.[1] ?? ''}”），其付款时间属于该自然人`,
  ],
  [
    /^a location a person states on their profile is the place they give as theirs, not a position that follows them: address information$/,
    () => '自然人在个人资料中填写的所在地是其自称的居所或所在地，而非跟踪其位置的定位：属于地址信息',
  ],
  [
    /^"(.*)" of a postal address locates that address: address information$/,
    (m) => `邮寄地址的“${m[1] ?? ''}”定位的是该地址：属于地址信息`,
  ],
  [
    /^"(.*)" is a card issued to a person, its holder, so the field describes them$/,
    (m) => `“${m[1] ?? ''}”是发给自然人的卡，故该字段描述其持卡人`,
  ],
  [
    /^"(.*)" is not a person, but (\w+) is personal whoever holds it$/,
    (m) => `“${m[1] ?? ''}”不是自然人，但${zhCategory(m[2] ?? '')}无论由谁持有都属于个人信息`,
  ],
  [
    /^"(.*)" is not a person, but a nickname only ever names one$/,
    (m) => `“${m[1] ?? ''}”不是自然人，但昵称只会指称自然人`,
  ],
  [
    /^"(.*)" is not a person, but only a person has an? (.+)$/,
    (m) => `“${m[1] ?? ''}”不是自然人，但只有自然人才有${NATURAL_NAME_ZH[m[2] ?? ''] ?? m[2] ?? ''}`,
  ],
  [
    /^a key to a person's record: the "(.*)" is that person's$/,
    (m) => `指向自然人记录的键：该“${m[1] ?? ''}”属于该自然人`,
  ],
  [/^a date type fits a birth date$/, () => '日期类型与出生日期相符'],
  [
    /^a string of (\d+) characters fits a resident ID number$/,
    (m) => `${m[1] ?? ''}位字符串与居民身份证号码相符`,
  ],
  [/^a string of (\d+) characters fits a mobile number$/, (m) => `${m[1] ?? ''}位字符串与手机号码相符`],
  [/^a binary type fits biometric data$/, () => '二进制类型与生物识别数据相符'],
  [/^a decimal type fits a coordinate$/, () => '小数类型与坐标相符'],
  [
    /^a literal that is a valid resident ID number \(GB 11643 checksum, province, birth date\)$/,
    () => '字面值是有效的居民身份证号码（GB 11643校验码、省份、出生日期）',
  ],
  [/^a quoted literal shaped like a mainland mobile number$/, () => '带引号的字面值形如内地手机号码'],
  [
    /^a quoted literal that is a Luhn-valid bank card number with a known issuer prefix$/,
    () => '带引号的字面值是通过Luhn校验且发卡行前缀已知的银行卡号',
  ],
  [
    /^\.pilens\.json override: fields matching "(.*)" are (\w+)$/,
    (m) => `.pilens.json 覆盖规则：匹配“${m[1] ?? ''}”的字段为${zhCategory(m[2] ?? '')}`,
  ],
  [
    /^decided by the team in \.pilens\.json: (\w+)(?: \((.*)\))?$/,
    (m) =>
      `团队已在 .pilens.json 中决定：${zhCategory(m[1] ?? '')}${m[2] === undefined ? '' : `（理由：${m[2]}）`}`,
  ],
  [
    /^annotated as (\w+)(?:: (.*))?$/,
    (m) => `已标注为${zhCategory(m[1] ?? '')}${m[2] === undefined ? '' : `：${m[2]}`}`,
  ],
];

/** What a kind of evidence means, for a sentence no rule recognises. */
const KIND_ZH: Readonly<Record<EvidenceKind, string>> = {
  token: '字段名中的词',
  comment: '所附注释',
  annotation: '@pi 标注',
  type: '声明的类型',
  owner: '所属记录',
  value: '字面值形式',
  config: '.pilens.json 配置',
};

/** `(strong):` after the matched words: how sure the vocabulary is, not for readers. */
const STRENGTH = / \((?:strong|medium|low|weak|ambiguous)\):/;

/** The English tail that repeats the contest the hover already names. */
const CONTEST_TAIL = /; contested mapping \(\w+\), see the reading setting$/;

/** The evidence's explanation in `locale`. */
export function evidenceDetail(evidence: Evidence, locale: Locale): string {
  // The contest has its own line wherever evidence is shown; the strength is the detector's jargon.
  const detail = evidence.detail.replace(CONTEST_TAIL, '');
  if (locale === 'en') return detail.replace(STRENGTH, ':');
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(detail);
    if (match !== null) return render(match);
  }
  return `${KIND_ZH[evidence.kind]}：“${evidence.matched}”`;
}

/** Whether the Chinese table knows this sentence (tests use it to find new detector shapes). */
export function hasChineseEvidence(detail: string): boolean {
  return RULES.some(([pattern]) => pattern.test(detail));
}
