/**
 * What a whole file is for (issue 9): a schema whose tables are patients, diagnoses and
 * prescriptions, or a module under `his/` or `hospital/`, is a clinical system's, and its records
 * that name no domain of their own (`visit`, `record`, `BedTransfer`) hold the same kind of data.
 * Read by `src/core/detect/filePurpose.ts`. Validated by zod at load.
 */
import { z } from 'zod';
import { RECORD_DOMAINS } from './domains.js';
import { w } from './words.js';

const oneWord = z.string().regex(/^[a-z][a-z0-9]*$/, 'one lower-case word');

export const filePurposeSchema = z
  .object({
    /** The record domain (`vocabulary/domains.ts`, by its label) whose records show the purpose. */
    domain: z.string().refine((label) => RECORD_DOMAINS.some((d) => d.label === label), 'a record domain'),
    /**
     * Words of a folder or file name that name such a system (`hospital`, `his`): never words
     * other systems use for something else (`health` is also a service's health check).
     */
    pathWords: z.array(oneWord),
    /**
     * Whether a record named for one of the domain's records (`Prescription`, `Diagnosis`) shows
     * the purpose, as one named for its person (`Patient`) does. Employment and study records
     * (`transfer`, `contract`, `progress`) are named so in every kind of system.
     */
    recordsShow: z.boolean(),
    /**
     * The owner word a record without a domain of its own borrows: the domain's owner-gated terms
     * (`reason`, `dosage` need a clinical owner) then count in it.
     */
    gate: oneWord,
  })
  .strict();

export type FilePurposeData = z.infer<typeof filePurposeSchema>;

/** In order of precedence. */
export const FILE_PURPOSES: readonly FilePurposeData[] = z.array(filePurposeSchema).parse([
  {
    domain: 'clinical',
    pathWords: w`
      hospital hospitals clinic clinics clinical his hms emr ehr medical medicine healthcare
      inpatient outpatient nursing patient patients doctor doctors physician pharmacy dental
      dentist telemedicine fhir diagnosis prescription prescriptions surgery
      yiyuan yiliao menzhen zhuyuan huanzhe bingren yisheng zhenduan chufang guahao tijian
    `,
    recordsShow: true,
    gate: 'clinical',
  },
]);

/** Records of the domain a file must hold, when its path does not name it, to be that domain's. */
export const PURPOSE_RECORDS = 2;

/** …and one record in this many of the file's: a clinical word or two in a large schema is not its purpose. */
export const PURPOSE_SHARE = 4;
