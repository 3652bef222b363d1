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
