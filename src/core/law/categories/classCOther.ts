/**
 * Class C, online, profile and vehicle information: 法释〔2017〕10号 Art. 5(1)(5), serious at 5,000
 * pieces. Several are sensitive under PIPL Art. 28 or the national standards even though the
 * criminal tier is the ordinary one (GB/T 35273-2020 Appendix B; GB/T 45574-2025).
 */
import type { CategoryInput } from '../schema.js';
import { fs17, fs17ItemFive, gbt35273, gbt45574, pipl } from './cite.js';

/** This file's category keys, after CLASS_C_IDENTITY_KEYS; their order is the catalogue's. */
export const CLASS_C_OTHER_KEYS = [
  'online_id',
  'online_activity',
  'education_work',
  'contacts_list',
  'religion_identity',
  'criminal_record',
  'marital_orientation',
  'vehicle',
] as const;

export const CLASS_C_OTHER: readonly CategoryInput[] = [
  {
    key: 'online_id',
    referenceKey: 'online_id_device',
    zh: '网络身份标识 / 个人常用设备信息',
    en: 'online identifiers and device ids',
    class: 'C',
    basis: [
      gbt35273('Table A.1', {
        en: 'network identity identifiers (accounts, IP addresses) and common device information (IMEI, MAC…)',
        zh: '网络身份标识信息（账号、IP地址）与个人常用设备信息（IMEI、MAC等）',
      }),
      fs17('Art. 1', {
        en: 'information that identifies a person alone or combined with other information',
        zh: '能够单独或者与其他信息结合识别特定自然人身份',
      }),
      fs17ItemFive(),
    ],
    piplSensitive: 'no',
    notes: {
      en: 'Accounts, user ids, IP addresses, IMEI, MAC, advertising ids. Identifiability depends on linkage with other data.',
      zh: '账号、用户ID、IP地址、IMEI、MAC、广告标识。可识别性取决于与其他信息的结合。',
    },
    ningbo: [],
  },
  {
    key: 'online_activity',
    referenceKey: 'online_records',
    zh: '个人上网记录',
    en: 'online activity records',
    class: 'C',
    basis: [
      gbt35273('Table A.1', {
        en: 'browsing, software-use and click records, favourites',
        zh: '网站浏览记录、软件使用记录、点击记录、收藏列表等',
      }),
      gbt35273('Table B.1', {
        en: 'web browsing records listed as sensitive',
        zh: '网页浏览记录列为敏感信息',
      }),
      fs17ItemFive(),
    ],
    piplSensitive: 'std',
    notes: {
      en: 'Browsing, search, click and app-usage logs ("online behaviour" in the Ningbo study).',
      zh: '浏览、搜索、点击与应用使用记录（宁波研究中的“网络行为”信息）。',
    },
    ningbo: ['online_behaviour'],
  },
  {
    key: 'education_work',
    referenceKey: 'edu_work',
    zh: '个人教育工作信息',
    en: 'education and employment',
    class: 'C',
    basis: [
      gbt35273('Table A.1', {
        en: 'occupation, position, employer, education, degrees, transcripts',
        zh: '个人职业、职位、工作单位、学历、学位、教育经历、工作经历、培训记录、成绩单等',
      }),
      fs17ItemFive(),
    ],
    piplSensitive: 'no',
    notes: {
      en: 'Schools, degrees, majors, employers, job titles.',
      zh: '学历、学位、毕业院校、专业、工作单位、职务。',
    },
    ningbo: ['education'],
  },
  {
    key: 'contacts_list',
    zh: '联系人信息',
    en: 'contacts and friend lists',
    class: 'C',
    basis: [
      gbt35273('Table A.1', {
        en: 'address books, friend lists',
        zh: '通讯录、好友列表等',
        confidence: 'memory',
      }),
      gbt35273('Table B.1', {
        en: 'address books, friend lists, group lists listed as sensitive',
        zh: '通讯录、好友列表、群组列表列为敏感信息',
      }),
      fs17ItemFive(),
    ],
    piplSensitive: 'std',
    notes: { en: 'Address books, friend lists, group members.', zh: '通讯录、好友列表、群成员。' },
    ningbo: [],
  },
  {
    key: 'religion_identity',
    zh: '宗教信仰 / 特定身份',
    en: 'religious belief and specific identity',
    class: 'C',
    basis: [
      pipl('Art. 28', {
        en: 'religious belief and specific identity are sensitive PI',
        zh: '宗教信仰、特定身份属于敏感个人信息',
      }),
      gbt45574({
        en: 'religious belief, disability status, occupational identity unsuitable for disclosure',
        zh: '宗教信仰信息、残障人士身份信息、不适宜公开的职业身份信息',
      }),
      fs17ItemFive(),
    ],
    piplSensitive: 'yes',
    notes: {
      en: 'Religion, religious organisations, disability certificates and levels.',
      zh: '宗教信仰、宗教组织、残疾证号与残疾等级。',
    },
    ningbo: [],
  },
  {
    key: 'criminal_record',
    zh: '未公开的违法犯罪记录',
    en: 'non-public criminal records',
    class: 'C',
    basis: [
      gbt35273('Table B.1', {
        en: 'non-public records of violations and crimes',
        zh: '未公开的违法犯罪记录',
      }),
      gbt45574({ en: 'criminal-record information', zh: '犯罪记录信息' }),
      fs17ItemFive(),
    ],
    piplSensitive: 'std',
    notes: { en: 'Convictions, prior records, violation records.', zh: '犯罪记录、前科、违法记录。' },
    ningbo: [],
  },
  {
    key: 'marital_orientation',
    zh: '婚史 / 性取向',
    en: 'marital history and sexual orientation',
    class: 'C',
    basis: [
      gbt35273('Table B.1', { en: 'sexual orientation, marital history', zh: '性取向、婚史' }),
      fs17ItemFive(),
    ],
    piplSensitive: 'std',
    notes: { en: 'Marital status and history, sexual orientation.', zh: '婚姻状况、婚史、性取向。' },
    ningbo: [],
  },
  {
    key: 'vehicle',
    zh: '车辆 / 车主信息',
    en: 'vehicle and owner information',
    class: 'C',
    basis: [fs17ItemFive()],
    piplSensitive: 'no',
    contests: [
      {
        id: 'vehicle_owner',
        strict: 'A',
        lenient: 'C',
        title: { en: 'vehicle-owner information', zh: '车主信息' },
        // The same split as real estate: a strict default for homeowners and a firm C
        // for vehicle owners would be inconsistent.
        notes: {
          en:
            'Who owns a vehicle (owner, registration certificate). Strict: some practice treats vehicle-owner ' +
            'information as property information (class A, 50 pieces), as it does real estate. Lenient: property ' +
            'information must directly reflect property status or directly endanger property (the "two directs" test), ' +
            'and the Jiangsu procuratorate holds that vehicle and house information is not property information by that ' +
            'fact alone: ordinary PI (class C, 5,000 pieces). Plate numbers, VIN and engine numbers without the owner stay ' +
            'class C; vehicle tracks are whereabouts (class A).',
          zh:
            '车辆归属信息（车主、机动车登记证书）。严格解读：实践中有将车主信息认定为财产信息的做法（A类，五十条），与房产信息相同。' +
            '宽松解读：财产信息须直接反映财产状况或者直接危及财产安全（“两个直接”），江苏省人民检察院认为车辆、房屋信息并不因此' +
            '当然属于财产信息，应认定为一般公民个人信息（C类，五千条）。不含车主的车牌号、车辆识别代号、发动机号仍为C类；车辆行驶' +
            '轨迹属于行踪轨迹信息（A类）。',
        },
        confidence: 'partial',
        sources: ['jsjc_two_direct_2024'],
      },
    ],
    notes: {
      en: 'Plate numbers, VIN, engine numbers, vehicle owners. Vehicle tracks are whereabouts (class A), not this.',
      zh: '车牌号、车辆识别代号、发动机号、车主。车辆行驶轨迹属于行踪轨迹（A类）。',
    },
    ningbo: ['vehicle_ownership'],
  },
];
