/**
 * Classes of error shown by the fresh Kotlin and C# repositories added to the lexicon's train
 * split in issue 9 (branch `det-fresh-jvm`): each rule with a negative beside it. Names are
 * unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an insurance policy’s number is its holder’s property', [
  { name: 'policyNo', owner: 'ClaimSettlement', type: 'String', expect: 'property' },
  { name: 'insurancePolicyNumber', owner: 'Enrolment', type: 'string', expect: 'property' },
  { name: 'bdhm', owner: 't_bd_main', comment: '保单号码', expect: 'property' },
  // A key to the policy row, a privacy policy's version and a paid plan are not.
  { name: 'policyId', owner: 'ClaimSettlement', type: 'Long', expect: undefined },
  { name: 'policyVersion', owner: 'PrivacyConsent', type: 'String', expect: undefined },
  { name: 'premium', owner: 'Subscription', type: 'Boolean', expect: undefined },
]);

classifyTable('a manufacturer’s record is a company’s (厂家)', [
  { name: 'phone', owner: 'ManufacturerDto', type: 'string', expect: undefined },
  { name: 'lxdh', owner: 'Producer', ownerComment: '生产厂家', comment: '联系电话', expect: undefined },
  // A person's record keeps its phone.
  { name: 'phone', owner: 'PatientDto', type: 'string', expect: 'contact' },
]);

classifyTable('an app’s store of a person’s records is theirs, not a shop (`EmployeeStore`)', [
  { name: 'mobile', owner: 'EmployeeListStore', type: 'String?', expect: 'contact' },
  { name: 'rankName', owner: 'StaffStore', type: 'String?', comment: '职级名称', expect: 'education_work' },
  // A shop's record, named for itself, its merchant, or a sign-up of it.
  { name: 'mobile', owner: 'StoreInfo', type: 'String', expect: undefined },
  { name: 'phone', owner: 'MerchantStore', type: 'String', expect: undefined },
  { name: 'email', owner: 'SignupStore', type: 'String', expect: undefined },
]);

classifyTable('a view model joining records (`Member_Shop`) holds the person’s record’s fields', [
  { name: 'Mobile', owner: 'Member_Shop', type: 'string', expect: 'contact' },
  { name: 'Age', owner: 'Student_School', type: 'int', expect: 'basic_profile' },
  { name: 'Mobile', owner: 'Employee_Company', type: 'string', expect: 'contact' },
  // No person among the joined records: a thing's phone still.
  { name: 'Phone', owner: 'Supplier_Warehouse', type: 'string', expect: undefined },
  { name: 'Phone', owner: 'Product_Store', type: 'string', expect: undefined },
]);
