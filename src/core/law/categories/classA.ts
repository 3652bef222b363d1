/**
 * Class A: 法释〔2017〕10号 Art. 5(1)(3) — whereabouts, communication content, credit and
 * property information; serious at 50 pieces (legal-reference.md §2, §9.2).
 */
import type { CategoryInput } from '../schema.js';
import { fs17, gbt35273, gbt45574, pipl } from './cite.js';

const itemThree = fs17('Art. 5(1)(3)', {
  en: 'whereabouts, communication content, credit and property information: serious at 50 pieces',
  zh: '行踪轨迹信息、通信内容、征信信息、财产信息五十条以上为情节严重',
});

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
        id: 'single_location_point',
        strict: 'A',
        lenient: 'B',
        title: { en: 'a single location point', zh: '单个位置点' },
        // Why B and not C: the reference's sources that separate a point from a track still
        // treat precise location as sensitive (GB/T 35273 B.1 lists 精准定位信息 next to
        // 住宿信息), and Art. 5(1)(4) covers "other PI that may affect personal or property
        // safety" at 500 pieces. Nothing in the reference puts a precise location among
        // ordinary (class C) information; a coarse area is better classed as an address.
        notes: {
          en:
            'Strict: any location is whereabouts (class A, 50 pieces). Lenient: GB/T 45574 describes whereabouts as ' +
            'continuous precise tracks, so one point is not a track; but GB/T 35273 B.1 still lists precise location ' +
            'as sensitive beside accommodation, so the lenient reading is Art. 5(1)(4) "other PI that may affect ' +
            'personal or property safety" (class B, 500 pieces), not class C. An interpretive mapping, unverified.',
          zh:
            '严格解读：任何位置信息均为行踪轨迹（A类，50条）。宽松解读：GB/T 45574将行踪轨迹描述为连续精准定位轨迹，' +
            '单个位置点不构成轨迹；但GB/T 35273 B.1仍将精准定位信息与住宿信息并列为敏感信息，故宽松解读为第五条第一款' +
            '第四项“其他可能影响人身、财产安全的公民个人信息”（B类，500条），而非C类。此为解释性映射，未经核实。',
        },
        confidence: 'memory',
      },
    ],
    notes: {
      en: 'Vehicle tracks belong here (GB/T 45574), not under vehicle. A single coarse location point is contestable.',
      zh: '车辆行驶轨迹属于本类（GB/T 45574），不属于车辆信息。单个粗略位置点的归类存在争议。',
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
    ],
    piplSensitive: 'yes',
    contests: [
      {
        id: 'bare_bank_card',
        strict: 'A',
        lenient: 'C',
        title: { en: 'a bare bank-card number', zh: '单独的银行卡号' },
        notes: {
          en:
            'Strict: a bank-card number is property information (class A, 50 pieces). Lenient: a card number without ' +
            'balance, credentials or transactions reveals no property status and is ordinary PI (class C, 5,000 pieces). ' +
            'Contested and unverified. Under PIPL Art. 28 a financial account is ' +
            'sensitive either way.',
          zh:
            '严格解读：银行卡号属于财产信息（A类，50条）。宽松解读：不含余额、密码或交易的卡号不反映财产状况，属于一般' +
            '个人信息（C类，5,000条）。存在争议，未经核实。无论哪种解读，金融账户依个人信息保护法' +
            '第二十八条均属敏感个人信息。',
        },
        confidence: 'memory',
      },
    ],
    notes: {
      en: 'Covers real estate (房产信息, GB/T 35273) and stock, securities and fund accounts (GB/T 45574), the largest share of the Ningbo cases.',
      zh: '包括房产信息（GB/T 35273）和股票、证券、基金账户（GB/T 45574），在宁波案件中占比最大。',
    },
    ningbo: ['real_estate', 'stock_securities', 'property'],
  },
];
