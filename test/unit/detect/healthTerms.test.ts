/**
 * Issue 9 (branch `det-recall`): health words that stand on their own in any person's record —
 * how a person died, their Medicare or Medicaid number, a hospital's medical record number —
 * each beside a negative that shares a word with it.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('how a person died and their health-insurance or record numbers are health', [
  { name: 'causeOfDeath', owner: 'DeathRegistration', type: 'String', expect: 'health' },
  { name: 'mannerOfDeath', owner: 'DeathRegistrationInput', type: 'String', expect: 'health' },
  { name: 'medicaidId', owner: 'Patient', type: 'String', expect: 'health' },
  { name: 'medicareNumber', owner: 'Beneficiary', type: 'String', expect: 'health' },
  { name: 'mrn', owner: 'Patient', type: 'String', expect: 'health' },
  // A programme a facility takes part in, its rates, an operation on a registration, a count.
  { name: 'acceptsMedicare', owner: 'Facility', type: 'Boolean', expect: undefined },
  { name: 'medicareRate', owner: 'Facility', type: 'Decimal', expect: undefined },
  { name: 'markDeathAsCertified', owner: 'Mutation', type: 'String', expect: undefined },
  { name: 'deathCount', owner: 'DistrictStatistics', type: 'Int', expect: undefined },
  { name: 'mrnPrefix', owner: 'Facility', type: 'String', expect: undefined },
]);

classifyTable('lab values, histories and a person’s use of alcohol or drugs are health', [
  { name: 'hba1c', owner: 'Checkup', type: 'float', expect: 'health' },
  { name: 'gestational_age', owner: 'Pregnancy', type: 'int', expect: 'health' },
  { name: 'alcohol_use', owner: 'SocialHistory', type: 'string', expect: 'health' },
  { name: 'family_history', owner: 'PatientRecord', type: 'text', expect: 'health' },
  { name: 'vaccine_name', owner: 'PatientImmunization', type: 'string', expect: 'health' },
  { name: 'test_result', owner: 'Encounter', type: 'string', expect: 'health' },
  // A vaccine catalogue, a software test, a family's history elsewhere are not.
  { name: 'vaccine_name', owner: 'VaccineCatalog', type: 'string', expect: undefined },
  { name: 'test_result', owner: 'TestCase', type: 'string', expect: undefined },
  { name: 'family_history', owner: 'Product', type: 'text', expect: undefined },
]);
