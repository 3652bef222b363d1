/**
 * Flags: properties of the data subject rather than threshold classes. 法释〔2017〕10号 has no
 * special tier for minors, so their pieces count under the class of what the record holds
 * (法释〔2017〕10号 Art. 5(1)(3)–(5)); the flags add duties: PIPL Art. 31 under 14, the annual
 * compliance audit of the Regulations on the Protection of Minors Online under 18 (Art. 37).
 */
import type { CategoryInput } from '../schema.js';
import { gbt35273, pipl } from './cite.js';

/** Flags are not threshold classes: the pieces count under whatever their content is. */
export const FLAG_KEYS = ['minor_u14', 'minor_u18'] as const;

export const FLAGS: readonly CategoryInput[] = [
  {
    key: 'minor_u14',
    zh: '不满十四周岁未成年人的个人信息',
    en: 'PI of minors under 14',
    class: null,
    basis: [
      pipl('Art. 28', {
        en: 'the PI of minors under 14 is sensitive PI',
        zh: '不满十四周岁未成年人的个人信息属于敏感个人信息',
      }),
      pipl('Art. 31', {
        en: 'guardian consent and dedicated processing rules',
        zh: '取得父母或者其他监护人的同意，并制定专门的个人信息处理规则',
      }),
      gbt35273('§3.2 Note 1', {
        en: 'PI of children aged 14 or under listed as sensitive',
        zh: '14岁以下（含）儿童的个人信息',
      }),
    ],
    piplSensitive: 'yes',
    notes: {
      en: 'No criminal tier of its own: pieces count under the class of their content. PIPL requires guardian consent and dedicated rules.',
      zh: '刑事上无单独档次：按所含信息的类别计条数。个人信息保护法要求取得监护人同意并制定专门处理规则。',
    },
    ningbo: [],
  },
  {
    key: 'minor_u18',
    zh: '未成年人（不满十八周岁）的个人信息',
    en: 'PI of minors under 18',
    class: null,
    basis: [
      {
        instrument: 'minors_online_regs',
        article: 'Art. 37',
        en: "processors audit their processing of minors' PI for compliance every year, themselves or through a professional body, and report it to the city-level CAC",
        zh: '个人信息处理者应当自行或者委托专业机构每年对其处理未成年人个人信息遵守法律、行政法规的情况进行合规审计，并向所在地设区的市级网信部门报送合规审计情况',
        confidence: 'partial',
      },
      {
        instrument: 'cac_minors_audit_2025',
        article: '-',
        en: "the previous year's audit is reported online by the end of January, first in January 2026",
        zh: '每年1月底前在线报送上一年度合规审计情况，2026年1月首次报送',
        confidence: 'partial',
      },
    ],
    piplSensitive: 'no',
    notes: {
      en:
        'Minors are under 18. No criminal tier of its own: pieces count under the class of their content. Under-14s ' +
        'are also sensitive PI (`minor_u14`). The estimate finds minors from the birth dates in resident ID numbers.',
      zh:
        '未成年人指不满十八周岁的自然人。刑事上无单独档次：按所含信息的类别计条数。不满十四周岁的未成年人的个人信息另属敏感个人信息' +
        '（`minor_u14`）。估算依居民身份证号码中的出生日期识别未成年人。',
    },
    ningbo: [],
  },
];
