/**
 * Class B: 法释〔2017〕10号 Art. 5(1)(4) — accommodation, communication records, health,
 * transaction "and other PI that may affect personal or property safety"; serious at 500
 * pieces. Face data joins through Guiding Case 192 and ID-card images through Guiding Case 193
 * (whether GC 193 reaches a bare ID number is contested; the face-recognition filing covers face
 * information only).
 */
import type { CategoryInput } from '../schema.js';
import { fs17, gbt35273, gbt45574, gc193, pipl } from './cite.js';

const itemFour = fs17('Art. 5(1)(4)', {
  en: 'accommodation, communication records, health, transaction and other PI that may affect personal or property safety: serious at 500 pieces',
  zh: '住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的公民个人信息五百条以上为情节严重',
});

/** This file's category keys; their order is the catalogue's (the enum, the sort). */
export const CLASS_B_KEYS = [
  'accommodation',
  'communication_records',
  'health',
  'transaction',
  'face',
  'biometric',
  'id_card_image',
] as const;

export const CLASS_B: readonly CategoryInput[] = [
  {
    key: 'accommodation',
    referenceKey: 'lodging',
    zh: '住宿信息',
    en: 'accommodation records',
    class: 'B',
    basis: [itemFour, gbt35273('Table B.1', { en: 'accommodation information', zh: '住宿信息' })],
    piplSensitive: 'std',
    notes: { en: 'Hotel check-in and check-out records, room numbers.', zh: '酒店入住、退房登记与房间号。' },
    ningbo: [],
  },
  {
    key: 'communication_records',
    referenceKey: 'comm_record',
    zh: '通信记录',
    en: 'communication records (metadata)',
    class: 'B',
    basis: [
      itemFour,
      gbt35273('Table B.1', { en: 'communication records and content', zh: '通信记录和内容' }),
    ],
    piplSensitive: 'std',
    notes: {
      en: 'Call logs and detail records: caller, callee, time, duration. The content itself is communication_content (class A).',
      zh: '通话记录与话单：主叫、被叫、时间、时长。通信内容本身属于通信内容（A类）。',
    },
    ningbo: ['communication'],
  },
  {
    key: 'health',
    zh: '健康生理信息',
    en: 'health and physiological information',
    class: 'B',
    basis: [
      itemFour,
      pipl('Art. 28', {
        en: 'medical and health information (医疗健康) is sensitive PI',
        zh: '医疗健康信息属于敏感个人信息',
      }),
      gbt35273('Table B.1', { en: 'health and physiological information', zh: '个人健康生理信息' }),
    ],
    piplSensitive: 'yes',
    notes: {
      en: 'Diagnoses, medical records, allergies, prescriptions, test reports. Height and weight are in GB/T 35273 A.1 but not B.1.',
      zh: '诊断、病历、过敏史、处方、检验报告。身高、体重列于GB/T 35273 A.1，未列于B.1。',
    },
    ningbo: [],
  },
  {
    key: 'transaction',
    zh: '交易信息',
    en: 'transaction records',
    class: 'B',
    basis: [
      itemFour,
      gbt35273('Table B.1', {
        en: 'transaction and consumption records, listed under property information',
        zh: '交易和消费记录（列于个人财产信息项下）',
      }),
    ],
    piplSensitive: 'std',
    contests: [
      {
        id: 'ecommerce_order',
        strict: 'B',
        lenient: 'C',
        title: { en: 'e-commerce and express-delivery orders', zh: '电商订单与快递单' },
        notes: {
          en:
            'The class turns on content. Strict: an order or waybill is transaction information (class B, 500 pieces); ' +
            'orders carrying goods, amounts or payment data are the clearest case. Lenient: a waybill or order carrying ' +
            'only the consignee’s name, phone and address counts as that ordinary PI (class C, 5,000 pieces), as recent ' +
            'commentary favours.',
          zh:
            '档次取决于内容。严格解读：订单或快递单属于交易信息（B类，五百条）；含商品、金额或支付信息的订单最为明确。' +
            '宽松解读：仅含收件人姓名、电话、地址的快递单或订单，按其所含的一般公民个人信息计算（C类，五千条），近期评论倾向此说。',
        },
        confidence: 'partial',
        sources: ['jsfz_orders_2025', 'guangyuan_buyers'],
      },
    ],
    notes: {
      en: 'Orders, payments, consumption and account flows. GB/T 35273 B.1 files transaction records under property.',
      zh: '订单、支付、消费与流水记录。GB/T 35273 B.1将交易和消费记录列于财产信息项下。',
    },
    ningbo: [],
  },
  {
    key: 'face',
    zh: '人脸信息',
    en: 'face information',
    class: 'B',
    basis: [
      fs17('Art. 5(1)(4)', {
        en: 'face information processed with face-recognition technology is handled under item (4) per Guiding Case 192',
        zh: '依指导性案例192号，使用人脸识别技术处理的人脸信息适用第四项',
        confidence: 'partial',
      }),
      {
        instrument: 'gc_192',
        article: 'key point 1',
        en: 'face information processed with face recognition is PI and is punished under Art. 5(1)(4)',
        zh: '使用人脸识别技术处理的人脸信息属于公民个人信息，应依照《解释》第五条第一款第四项定罪处罚',
        confidence: 'partial',
      },
      pipl('Art. 28', { en: 'biometrics (生物识别) are sensitive PI', zh: '生物识别信息属于敏感个人信息' }),
      gbt35273('Table B.1', { en: 'facial recognition features', zh: '面部识别特征' }),
      {
        instrument: 'face_measures',
        article: 'Art. 15',
        en: 'a processor storing face information processed with face-recognition technology of 100,000 persons or more files with the provincial CAC',
        zh: '应用人脸识别技术处理的人脸信息存储数量达到10万人的个人信息处理者，应当向所在地省级网信部门履行备案手续',
        confidence: 'partial',
      },
      {
        instrument: 'face_measures',
        article: 'Art. 2(2)',
        en: 'not applicable to face recognition used for research and development or algorithm training',
        zh: '为从事人脸识别技术研发、算法训练活动应用人脸识别技术处理人脸信息的，不适用本办法的规定',
        confidence: 'partial',
      },
    ],
    piplSensitive: 'yes',
    notes: {
      en:
        'Guiding Case 192 concerns face information processed with face-recognition technology (partially verified); a ' +
        'plain photograph never processed for recognition is outside it, though this model still counts face images ' +
        'here, conservatively. The filing duty applies only to face information processed with face-recognition ' +
        'technology, not to research, development or algorithm training.',
      zh:
        '指导性案例192号涉及使用人脸识别技术处理的人脸信息（部分核实）；从未用于识别的普通照片不在其列，本模型仍从严将人脸图像' +
        '计入本类。备案义务仅适用于应用人脸识别技术处理的人脸信息，不适用于技术研发、算法训练活动。',
    },
    ningbo: [],
  },
  {
    key: 'biometric',
    zh: '其他生物识别信息',
    en: 'other biometric information',
    class: 'B',
    basis: [
      fs17('Art. 5(1)(4)', {
        en: 'other biometrics are placed under item (4) by analogy with Guiding Case 192 (face information)',
        zh: '其他生物识别信息类推指导性案例192号（人脸信息）适用第四项',
        confidence: 'partial',
      }),
      pipl('Art. 28', { en: 'biometrics (生物识别) are sensitive PI', zh: '生物识别信息属于敏感个人信息' }),
      gbt35273('Table B.1', {
        en: 'genes, fingerprints, voiceprints, palm prints, iris',
        zh: '个人基因、指纹、声纹、掌纹、耳廓、虹膜等',
      }),
    ],
    piplSensitive: 'yes',
    notes: {
      en:
        "Fingerprints, voiceprints, iris, palm prints, gait and genes. Class B is this model's analogy with Guiding Case " +
        '192, which concerns face information. The face-recognition filing does not apply to these.',
      zh: '指纹、声纹、虹膜、掌纹、步态、基因。B类系本模型对指导性案例192号（涉及人脸信息）的类推。人脸识别备案义务不适用于此类信息。',
    },
    ningbo: [],
  },
  {
    key: 'id_card_image',
    zh: '居民身份证信息（证件图像）',
    en: 'resident ID-card images',
    class: 'B',
    basis: [
      gc193(),
      fs17('Art. 5(1)(4)', {
        en: 'resident ID-card information is "other PI that may affect personal or property safety" per Guiding Case 193',
        zh: '依指导性案例193号，居民身份证信息属于“其他可能影响人身、财产安全的公民个人信息”',
        confidence: 'partial',
      }),
      gbt45574({ en: 'the resident ID-card photo', zh: '居民身份证照片' }),
    ],
    piplSensitive: 'std',
    notes: {
      en:
        'Front and back images of resident ID cards, and records holding the card’s name, ID number and photo or ' +
        'household address: class B under Guiding Case 193, whose facts involved ID-card images. The photo stays ' +
        'sensitive under GB/T 45574-2025.',
      zh:
        '居民身份证正反面图像，以及含身份证姓名、号码和照片或户籍地址的记录：依指导性案例193号为B类，该案事实即涉及身份证' +
        '正反面图像。依GB/T 45574-2025，身份证照片仍属敏感个人信息。',
    },
    ningbo: [],
  },
];
