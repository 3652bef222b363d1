/**
 * Record domains (issue 9): a record about a person in a sensitive domain — a patient's
 * lifestyle, an inpatient's medication, an employee's transfer or appraisal — describes that
 * person in every descriptive field, whatever the field is called (`coffee`, `discontinued`,
 * `traincontent`). The owner's words, its description and its sibling fields say which domain
 * a record is in; `src/core/detect/recordDomain.ts` reads them. Validated by zod at load.
 */
import { z } from 'zod';
import { categoryKeySchema } from '../../law/schema.js';
import { CLINICAL_FINDINGS } from './clinical.js';
import { w } from './words.js';

const oneWord = z.string().regex(/^[a-z][a-z0-9]*$/, 'one lower-case word');
const terms = z.object({ en: z.array(oneWord), zh: z.array(z.string().min(1)) }).strict();

export const recordDomainSchema = z
  .object({
    /** The category every descriptive field of such a record takes. */
    category: categoryKeySchema,
    /** How the explanation names the record (`a clinical record of a person`). */
    label: z.string().min(1),
    /** The person such records are about (`patient`, `员工`): their own record is the domain's. */
    people: terms,
    /**
     * Records of the domain (`medication`, `appraisal`, `病历`): the domain's only when they are
     * about a person.
     */
    records: terms,
    /**
     * Record words the domain shares with others (a student's `exam`, a salon's `appointment`,
     * `Mz`/`Zy` as 门诊/住院 or 民族/专业 in pinyin table prefixes): the domain's only when the
     * record is about the domain's own person (`patient` in its name, a `patient_id` or `ptNo`
     * among its fields).
     */
    shared: z.array(oneWord).default([]),
    /**
     * Records that are one person's by their name alone (`Encounter`, `Allergy`,
     * `Immunization`, `CarePlan`): the owner's head naming one makes the record the domain's
     * without a person word or key beside it. Words a catalogue is as often named after stay out
     * (`Medication`, `Diagnosis`, `Treatment`: a drug list, an ICD list, a price list).
     */
    alone: z.array(oneWord).default([]),
    /**
     * Records named for what the person has or is given (an `Allergy`, a `Diagnosis`, a
     * `PrescribedDrug`, a `CarePlan`): once the record is the domain's, its `name` or `title`
     * names that allergy, diagnosis or drug, which is the person's, where a patient's or a
     * visit's name is not. A catalogue of such things is no person's record and has no domain.
     */
    titled: z.array(oneWord).default([]),
    /**
     * Sibling fields only the domain's person's own record holds (an employee's staff number or
     * hire date: `work_number`, `time_of_entry`), as their words joined by `_`: a person's record
     * holding one is the domain's whatever it is named (`User` beside `workNumber` is an
     * employee's file). Names a customer's or a member's record may hold as well (`join_date` of a
     * chat group, `date_joined` of an account) stay out.
     */
    marks: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).default([]),
    /**
     * Whether the domain's words are its own. `true` (clinical words): the person's word anywhere
     * in the owner makes the record the domain's (`PatientCAGE`), and a record word needs any
     * person (`UserMedication`, a `user_id` beside it). `false` (an employer's words): the
     * person must be the head (`Employee`) or stand with a record word (`EmployeeTransfer`):
     * an employee's expense claim is not their work record, nor a bank `transfer` an employee's.
     */
    specific: z.boolean(),
    /** Other parties of such records (`doctor`, `practitioner`): a field naming one is theirs. */
    others: z.array(oneWord),
    /**
     * Sibling fields that make a record the domain's whatever its name (`diagnosis`): a finding
     * only such a record holds.
     */
    findings: z.array(oneWord),
    /**
     * Events whose dates describe the person (`removedate`, `train_date`: when an employee moved
     * or was trained). Other dates say when the row was made as often, and labellers part on them.
     */
    datedBy: z.array(oneWord),
    /**
     * Which fields take the category: every descriptive one (a patient's, an employee's record),
     * or only what was paid (an order's or a payment's amounts; its goods, times, methods and
     * states stay out).
     */
    reads: z.enum(['descriptive', 'money']),
  })
  .strict();

export type RecordDomainData = z.infer<typeof recordDomainSchema>;

