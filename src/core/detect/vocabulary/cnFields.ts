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
    terms: [
      { strength: 'strong', zh: w`政治面貌 兵役状况 出生国家`, pinyin: w`zzmm` },
      // A guest's or member's tastes (宾客喜好, 兴趣爱好) describe them, in a person's record only.
      { strength: 'weak', zh: w`喜好 爱好 兴趣爱好` },
    ],
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
        zh: w`预留手机号 预留手机号码 预留手机 预留电话 银行预留手机号 银行预留手机 银行预留电话 平台预留手机号 聊天号`,
        pinyin: w`jjlxrdh yxdz`,
      },
    ],
  },
  {
    // People named by their part in a case, an approval or a visit (审批人, 主办民警, 陪同人员,
    // 委托代理人): a person's name, as 经办人 and 联系人 already are.
    category: 'name',
    terms: [
      {
        strength: 'medium',
        zh: w`
          审批人 负责人 负责人姓名 委托代理人 代理人姓名 陪同人员 陪同人 接待人员 民警姓名 主办民警 协办民警
          检测人 认定人 被认定人 投资人名称 投资人姓名 借款人姓名 英文名 英文姓名
        `,
      },
      {
        // A homeowner's name (业主名称): 业主 alone reads as real-estate information, a contested
        // class; with a name head it names the owner, a person (or a company) in a residence.
        strength: 'medium',
        zh: w`业主名称 业主姓名`,
      },
    ],
    // A person's signature (审批人签名, 见证人签字) is an image of their hand, not their name.
    negatives: { zh: w`英文名称 人签名 人签字 警签名 警签字` },
  },
  {
    // A police officer's number is the number the force knows them by, as a staff number.
    category: 'online_id',
    terms: [
      { strength: 'medium', zh: w`警号 民警编号 主办民警编号 协办民警编号 手机串号 设备串号` },
      // A homeowner's key in a property-management system, as 用户ID is a user's.
      { strength: 'medium', zh: w`业主ID 业主id 业主编号 业主成员ID` },
    ],
  },
  {
    // What a custody or case record says about the person held.
    category: 'criminal_record',
    terms: [
      {
        strength: 'medium',
        zh: w`作案原因 作案手段 作案时间 抓获日期 抓获时间 抓获地点 抓获方式 到案方式 案发地 案发时间 羁押 拘留 延期关押 延期留置 嫌疑属性 可疑依据 入办案区 出办案区`,
      },
    ],
  },
  {
    // Whether and how much a borrower is overdue is their credit record.
    category: 'credit',
    booleanMeaningful: true,
    terms: [{ strength: 'strong', zh: w`是否逾期 逾期金额 逾期天数 逾期本金` }],
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
    // The division code of that place (区划) is a reference to a region, as `city_code` is; an
    // address record's number (住址编号) is a key to that record.
    negatives: { zh: w`现住地区划 现住区划 住址编号 地址编号` },
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
