/**
 * English doc comments of Java, Kotlin and C# models (Javadoc, KDoc `@property`, `///`) name
 * the data in full phrases (issue 9, branch `det-java`): each phrase with a negative beside it.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an English description naming a telephone or an identity card number', [
  { name: 'primary', owner: 'Person', type: 'String', comment: 'the telephone number', expect: 'contact' },
  { name: 'telephoneNumber', owner: 'Person', type: 'String', expect: 'contact' },
  // An identity card's number is no bank card's, though both end in "card number".
  { name: 'ident', owner: 'Person', comment: 'national identity card number', expect: 'id_number' },
  { name: 'identityCardNumber', owner: 'Person', type: 'String', expect: 'id_number' },
  { name: 'card', owner: 'Person', comment: 'bank card number', expect: 'property' },
  // A flag about a telephone number holds no number.
  {
    name: 'verified',
    owner: 'Person',
    type: 'Boolean',
    comment: 'whether the telephone number is verified',
    expect: undefined,
  },
]);
