/**
 * Class A: 法释〔2017〕10号 Art. 5(1)(3) — whereabouts, communication content, credit and
 * property information; serious at 50 pieces (Art. 5(1)(3)).
 */
import type { CategoryInput } from '../schema.js';
import { CARD_DATA } from '../wording.js';
import { cardOffence, fs17, gbt35273, gbt45574, pipl } from './cite.js';

const itemThree = fs17('Art. 5(1)(3)', {
  en: 'whereabouts, communication content, credit and property information: serious at 50 pieces',
  zh: '行踪轨迹信息、通信内容、征信信息、财产信息五十条以上为情节严重',
});

/** This file's category keys; their order is the catalogue's (the enum, the sort). */
export const CLASS_A_KEYS = ['whereabouts', 'communication_content', 'credit', 'property'] as const;

export const CLASS_A: readonly CategoryInput[] = [
  {
    key: 'whereabouts',
    referenceKey: 'track',
    zh: '行踪轨迹信息',
    en: 'whereabouts / trajectory',
    class: 'A',
    basis: [
      itemThree,
      fs17('Art. 5(1)(1)', {
        en: 'selling or providing whereabouts that another uses to commit a crime is serious at any quantity',
        zh: '出售或者提供行踪轨迹信息，被他人用于犯罪的，不论数量即为情节严重',
      }),
      pipl('Art. 28', { en: 'whereabouts (行踪轨迹) is sensitive PI', zh: '行踪轨迹属于敏感个人信息' }),
      gbt45574({
        en: 'continuous precise location tracks and vehicle tracks',
        zh: '连续精准定位轨迹信息、车辆行驶轨迹信息',
      }),
    ],
    piplSensitive: 'yes',
    contests: [
      {
        id: 'historical_location',
        strict: 'A',
        lenient: 'C',
        title: { en: 'historical location and travel records', zh: '历史位置与出行记录' },
        // The line in practice is real time, not one point against many: a real-time GPS fix
        // that directly locates a person is whereabouts; past trips are argued both ways.
        notes: {
          en:
            'Real-time or precise tracking data that directly locates a person (GPS fixes, vehicle tracks) is whereabouts, ' +
            'class A, firmly. Historical or non-real-time records (past trips, ride-hailing pick-up and drop-off points, ' +
            'ticket itineraries, cell positions in call records) are contested. Strict: whereabouts (class A, 50 pieces). ' +
            'Lenient: ordinary PI (class C, 5,000 pieces); courts have held historical flight records not to be whereabouts ' +
            'and have split on ride-hailing records, and some commentators would place them in class B instead.',
          zh:
            '实时、能够直接定位特定自然人的数据（GPS定位、车辆行驶轨迹）属于行踪轨迹信息，为A类，争议不大。历史或非实时的记录' +
            '（既往行程、网约车上下车地点、票务行程、话单中的基站位置）存在争议。严格解读：属于行踪轨迹信息（A类，五十条）。' +
            '宽松解读：属于一般公民个人信息（C类，五千条）；有判决认为历史航班记录不属于行踪轨迹信息，对网约车出行记录的认定' +
            '存在分歧，亦有观点主张归入B类。',
        },
        confidence: 'partial',
        sources: ['lei_lanjun_2020', 'hkhtsy_whereabouts', 'wen_xiao_2022'],
      },
    ],
    notes: {
      en:
        'Real-time positions and vehicle tracks belong here, not under vehicle. Historical travel and ride records are ' +
        'contested (`historical_location`). PIPL sensitivity does not set the criminal class.',
      zh: '实时位置与车辆行驶轨迹属于本类，不属于车辆信息。历史出行与乘车记录的归类存在争议（`historical_location`）。是否属于敏感个人信息不决定刑事档次。',
    },
    ningbo: ['location'],
  },
  {
    key: 'communication_content',
    referenceKey: 'comm_content',
    zh: '通信内容',
    en: 'communication content',
    class: 'A',
    basis: [
      itemThree,
      gbt35273('Table B.1', { en: 'communication records and content', zh: '通信记录和内容' }),
    ],
    piplSensitive: 'std',
    notes: {
      en: 'The content of messages, mail and calls. Metadata (who, when, how long) is communication_records (class B).',
      zh: '短信、邮件、通话的内容。元数据（主被叫、时间、时长）属于通信记录（B类）。',
    },
    ningbo: ['communication'],
  },
  {
    key: 'credit',
    zh: '征信信息',
    en: 'credit-reporting information',
    class: 'A',
    basis: [
      itemThree,
      gbt45574({ en: 'credit-reporting information listed as sensitive', zh: '征信信息列为敏感个人信息' }),
    ],
    piplSensitive: 'std',
    notes: {
      en: 'Credit reports, scores, overdue and default records.',
      zh: '征信报告、信用评分、逾期与违约记录。',
    },
    ningbo: [],
  },
  {
    key: 'property',
    zh: '财产信息',
    en: 'property / asset information',
    class: 'A',
    basis: [
      itemThree,
      pipl('Art. 28', {
        en: 'financial accounts (金融账户) are sensitive PI',
        zh: '金融账户属于敏感个人信息',
      }),
      gbt35273('Table B.1', {
        en: 'property information: bank accounts, deposits, real estate, credit, transaction records',
        zh: '个人财产信息：银行账户、存款信息、房产信息、信贷记录、交易和消费记录等',
      }),
      gbt45574({
        en: 'bank, securities, fund and insurance account numbers and passwords',
        zh: '银行、证券、基金、保险账户的账号及密码',
      }),
      ...cardOffence(),
    ],
    piplSensitive: 'yes',
    sensitivityScope: {
      notes: {
        en:
          'Financial accounts (bank cards and accounts, securities and fund accounts) are sensitive PI named in PIPL ' +
          'Art. 28; other property information (real estate, income, salary, points) is listed as sensitive only in ' +
          'GB/T 35273 B.1, not in GB/T 45574 Annex A, and treated as sensitive (a conservative choice).',
        zh:
          '金融账户（银行卡及账户、证券和基金账户）为《个人信息保护法》第二十八条列明的敏感个人信息；其他财产信息（房产、收入、' +
          '工资、积分）仅在GB/T 35273 表B.1中列为敏感，GB/T 45574 附录A未列入，从严按敏感个人信息处理。',
      },
      remark: {
        en: 'Named in PIPL Art. 28 for financial accounts; other property information is sensitive only by GB/T 35273 B.1.',
        zh: '金融账户为《个人信息保护法》第二十八条所列明；其他财产信息仅依GB/T 35273 表B.1属于敏感个人信息。',
      },
      namedContests: ['bare_bank_card'],
    },
    contests: [
      {
        id: 'bare_bank_card',
        strict: 'A',
        lenient: 'C',
        title: { en: 'a bare bank-card number', zh: '单独的银行卡号' },
        notes: {
          en:
            'Strict: a bank-card number is property information (class A, 50 pieces), the stronger where the record forms ' +
            'card information (name, ID number and card number, with or without password or phone). Lenient: property ' +
            'information must directly reflect property status or directly endanger property (the "two directs" test), so ' +
            'a card number without balance, credentials or transactions is ordinary PI (class C, 5,000 pieces). Under PIPL ' +
            'Art. 28 a financial account is sensitive either way.',
          zh:
            '严格解读：银行卡号属于财产信息（A类，五十条）；记录构成银行卡信息（姓名、身份证号码、卡号，或另含密码、手机号）时' +
            '更是如此。宽松解读：财产信息须直接反映财产状况或者直接危及财产安全（“两个直接”），不含余额、密码或交易的卡号属于' +
            '一般公民个人信息（C类，五千条）。无论哪种解读，金融账户依《个人信息保护法》第二十八条均属敏感个人信息。',
        },
        confidence: 'partial',
        sources: ['wu_chaoling_2018', 'qzzylawyer_2025', 'jsjc_two_direct_2024'],
      },
      {
        id: 'real_estate_owner',
        strict: 'A',
        lenient: 'C',
        title: { en: 'real-estate and homeowner information', zh: '房产与业主信息' },
        notes: {
          en:
            'Courts split three ways. Strict: real estate is property information (class A, 50 pieces). Lenient: property ' +
            'information is read narrowly (item (3) is limited to the four types, and the "two directs" test), so a ' +
            'homeowner list is ordinary PI (class C, 5,000 pieces). Some courts choose a third reading, transaction ' +
            'information (class B, 500 pieces), for buyers’ records that do not directly show property status; this model ' +
            'offers only the two ends.',
          zh:
            '司法实践存在三种认定。严格解读：房产信息属于财产信息（A类，五十条）。宽松解读：财产信息应从严限缩（第三项仅限四类' +
            '信息；“两个直接”标准），业主名单属于一般公民个人信息（C类，五千条）。亦有法院将不直接反映财产状况的购房户信息认定' +
            '为交易信息（B类，五百条）；本模型只提供两端的解读。',
        },
        confidence: 'partial',
        sources: [
          'jcrb_real_estate_2018',
          'spp_real_estate_2023',
          'guangyuan_buyers',
          'jsjc_two_direct_2024',
        ],
      },
    ],
    notes: {
      en:
        'Financial accounts are named in PIPL Art. 28; other property information (real estate, income) is listed as ' +
        'sensitive only in GB/T 35273 B.1. Stock, securities and fund accounts (GB/T 45574) and real estate, whose class ' +
        'is contested (`real_estate_owner`), are the largest share of the Ningbo cases. ' +
        CARD_DATA.en,
      zh:
        '金融账户为《个人信息保护法》第二十八条列明的敏感个人信息；其他财产信息（房产、收入）仅在GB/T 35273 表B.1中列为敏感。' +
        '股票、证券、基金账户（GB/T 45574）和房产信息（档次存在争议，`real_estate_owner`）在宁波案件中占比最大。' +
        CARD_DATA.zh,
    },
    ningbo: ['real_estate', 'stock_securities', 'property'],
  },
];
