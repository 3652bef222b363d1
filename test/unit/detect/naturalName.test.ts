/**
 * Issue 9 (branch `det-work`): a first name, a surname or the name on a card belongs to a
 * natural person in whatever record it stands; a bare `name` of a thing's record is the thing's.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('names only a natural person has are a person’s name in a thing’s record too', [
  { name: 'firstName', owner: 'SignupStore', type: 'String', expect: 'name' },
  { name: 'lastName', owner: 'GuarantorApplicationPayload', type: 'String?', expect: 'name' },
  { name: 'nameOnCard', owner: 'CreditCardPaymentInfoImpl', type: 'String', expect: 'name' },
  { name: 'nameOnAccount', owner: 'bankAccount', type: 'string', expect: 'name' },
  // The thing's own name, and a sort order on a surname, are not.
  { name: 'name', owner: 'SignupStore', type: 'String', expect: undefined },
  { name: 'customerLastName', owner: 'OrderSortParameter', type: 'SortOrder', expect: undefined },
]);

classifyTable('a field typed as a person’s name (FHIR’s HumanName) holds that name', [
  { name: 'name', owner: 'Person', type: '[HumanName]', expect: 'name' },
  { name: 'name', owner: 'PersonInput', type: '[HumanNameInput!]!', expect: 'name' },
  { name: 'name', owner: 'EventProgressSet', type: '[HumanName]', expect: 'name' },
  // A list of another record, or a thing's name type, is not.
  { name: 'name', owner: 'Person', type: '[Name]', expect: undefined },
  { name: 'name', owner: 'Catalog', type: 'ProductName', expect: undefined },
]);
