/**
 * Class C, identity and contact: 法释〔2017〕10号 Art. 5(1)(5), "other" PI, serious at 5,000
 * pieces. Most of these are named in the Interpretation's Art. 1 definition
 * (法释〔2017〕10号 Art. 1).
 */
import type { CategoryInput, ContestInput } from '../schema.js';
import { CARD_DATA } from '../wording.js';
import { cardOffence, civil1034, fs17ItemFive, fs17Listed, gbt35273, gbt45574, gc193 } from './cite.js';

/**
 * Guiding Case 193 puts 居民身份证信息 in class B; whether a bare ID number, or a household
 * record, is that card information is argued both ways (docs/legal-basis.md, contested readings).
 */
const residentIdInfo: ContestInput = {
  id: 'resident_id_info',
  strict: 'B',
  lenient: 'C',
  title: { en: 'resident ID numbers and household-registration records', zh: '居民身份证号码与户籍登记信息' },
  notes: {
    en:
      'Strict: following SPC Guiding Case 193, resident ID-card information is "other PI that may affect personal or ' +
      'property safety" (Art. 5(1)(4), class B, 500 pieces); some courts put bundles of ID number, address and phone ' +
      'there too, and public-security household records (photo, ID number, family) fall under the same reasoning. ' +
      'Lenient: a bare ID number, or a bare household address, is not the card information and stays ordinary PI under ' +
      'item (5) (class C, 5,000 pieces).',
    zh:
      '严格解读：依最高人民法院指导性案例193号，居民身份证信息属于“其他可能影响人身、财产安全的公民个人信息”（第五条第一款' +
      '第四项，B类，五百条）；亦有法院将身份证号码、住址、电话的组合信息认定为第四项信息，公安机关的户籍登记信息（照片、' +
      '身份证号码、家庭关系）依同一理由亦应归入该项。宽松解读：单独的身份证号码或户籍地址并非居民身份证信息，仍属第五项规定的' +
      '一般公民个人信息（C类，五千条）。',
  },
  confidence: 'partial',
  sources: ['rmfyb_gc193', 'rmsf_gc193', 'zhang_guixiang_2022'],
};

/** This file's category keys; their order is the catalogue's (the enum, the sort). */
export const CLASS_C_IDENTITY_KEYS = [
  'id_number',
  'name',
  'contact',
  'address',
  'household_registration',
  'credential',
  'basic_profile',
] as const;

