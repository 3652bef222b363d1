/**
 * Class C, identity and contact: 法释〔2017〕10号 Art. 5(1)(5), "other" PI, serious at 5,000
 * pieces. Most of these are named in the Interpretation's Art. 1 definition
 * (legal-reference.md §2, §9.2).
 */
import type { CategoryInput } from '../schema.js';
import { civil1034, fs17ItemFive, fs17Listed, gbt35273, gbt45574 } from './cite.js';

export const CLASS_C_IDENTITY: readonly CategoryInput[] = [
  {
    key: 'id_number',
    zh: '身份证件号码',
    en: 'identity-document number',
    class: 'C',
    basis: [
      fs17Listed('identity-document number'),
      fs17ItemFive(),
      gbt35273('Table B.1', {
        en: 'identity information: ID card, passport, driving licence…',
        zh: '个人身份信息：身份证、军官证、护照、驾驶证等',
      }),
      gbt45574({ en: 'the resident ID-card photo', zh: '居民身份证照片' }),
    ],
    piplSensitive: 'std',
    notes: {
      en: 'Class C in the Interpretation (not named in items 3–4), though sensitive under GB/T 35273 B.1. Includes passports, permits, social-security and driving-licence numbers.',
      zh: '在《解释》中属C类（未列入第三、四项），但依GB/T 35273 B.1属敏感信息。包括护照、通行证、社保卡号、驾驶证号。',
    },
    ningbo: [],
  },
  {
    key: 'name',
    zh: '姓名',
    en: 'name',
    class: 'C',
    basis: [
      fs17Listed('name'),
      fs17ItemFive(),
      civil1034({ en: 'name listed as PI', zh: '姓名列为个人信息' }),
    ],
    piplSensitive: 'no',
    notes: {
      en: 'A quasi-identifier: usually the key that makes the other fields of a record PI.',
      zh: '准标识符：通常正是它使记录中的其他字段成为个人信息。',
    },
    ningbo: [],
  },
  {
    key: 'contact',
    zh: '通信通讯联系方式',
    en: 'contact details (phone, e-mail, IM id)',
    class: 'C',
    basis: [
      fs17Listed('communication and contact details'),
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
      fs17Listed('address'),
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
    basis: [fs17ItemFive()],
    piplSensitive: 'no',
    notes: {
      en:
        "Not a separate row in the national standards' tables (户籍地址 is listed under address); kept as its own key because the " +
        'Ningbo judgments record it as an information type. Not named in Art. 5(1)(3)–(4), so class C.',
      zh: '国家标准的列表中无单列（户籍地址列于住址项下）；因宁波判决将其列为信息类型而单设。未列入第五条第一款第三、四项，故为C类。',
    },
    ningbo: ['household_registration'],
  },
  {
    key: 'credential',
    zh: '账号密码 / 身份鉴别信息',
    en: 'account credentials',
    class: 'C',
    basis: [
      fs17Listed('account passwords (账号密码)'),
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
            'The Interpretation does not state the tier of credentials. Strict: financial credentials (payment passwords, ' +
            'bank PINs) are arguably property information (class A, 50 pieces). Lenient: class C by default (5,000 pieces). ' +
            'Unverified. Art. 285(2) may apply separately, counted in sets.',
          zh:
            '《解释》未明确账号密码的档次。严格解读：金融账户凭证（支付密码、银行卡密码）可认为属于财产信息（A类，50条）。' +
            '宽松解读：默认C类（5,000条）。未经核实。另可能单独适用刑法第二百八十五条第二款，以“组”计。',
        },
        confidence: 'memory',
      },
    ],
    notes: {
      en: 'Passwords, PINs, tokens, verification codes. Financial-account passwords are sensitive (GB/T 45574).',
      zh: '密码、口令、令牌、验证码。金融账户密码属于敏感个人信息（GB/T 45574）。',
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
      en: 'Gender, date of birth, age, ethnicity, nationality. An age under 14 also raises the minor_u14 flag.',
      zh: '性别、出生日期、年龄、民族、国籍。年龄不满14周岁时另触发minor_u14标记。',
    },
    ningbo: [],
  },
  {
    key: 'vehicle',
    zh: '车辆 / 车主信息',
    en: 'vehicle and owner information',
    class: 'C',
    basis: [fs17ItemFive()],
    piplSensitive: 'no',
    notes: {
      en: 'Plate numbers, VIN, engine numbers, vehicle owners. Vehicle tracks are whereabouts (class A), not this.',
      zh: '车牌号、车辆识别代号、发动机号、车主。车辆行驶轨迹属于行踪轨迹（A类）。',
    },
    ningbo: ['vehicle_ownership'],
  },
];
