/**
 * Issue 9 (branch `det-recall`): an English possessive after the data word names whose it is
 * (`nameOfDoctor` as `doctorName`); only a person does, so a count or a thing's name stays out.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('“X of <person>” is that person’s X', [
  { name: 'nameOfDoctor', owner: 'ObservationData', type: 'String', expect: 'name' },
  { name: 'name_of_patient', owner: 'Sample', type: 'String', expect: 'name' },
  // A thing's name, and a number of things, are not a person's.
  { name: 'nameOfProduct', owner: 'Sample', type: 'String', expect: undefined },
  { name: 'numberOfChildren', owner: 'Sample', type: 'Int', expect: undefined },
]);
