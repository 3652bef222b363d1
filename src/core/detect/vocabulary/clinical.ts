/**
 * Words of a clinical finding (`diagnosis`, `诊断`, `allergy`): a record that holds one, read
 * with high confidence, is a clinical record whatever its name, so its other fields are read
 * with the record as context (`src/core/scan/classifyCandidates.ts`). Sick leave and medical
 * certificates are health data too, but a leave request holding them is not a clinical record.
 */
import { w } from './words.js';

/** English words (matched as whole words of the evidence) and Chinese terms (as substrings). */
/**
 * Records of what a person did that may be clinical (`visit`, `encounter`, a medical `history`).
 * Any other record word (`claim`, `order`, `booking` from the context's record owners) keeps the
 * record what it is: a diagnosis code on an insurance claim supports the claim, and the
 * adjuster's note beside it is not a clinical note.
 */
export const CLINICAL_RECORDS: ReadonlySet<string> = new Set(
  w`visit consultation admission encounter appointment history stay session`,
);

export const CLINICAL_FINDINGS: { readonly en: ReadonlySet<string>; readonly zh: readonly string[] } = {
  en: new Set(w`diagnosis diag dx disease illness allergy allergen symptom complaint icd`),
  zh: w`诊断 疾病 病史 过敏 症状 主诉`,
};

/**
 * A person's body readings taken in care (`spo2`, `blood_pressure`, `hba1c`, `血压`): a record
 * that holds one read with high confidence is a clinical record whatever its name, as one holding
 * a finding is, so its fields are read again with the record's field names as context
 * (`src/core/scan/classifyCandidates.ts`). Not a finding of the record's domain: a patient's
 * registration holding a blood group is not made clinical by it (`vocabulary/domains.ts`).
 */
export const CLINICAL_READINGS: { readonly en: ReadonlySet<string>; readonly zh: readonly string[] } = {
  en: new Set(w`
    spo2 oxygen pressure systolic diastolic pulse heart respiratory respiration temperature glucose
    sugar hemoglobin haemoglobin cholesterol hba1c creatinine
  `),
  zh: w`血氧 血压 心率 脉搏 呼吸 体温 血糖 血红蛋白 胆固醇`,
};