export const CLASS_C_IDENTITY: readonly CategoryInput[] = [
  {
    key: 'id_number',
    zh: '身份证件号码',
    en: 'identity-document number',
    class: 'C',
    basis: [
      fs17Listed({ en: 'identity-document number', zh: '身份证件号码' }),
      fs17ItemFive(),
      gc193(),
      gbt35273('Table B.1', {
        en: 'identity information: ID card, passport, driving licence…',
        zh: '个人身份信息：身份证、军官证、护照、驾驶证等',
      }),
      gbt45574({
        en: 'lists the resident ID-card photo, no longer the ID number alone',
        zh: '列有居民身份证照片，不再单独列入身份证号码',
      }),
    ],
    piplSensitive: 'std',
    sensitivityContest: {
      id: 'id_number_sensitivity',
      strict: 'std',
      lenient: 'no',
      title: { en: 'whether an ID number is sensitive PI', zh: '身份证号码是否属于敏感个人信息' },
      notes: {
        en:
          'Not named in PIPL Art. 28. Strict: sensitive, as GB/T 35273-2020 Annex B (Table B.1) lists identity ' +
          'information. Lenient: not sensitive, as GB/T 45574-2025 (in force 1 November 2025) no longer lists the ID ' +
          'number alone; the ID-card photo stays sensitive.',
        zh:
          '《个人信息保护法》第二十八条未列明。严格解读：属于敏感个人信息，GB/T 35273-2020 附录B（表B.1）列有个人身份信息。' +
          '宽松解读：不属于敏感个人信息，GB/T 45574-2025（2025年11月1日起实施）不再单独列入身份证号码；身份证照片仍属敏感。',
      },
      confidence: 'partial',
      sources: ['jingtian_45574', 'tc260_guide_2024'],
    },
    contests: [residentIdInfo],
    notes: {
      en:
        'Class C unless it forms 居民身份证信息 (Guiding Case 193 → class B): resident ID numbers are contested ' +
        '(`resident_id_info`). Passport, permit, social-security and driving-licence numbers are class C. ID-card images ' +
        'are `id_card_image` (class B).',
      zh:
        '除构成居民身份证信息外属C类（指导性案例193号→B类）：居民身份证号码的归类存在争议（`resident_id_info`）。护照、通行证、' +
        '社保卡号、驾驶证号属C类。身份证图像见`id_card_image`（B类）。',
    },
    ningbo: [],
  },
  {
    key: 'name',
    zh: '姓名',
    en: 'name',
    class: 'C',
    basis: [
      fs17Listed({ en: 'name', zh: '姓名' }),
      fs17ItemFive(),
      civil1034({ en: 'name listed as PI', zh: '姓名列为个人信息' }),
    ],
    piplSensitive: 'no',
    notes: {
      en: 'A quasi-identifier: usually the key that makes the other fields of a record PI.',
      zh: '姓名通常是使同一记录中其他字段能够识别特定自然人的关键字段。',
    },
    ningbo: [],
  },
  {
    key: 'contact',
    zh: '通信通讯联系方式',
    en: 'contact details (phone, e-mail, IM id)',
    class: 'C',
    basis: [
      fs17Listed({ en: 'communication and contact details', zh: '通信通讯联系方式' }),
      fs17ItemFive(),
      {
        instrument: 'gc_195',
        article: 'holding',
        en: 'a phone number together with an SMS verification code identifies a person and is PI',
        zh: '手机号码与短信验证码结合能够识别特定个人，属于公民个人信息',
        confidence: 'partial',
      },
    ],
    piplSensitive: 'no',
    notes: {
      en: 'Mobile and fixed phone numbers, e-mail, WeChat and QQ ids.',
      zh: '手机号、电话、邮箱、微信号、QQ号。',
    },
    ningbo: [],
  },
  {
    key: 'address',
    zh: '住址',
    en: 'address',
    class: 'C',
    basis: [
      fs17Listed({ en: 'address', zh: '住址' }),
      fs17ItemFive(),
      civil1034({ en: 'address listed as PI', zh: '住址列为个人信息' }),
    ],
    piplSensitive: 'no',
    notes: {
      en: 'Home, current and shipping addresses. A precise location may instead be whereabouts.',
      zh: '家庭住址、现住址、收货地址。精确定位可能属于行踪轨迹。',
    },
    ningbo: [],
  },
  {
    key: 'household_registration',
    zh: '户籍信息',
    en: 'household registration (hukou)',
    class: 'C',
    basis: [fs17ItemFive(), gc193()],
    piplSensitive: 'no',
    contests: [residentIdInfo],
    notes: {
      en:
        "Not a separate row in the national standards' tables (户籍地址 is listed under address); kept as its own key because the " +
        'Ningbo judgments record it as an information type. Household-registration records are contested ' +
        '(`resident_id_info`): class B by the reasoning of Guiding Case 193, class C for a bare household address.',
      zh:
        '国家标准的列表中无单列（户籍地址列于住址项下）；因宁波判决将其列为信息类型而单设。户籍登记信息的归类存在争议' +
        '（`resident_id_info`）：依指导性案例193号的理由为B类，单独的户籍地址为C类。',
    },
    ningbo: ['household_registration'],
  },
  {
    key: 'credential',
    zh: '账号密码 / 身份鉴别信息',
    en: 'account credentials',
    class: 'C',
    basis: [
      fs17Listed({ en: 'account passwords (账号密码)', zh: '账号密码' }),
      fs17ItemFive(),
      {
        instrument: 'criminal_law',
        article: 'Art. 285(2)',
        en: 'illegally obtaining computer-system data, including authentication information',
        zh: '非法获取计算机信息系统数据罪',
        confidence: 'verified',
      },
      {
        instrument: 'interp_2011_computer',
        article: 'Art. 1',
        en: 'serious at 10 sets of financial-service authentication information or 500 sets of other; 5× is especially serious (sets, not pieces)',
        zh: '获取网络金融服务身份认证信息十组以上或其他身份认证信息五百组以上为情节严重；五倍以上为情节特别严重（单位为组）',
        confidence: 'verified',
      },
      gbt45574({
        en: 'bank, securities, fund and insurance account passwords',
        zh: '银行、证券、基金、保险账户的账号及密码',
      }),
      ...cardOffence(),
    ],
    piplSensitive: 'std',
    contests: [
      {
        id: 'financial_credential',
        strict: 'A',
        lenient: 'C',
        title: { en: 'credentials of financial accounts', zh: '金融账户的账号密码' },
        notes: {
          en:
            'The Interpretation does not state the class of credentials. Strict: practice treats financial-account ' +
            'authentication information (payment passwords, bank PINs) as property information (class A, 50 pieces), one ' +
            'set counting as one piece. Lenient: class C by default (5,000 pieces). Art. 285(2) may apply separately, ' +
            'counted in sets.',
          zh:
            '《解释》未明确账号密码的档次。严格解读：实务中将金融账户身份认证信息（支付密码、银行卡密码）认定为财产信息（A类，' +
            '五十条），一组计为一条。宽松解读：默认C类（五千条）。另可能单独适用《刑法》第二百八十五条第二款，以“组”计。',
        },
        confidence: 'partial',
        sources: ['qzzylawyer_2025', 'yu_haisong_counting'],
      },
    ],
    notes: {
      en: `Passwords, PINs, tokens, verification codes. Financial-account passwords are sensitive (GB/T 45574). ${CARD_DATA.en}`,
      zh: `密码、口令、令牌、验证码。金融账户密码属于敏感个人信息（GB/T 45574）。${CARD_DATA.zh}`,
    },
    ningbo: [],
  },
  {
    key: 'basic_profile',
    zh: '个人基本资料',
    en: 'basic profile',
    class: 'C',
    basis: [
      gbt35273('Table A.1', {
        en: 'basic personal data: birthday, gender, ethnicity, nationality, family relations',
        zh: '个人基本资料：生日、性别、民族、国籍、家庭关系等',
      }),
      fs17ItemFive(),
      civil1034({ en: 'date of birth listed as PI', zh: '出生日期列为个人信息' }),
    ],
    piplSensitive: 'no',
    notes: {
      en: 'Gender, date of birth, age, ethnicity, nationality. Ages under 18 and under 14 matter for the duties (`minor_u18`, `minor_u14`).',
      zh: '性别、出生日期、年龄、民族、国籍。不满十八周岁、不满十四周岁的未成年人另有相应义务（`minor_u18`、`minor_u14`）。',
    },
    ningbo: [],
  },
];
