/**
 * Flags: properties of the data subject rather than threshold classes. 法释〔2017〕10号 has no
 * special tier for minors, so their pieces count under the class of what the record holds
 * (legal-reference.md §9.2); the flag adds PIPL duties.
 */
import type { CategoryInput } from '../schema.js';
import { gbt35273, pipl } from './cite.js';

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
];
