/**
 * The sector packs, parsed at load (a typo in a key fails the first import). Selected in
 * `.pilens.json` with `"sector": "finance"`; they add the sector's class to the inventory's grade
 * and flag the mapped fields for review. Only PIPL Art. 28 (verified) and GB/T 45574 Annex A
 * via the CAC Q&A (partial) are in the legal reference; every other mapping is from memory.
 */
import { z } from 'zod';
import { sectorPackSchema, type SectorId, type SectorPack } from './schema.js';

const NOT_READ = {
  en: 'the competent authorities of this sector may list such data as important data; pilens has not read their catalogues: decide whether it is important (重要) data',
  zh: '本行业主管部门可能将此类数据列为重要数据；本工具未查阅相关目录，须人工判断是否属于重要数据',
};

const JRT_0171 = {
  en: 'JR/T 0171-2020 (not read; from memory)',
  zh: 'JR/T 0171-2020（未查阅原文，凭记忆）',
};

const RAW: readonly z.input<typeof sectorPackSchema>[] = [
  {
    id: 'finance',
    name: { en: 'finance (personal financial information)', zh: '金融业（个人金融信息）' },
    review: NOT_READ,
    note: {
      en: 'Classes C1–C3 of personal financial information are those of JR/T 0171-2020 as remembered; JR/T 0197-2020 maps them to its data levels, which pilens does not state because neither standard was read.',
      zh: '个人金融信息C1至C3类别依凭记忆的JR/T 0171-2020；JR/T 0197-2020将其对应到数据级别，因两项标准均未查阅原文，本工具不给出级别。',
    },
    mappings: [
      {
        categories: ['credential', 'biometric', 'face'],
        sectorClass: 'C3',
        text: {
          en: 'information that authenticates the customer (passwords, PINs, card verification data, biometrics used to authenticate)',
          zh: '用户鉴别信息（密码、卡片验证码、用于鉴别的生物识别信息等）',
        },
        source: JRT_0171,
        confidence: 'memory',
      },
      {
        categories: ['property', 'transaction', 'credit', 'id_number', 'contact', 'online_id'],
        sectorClass: 'C2',
        text: {
          en: 'C2: information that identifies the customer and shows their financial situation (account numbers, identity documents, phone numbers, login names, property, credit and transactions); JR/T 0197-2020 maps the classes to its data levels, which pilens does not state',
          zh: 'C2：可识别客户身份与金融状况的信息（账号、证件信息、手机号码、登录名、财产、借贷和交易信息等）；JR/T 0197-2020将各类别对应到其数据级别，本工具不给出级别',
        },
        source: JRT_0171,
        confidence: 'memory',
      },
    ],
  },
  {
    id: 'health',
    name: { en: 'health care', zh: '医疗卫生' },
    review: NOT_READ,
    mappings: [
      {
        categories: ['health'],
        text: {
          en: 'medical and health information: sensitive PI (illnesses, medical history, visit records, test results)',
          zh: '医疗健康信息：敏感个人信息（病症、既往病史、医疗就诊记录、检验检查数据等）',
        },
        source: {
          en: 'PIPL Art. 28; GB/T 45574-2025 Annex A',
          zh: '《个人信息保护法》第二十八条；GB/T 45574-2025 附录A',
        },
        confidence: 'partial',
      },
    ],
  },
  {
    id: 'automotive',
    name: { en: 'automotive', zh: '汽车' },
    review: NOT_READ,
    mappings: [
      {
        categories: ['whereabouts'],
        text: {
          en: 'vehicle driving tracks: sensitive PI',
          zh: '车辆行驶轨迹信息：敏感个人信息',
        },
        source: { en: 'GB/T 45574-2025 Annex A', zh: 'GB/T 45574-2025 附录A' },
        confidence: 'partial',
      },
      {
        categories: ['vehicle', 'face'],
        text: {
          en: 'data about vehicles and their owners, and faces captured around a vehicle, are treated specially by the automotive data rules of 2021',
          zh: '车辆及车主信息、车外采集的人脸信息，受2021年汽车数据安全管理规定的特别规制',
        },
        source: {
          en: 'Several Provisions on Automotive Data Security Management (2021) (not read; from memory)',
          zh: '《汽车数据安全管理若干规定（试行）》（未查阅原文，凭记忆）',
        },
        confidence: 'memory',
      },
    ],
  },
];

/** The packs by id. */
export const SECTOR_PACKS: Readonly<Record<SectorId, SectorPack>> = Object.fromEntries(
  RAW.map((raw) => {
    const pack = sectorPackSchema.parse(raw);
    return [pack.id, pack];
  }),
) as Record<SectorId, SectorPack>;