/** In order of precedence: a patient's transfer is clinical, not an employee's transfer. */
export const RECORD_DOMAINS: readonly RecordDomainData[] = z.array(recordDomainSchema).parse([
  {
    category: 'health',
    label: 'clinical',
    people: { en: w`patient inpatient outpatient sick`, zh: w`患者 病人 病患` },
    records: {
      en: w`
        medical clinical medication medicament prescription encounter admission diagnosis
        nursing rounding treatment therapy lifestyle symptom allergy immunization vaccination
        surgery consultation triage anamnesis illness disease discharge ambulatory prenatal
        pregnancy
      `,
      zh: w`病历 病例 就诊 门诊 住院 处方 诊断 病史 护理 体检 治疗 用药 过敏 手术 医嘱`,
    },
    shared: w`
      history session stay exam examination test result lab labs laboratory
      observation obs specimen imaging radiology pathology vital vitals measurement reading rx
      prescribed dispensing bed mz zy tj ss yf hl jc jy cf bl yz
    `,
    alone: w`
      allergy immunization vaccination admission discharge encounter triage anamnesis careplan
      symptom
    `,
    titled: w`
      allergy diagnosis medication medicament prescription prescribed drug medicine immunization
      vaccination vaccine symptom surgery procedure treatment therapy illness disease condition
      problem careplan plan goal
    `,
    specific: true,
    others: w`
      doctor nurse physician professional practitioner clinician pharmacist therapist surgeon
      anesthetist anaesthetist assistant helper
    `,
    findings: [...CLINICAL_FINDINGS.en],
    // When the patient was diagnosed, admitted, treated or vaccinated, even as a stamp named with
    // `at` or `on` (`hypertensionDiagnosedAt`, `admitted_on`): the event is theirs, not the row's.
    datedBy: w`
      diagnosed admitted discharged hospitalized hospitalised vaccinated immunized immunised
      administered prescribed dispensed operated treated examined onset
    `,
    reads: 'descriptive',
  },
  {
    category: 'education_work',
    label: 'employment',
    people: { en: w`employee staff personnel`, zh: w`员工 职工 雇员` },
    records: {
      en: w`
        appraisal appraise training train transfer remove removal resignation dimission
        leave overtime reward punishment promotion probation onboarding evaluation
        performance contract experience certificate certification skill qualification quit
        education
      `,
      zh: w`考评 考核 培训 调动 调岗 离职 奖惩 奖罚 请假 加班 入职 转正 绩效`,
    },
    shared: [],
    marks: w`
      work_number job_number job_num jobnum employee_no employee_number staff_no staff_number
      emp_no time_of_entry hire_date hired_date hire_time onboard_date date_of_joining joining_date
    `,
    specific: false,
    others: w`manager supervisor leader approver reviewer auditor`,
    findings: [],
    datedBy: w`
      remove removal train training transfer appraisal appraise resignation resign dimission leave
      promotion probation onboarding join hire entry punishment reward
    `,
    reads: 'descriptive',
  },
  {
    // A learner's study: how far they got through lessons and chapters, their exam answers. A
    // course alone is as often a catalogue, and a score a game's.
    category: 'education_work',
    label: 'study',
    people: { en: w`student learner trainee pupil examinee`, zh: w`学生 学员 考生` },
    records: {
      en: w`study learn learning progress exam answer lesson chapter`,
      zh: [],
    },
    shared: [],
    specific: true,
    // Who teaches or speaks: a key to them (`speaker` of a call-for-papers answer) shows no
    // learner's record.
    others: w`teacher instructor lecturer tutor speaker`,
    findings: [],
    datedBy: [],
    reads: 'descriptive',
  },
  {
    // What a person paid in an order, a payment, a refund or a recharge (`order_price`,
    // `actual_price`, `pmSum`): a transaction record once a person stands in it (`user_id`
    // beside it, `customer_order`). A product's or a shop's own prices are not one.
    category: 'transaction',
    label: 'payment',
    people: { en: [], zh: [] },
    records: {
      en: w`
        order payment pay trade transaction bill refund recharge withdrawal withdraw tocash
        expense consumption purchase settlement checkout fulfillment repay
      `,
      zh: w`订单 支付 交易 账单 退款 充值 提现 消费 缴费 流水`,
    },
    shared: [],
    alone: w`order payment pay refund recharge withdrawal withdraw tocash repayment repay payout transaction`,
    specific: true,
    others: w`merchant mch shop store seller vendor platform app agent channel supplier`,
    findings: [],
    // When a repayment was due or made (`repay_date`, `actual_repay_date`): the payment's time.
    datedBy: w`repay repayment`,
    reads: 'money',
  },
]);

/**
 * Owner head nouns of a lookup table or a template, never one person's record
 * (`encounter_type`, `patient_identifier_type`, `prescription_template`).
 */
export const LOOKUP_HEADS: ReadonlySet<string> = new Set(w`
  type types kind kinds category categories template templates dict dictionary catalog catalogue
  lookup code codes setting settings config configuration option options rule rules level levels
  item items unit units
`);

/**
 * Owner words of a search or a listing, whose fields are filters (`PatientQueryParam.begin`),
 * not one person's data.
 */
export const QUERY_OWNERS: ReadonlySet<string> = new Set(w`query search filter criteria page`);

/**
 * Record words that are not a domain's records (a `log` of what was given, a patient's `history`
 * or `visit` may be clinical): an inpatient's meal `order` or a patient's `invoice` is that
 * order or invoice, read by its own words.
 */
export const NEUTRAL_RECORDS: ReadonlySet<string> = new Set(w`log journal event history visit session stay`);

/**
 * Fields that keep a record rather than describe its person: audit stamps, flags, ordering,
 * notes about the row. Matched against the field's words; Chinese against its comment.
 */
export const HOUSEKEEPING: { readonly en: ReadonlySet<string>; readonly zh: readonly string[] } = {
  en: new Set(w`
    created create creator added updated update updater modified modify modifier changed change
    deleted delete del version revision sort sorting seq sequence tenant remark remarks memo
    comment comments status state active enabled enable disabled valid flag flags visible hidden
    warning icon color colour retired retire voided void uuid guid timestamp page size limit
    offset by operator locked archived published audit sync hash checksum name title label report recorded fee fees cost price amount total charge
    sum money zt meta metadata search
  `),
  zh: w`创建 更新 修改 删除 备注 排序 版本 状态 租户 主键 操作人`,
};
