/**
 * Column words of SQL schemas the other vocabulary files lacked (issue 9, branch `det-sql`):
 * Chinese column comments of HR, school and membership tables, and the English column names of
 * client and address tables. Compiled together with the other category data: a category listed
 * here again adds terms. Heuristics, not legal text; rulings in `docs/detection-rulings.md`
 * ("SQL columns").
 */
import { w } from './words.js';
import type { CategoryVocabularyInput } from './schema.js';

export const DDL_COLUMN_VOCABULARY: readonly CategoryVocabularyInput[] = [
  {
    // When a person joined the party or its youth league is an entry of their personnel file,
    // as 政治面貌 is; citizenship is nationality. (English `political_status` stays out: the tuned
    // fixture `Employee.cs` expects it none.)
    category: 'basic_profile',
    terms: [
      {
        strength: 'medium',
        en: w`citizenship`,
        zh: w`入党时间 入党日期 入团时间 入团日期`,
      },
    ],
  },
  {
    // An employee file's reward and punishment records, dated (奖罚日期) as they are reasoned.
    category: 'education_work',
    terms: [{ strength: 'medium', zh: w`奖罚日期 奖惩日期 奖罚类型 奖惩类型 奖罚内容 奖惩内容 学校名字` }],
  },
  {
    // The teacher of a course is a person named by their part, as 经办人 and 审批人 are.
    category: 'name',
    terms: [{ strength: 'medium', zh: w`授课老师 任课老师 授课教师 任课教师` }],
  },
  {
    // National identity numbers of other countries, and the permits and visas a foreign
    // resident or worker holds: identity documents as a passport is.
    category: 'id_number',
    terms: [
      {
        strength: 'strong',
        en: w`
          nic_number nic_num nic_no sin_number sin_num sin_no social_insurance_number
          national_insurance_number national_insurance_no ni_number nino pesel cpf curp aadhaar
          aadhaar_no aadhaar_number nric nric_no hkid hkid_no voter_id voter_id_number itin bsn
        `,
      },
      {
        strength: 'medium',
        en: w`
          visa_number visa_no work_permit_number work_permit_no residence_permit_number
          residence_permit_no green_card_number alien_number alien_registration_number
        `,
        zh: w`签证号 签证号码 永久居留证 永久居留证号 士兵证 士兵证号 工作证号 学生证号 出入证号`,
      },
    ],
  },
  {
    // How many children or dependants a client or an employee has (the lexicon's ruling on
    // civil registration: the number of dependants is basic profile). Weak: only a person's
    // record makes it theirs (a sample's `numberOfChildren` is a count of things).
    category: 'basic_profile',
    terms: [
      {
        strength: 'weak',
        en: w`
          number_of_children children_count no_of_children number_of_dependents
          number_of_dependants dependents_count
        `,
      },
    ],
  },
  {
    // When a person was hired, written in the past tense (`joined_date`, `hired_on`), as
    // `join_date` and `hire_date` already are.
    category: 'education_work',
    terms: [{ strength: 'medium', en: w`joined_date joined_on hired_date hired_on hired_at date_hired` }],
  },
];
