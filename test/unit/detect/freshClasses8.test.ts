/**
 * Issue 9 (session 25, branch `det-fresh8`): general classes of error read from the six fresh
 * repositories of session 25, each rule with a negative beside it (docs/detection-rulings.md,
 * "Fresh repositories' classes of session 25"). Names are made up in each format's style, not
 * the lexicon's.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a Go slice of structs lists records whose own fields carry the data', [
  { name: 'Phones', owner: 'Applicant', type: '[]NewPhone', expect: undefined },
  { name: 'Addresses', owner: 'Applicant', type: '[]*Address', expect: undefined },
  { name: 'Addresses', owner: 'applicantRequest', type: '[]address', expect: undefined },
  { name: 'Phones', owner: 'applicantRequest', type: '[]api.Phone', expect: undefined },
  // A slice of Go's own types lists the values themselves.
  { name: 'Phones', owner: 'Applicant', type: '[]string', expect: 'contact' },
  { name: 'Emails', owner: 'applicantRequest', type: '[]string', expect: 'contact' },
]);
