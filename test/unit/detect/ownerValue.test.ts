/**
 * Issue 9 (branch `det-recall`): a record named for a piece of personal data (a patient's phone
 * number, a FHIR contact point, a person's address) holds it in a field named only as the row's
 * value (`number`, `value`, `line`). Negatives: a lookup or a template named so, a value of a
 * record named for nothing personal, a value that is not text.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the value of a record named for a phone, a contact point or an address', [
  { name: 'number', owner: 'PatientPhoneNumber', type: 'String', expect: 'contact' },
  { name: 'value', owner: 'ContactPoint', type: 'String', expect: 'contact' },
  { name: 'value', owner: 'PersonAddress', type: 'String', expect: 'address' },
  { name: 'value', owner: 'ContactInfoPiece', type: 'string', expect: 'contact' },
  // A lookup of address types, a template's text, a setting's value, a count.
  { name: 'value', owner: 'AddressType', type: 'string', expect: undefined },
  { name: 'text', owner: 'EmailTemplate', type: 'string', expect: undefined },
  { name: 'value', owner: 'Setting', type: 'string', expect: undefined },
  { name: 'number', owner: 'PatientPhoneNumber', type: 'Boolean', expect: undefined },
]);
