/**
 * Chinese field comments and pinyin abbreviations the other vocabulary files lacked (issue 9,
 * branch `det-comments`). Widened from the field comments of 26 public Chinese systems (police
 * population and custody records, hotel reception, P2P lending, HR, hospital, vehicle
 * supervision, campus health), where the comment carries the meaning the name does not
 * (`zzmm` // 政治面貌, `mobile` // 银行预留手机号). Compiled together with the other category data:
 * a category listed here again adds terms, it does not replace the first list. Heuristics, not
 * legal text; rulings in `docs/detection-rulings.md` ("Chinese field comments").
 */
import { w } from './words.js';
import type { CategoryVocabularyInput } from './schema.js';

export const CN_FIELD_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    // Political affiliation and military service are entries of a household or personnel file.
    category: 'basic_profile',
    terms: [{ strength: 'strong', zh: w`政治面貌 兵役状况 出生国家`, pinyin: w`zzmm` }],
  },
  {
    // `是否结婚` is a yes/no about the person's marriage, as `婚否` is.
    category: 'marital_orientation',
    terms: [{ strength: 'strong', zh: w`是否结婚 是否已婚` }],
  },
  {
    // The phone a person left with a bank or a platform (`银行预留手机号`) is theirs: the bank
    // keeps it, it does not own it.
    category: 'contact',
    terms: [
      {
        strength: 'strong',
        zh: w`预留手机号 预留手机号码 预留手机 预留电话 银行预留手机号 银行预留手机 银行预留电话 平台预留手机号`,
        pinyin: w`jjlxrdh yxdz`,
      },
    ],
  },
  {
    // Housing fund and base pay written as pinyin initials (公积金, 基本工资).
    category: 'property',
    terms: [{ strength: 'strong', pinyin: w`gjj jbgz gjjje` }],
  },
  {
    // Where a person lives now (现住地), a residence written without 址.
    category: 'address',
    terms: [{ strength: 'medium', zh: w`现住地 现居地 现住详址`, pinyin: w`xjzd` }],
    // The division code of that place (区划) is a reference to a region, as `city_code` is.
    negatives: { zh: w`现住地区划 现住区划` },
  },
  {
    // The outcome of a health check (体检) and a clinic's follow-up or referral of the patient
    // are medical records; their bare dates stay row stamps, and a fee item named for a
    // follow-up visit (复诊挂号费) is a price list.
    category: 'health',
    terms: [
      {
        strength: 'medium',
        zh: w`体检结果 体检结论 是否复诊 是否转诊 建议转诊 转诊原因 转诊医院 复诊结果 就医证明`,
      },
    ],
  },
  {
    // The validity and issuer of a person's identity document are part of the document.
    category: 'id_number',
    terms: [
      {
        strength: 'medium',
        zh: w`证件有效期 证件有效期至 证件过期日期 证件到期日期 身份证签发机关 证件签发机关`,
      },
    ],
  },
  {
    // Occupational and practising certificates (从业资格证, 执业证) are a person's qualifications.
    category: 'education_work',
    terms: [
      {
        strength: 'medium',
        pinyin: w`lzsj lzrq`,
      },
    ],
  },
];
