/**
 * Class B: 法释〔2017〕10号 Art. 5(1)(4) — accommodation, communication records, health,
 * transaction "and other PI that may affect personal or property safety"; serious at 500
 * pieces. Face data joins through Guiding Case 192 (legal-reference.md §2, §8.3, §9.2).
 */
import type { CategoryInput } from '../schema.js';
import { fs17, gbt35273, pipl } from './cite.js';

const itemFour = fs17('Art. 5(1)(4)', {
  en: 'accommodation, communication records, health, transaction and other PI that may affect personal or property safety: serious at 500 pieces',
  zh: '住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的公民个人信息五百条以上为情节严重',
});

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
            'Strict: an order or waybill is transaction information (class B, 500 pieces). Lenient: an order record ' +
            'counts as the ordinary PI it carries, such as name, phone and address (class C, 5,000 pieces). Treating ' +
            'e-commerce and express orders as 交易信息 is practice, unverified.',
          zh:
            '严格解读：订单或快递单属于交易信息（B类，500条）。宽松解读：订单记录按其所含的一般个人信息（姓名、电话、地址）' +
            '计算（C类，5,000条）。将电商订单、快递单认定为交易信息系实务做法，未经核实。',
        },
        confidence: 'memory',
      },
    ],
    notes: {
      en: 'Orders, payments, consumption and account flows. GB/T 35273 B.1 files transaction records under property.',
      zh: '订单、支付、消费与流水记录。GB/T 35273 B.1将交易和消费记录列于财产信息项下。',
    },
    ningbo: [],
  },
  {
    key: 'biometric',
    zh: '生物识别信息',
    en: 'biometric information',
    class: 'B',
    basis: [
      fs17('Art. 5(1)(4)', {
        en: 'face data is handled under item (4) per Guiding Case 192; other biometrics by analogy',
        zh: '依指导案例192号，人脸信息适用第四项；其他生物识别信息类推适用',
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
      gbt35273('Table B.1', {
        en: 'genes, fingerprints, voiceprints, palm prints, iris, facial features',
        zh: '个人基因、指纹、声纹、掌纹、耳廓、虹膜、面部识别特征等',
      }),
    ],
    piplSensitive: 'yes',
    notes: {
      en:
        'Class B rests on Guiding Case 192, which concerns face data (partially verified); applying it to fingerprints, ' +
        "voiceprints and other biometrics is this model's analogy. Storing face data of 100,000 persons or more requires a filing.",
      zh:
        'B类归类依据指导案例192号（部分核实），该案涉及人脸信息；将其适用于指纹、声纹等其他生物识别信息系本模型的类推。' +
        '存储10万人以上人脸信息须备案。',
    },
    ningbo: [],
  },
];
