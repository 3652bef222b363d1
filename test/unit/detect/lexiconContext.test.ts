/**
 * Classes of error found on the train split of the real-code field lexicon (issue 9, session 9,
 * branch `det-context`), each rule with a negative beside it. Names are unlike the lexicon's own
 * records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an address object named for its role in an order or a shipment is not reported again', [
  { name: 'billingAddress', owner: 'Invoice', type: 'PostalAddress', expect: undefined },
  { name: 'shipping_address', owner: 'Parcel', type: 'Address', expect: undefined },
  { name: 'destinationAddress', owner: 'Consignment', type: 'ParcelAddress?', expect: undefined },
  // A qualifier that says which of the person's addresses it is keeps the field.
  { name: 'homeAddress', owner: 'Member', type: 'PostalAddress', expect: 'address' },
  // The address written out as text is the data.
  { name: 'billingAddress', owner: 'Invoice', type: 'String', expect: 'address' },
]);

classifyTable('a field typed as another class and described as an object of it holds that record', [
  { name: 'ward', owner: 'Inpatient', type: 'WardRoom', comment: '病房对象', expect: undefined },
  {
    name: 'feeList',
    owner: 'Inpatient',
    type: 'List<FeeItem>',
    comment: '住院费用明细集合',
    expect: undefined,
  },
  { name: 'guardian', owner: 'Student', type: 'GuardianInfo', comment: '监护人实体', expect: undefined },
  // The same words over a value of its own: the field is the data.
  { name: 'mobile', owner: 'Student', type: 'String', comment: '监护人手机号', expect: 'contact' },
  { name: 'idCard', owner: 'Inpatient', type: 'String', comment: '身份证号对象', expect: 'id_number' },
]);
