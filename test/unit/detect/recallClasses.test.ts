/**
 * Issue 9 (session 23, branch `det-recall`): classes of miss read from the train split, each rule
 * with a negative beside it (docs/detection-rulings.md, "Recall by class"). Names are made up in
 * each format's style, not the lexicon's records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTable } from './classifyTable.js';
import { field, readRecords as read } from './recordFields.js';

classifyTable('a bare zip in a person’s record is their postcode', [
  { name: 'zip', owner: 'Patient', type: 'String', expect: 'address' },
  { name: 'Zip', owner: 'CustomerProfile', type: 'string', expect: 'address' },
  { name: 'zip4', owner: 'Member', type: 'varchar(4)', expect: 'address' },
  // An archive's or a build's zip is a file; a store's postcode is the store's.
  { name: 'zip', owner: 'ExportJob', type: 'string', expect: undefined },
  { name: 'zip', owner: 'Artifact', type: 'Boolean', expect: undefined },
  { name: 'zip', owner: 'Store', type: 'string', expect: undefined },
]);

classifyTable('a name’s suffix in a person’s record is part of their name', [
  { name: 'suffix', owner: 'Patient', type: 'String', expect: 'name' },
  { name: 'suffix', owner: 'User', type: 'string', expect: 'name' },
  // A file's, a domain's or a counter's suffix names nobody.
  { name: 'suffix', owner: 'UploadedFile', type: 'string', expect: undefined },
  { name: 'suffix', owner: 'DomainConfig', type: 'string', expect: undefined },
  { name: 'suffix', owner: 'SequenceRule', type: 'string', expect: undefined },
]);

describe('a suffix beside the other parts of a name is the name’s', () => {
  it('a name record holding given and family names: its suffix is a name part', () => {
    const found = read('schema.graphql', [
      field('PersonNameInput', 'givenName', 'String'),
      field('PersonNameInput', 'familyName', 'String'),
      field('PersonNameInput', 'suffix', 'String'),
    ]);
    assert.equal(found[2]?.category, 'name');
  });
  it('a file record beside a name of the file: the suffix stays the file’s', () => {
    const found = read('schema.graphql', [
      field('Attachment', 'fileName', 'String'),
      field('Attachment', 'suffix', 'String'),
    ]);
    assert.equal(found[1], undefined);
  });
});

classifyTable('a loan’s parts as they stand for the borrower are their property, credit or payment', [
  { name: 'principalOutstanding', owner: 'RepaymentPeriod', type: 'Double?', expect: 'property' },
  { name: 'interest_due', owner: 'loan_schedule', type: 'decimal(19,6)', expect: 'property' },
  { name: 'feeChargesWaived', owner: 'LoanSummary', type: 'BigDecimal', expect: 'property' },
  { name: 'accrued_interest', owner: 'SavingsAccount', type: 'number:double', expect: 'property' },
  { name: 'penaltyChargesPaid', owner: 'RepaymentPeriod', type: 'Double?', expect: 'transaction' },
  { name: 'paid_principal', owner: 'loan_repayment', type: 'decimal(19,6)', expect: 'transaction' },
  { name: 'interestOverdue', owner: 'LoanSummary', type: 'Double', expect: 'credit' },
  { name: 'principal_written_off', owner: 'loan_schedule', type: 'decimal(19,6)', expect: 'credit' },
  // A part alone, a rate, a product's limits and a count of instalments paid say no one's standing.
  { name: 'principal', owner: 'AuthToken', type: 'string', expect: undefined },
  { name: 'interestRate', owner: 'RepaymentPeriod', type: 'Double', expect: undefined },
  { name: 'minPrincipal', owner: 'LoanProduct', type: 'BigDecimal', expect: undefined },
  { name: 'principalDue', owner: 'LoanProductTemplate', type: 'BigDecimal', expect: undefined },
  { name: 'paidInstalments', owner: 'LoanSummary', type: 'integer', expect: undefined },
]);

classifyTable('a password’s short spellings in a person’s record are the password; its algorithm is not', [
  { name: 'psw', owner: 'Member', type: 'varchar(64)', expect: 'credential' },
  { name: 'upwd', owner: 't_user', type: 'varchar(32)', expect: 'credential' },
  { name: 'loginpass', owner: 'Customer', type: 'string', expect: 'credential' },
  { name: 'pw', owner: 'Account', type: 'String', expect: 'credential' },
  // A device's or a service's password is theirs; how a password is hashed is no secret.
  { name: 'psw', owner: 'WifiHotspot', type: 'string', expect: undefined },
  { name: 'upwd', owner: 'FtpConfig', type: 'varchar(32)', expect: undefined },
  { name: 'pwAlg', owner: 'User', type: 'string', expect: undefined },
  { name: 'passwordAlgorithm', owner: 'User', type: 'string', expect: undefined },
]);

classifyTable('when a person opened or clicked a mail sent to them is their online activity', [
  { name: 'last_email_opened_at', owner: 'Subscriber', type: 'integer:date-time', expect: 'online_activity' },
  { name: 'LinkClicks', owner: 'SubscriberProfile', type: 'json.RawMessage', expect: 'online_activity' },
  { name: 'dateOpened', owner: 'NewsletterTracking', type: 'Date', expect: 'online_activity' },
  { name: 'clicked_at', owner: 'mail_click', type: 'timestamp', expect: 'online_activity' },
  // A ticket's, a notification's or a parcel's opening is not a person's reading of a mail.
  { name: 'opened_at', owner: 'SupportTicket', type: 'timestamp', expect: undefined },
  { name: 'dateOpened', owner: 'BankAccount', type: 'Date', expect: undefined },
  { name: 'clicked_at', owner: 'Notification', type: 'timestamp', expect: undefined },
  { name: 'LinkClicks', owner: 'ShortLink', type: 'int', expect: undefined },
]);

classifyTable('a payment’s reference number is that payment’s own key, a transaction', [
  { name: 'referenceNumber', owner: 'CardPaymentInfo', type: 'String', expect: 'transaction' },
  { name: 'receivableNo', owner: 'Recharge', type: 'String', comment: '第三方流水', expect: 'transaction' },
  { name: 'outSerialNo', owner: 'PayRecord', type: 'String', comment: '退款流水号', expect: 'transaction' },
  { name: 'transactionReference', owner: 'BankTransfer', type: 'string', expect: 'transaction' },
  // A document's or a citation's reference number, a record's bare serial and a card's payment
  // account reference name no payment.
  { name: 'referenceNumber', owner: 'Article', type: 'String', expect: undefined },
  { name: 'serialNo', owner: 'Archive', type: 'String', comment: '流水号', expect: undefined },
  { name: 'paymentAccountReference', owner: 'CardData', type: 'string', expect: undefined },
]);

classifyTable('a person’s tie to an organisation, named after the person, is the person’s record', [
  { name: 'JobNum', owner: 'SysUserExtOrg', type: 'string?', comment: '工号', expect: 'online_id' },
  { name: 'email', owner: 'UserCompany', type: 'string', expect: 'contact' },
  { name: 'post', owner: 'EmployeeDepartment', type: 'String', comment: '岗位', expect: 'education_work' },
  // The organisation's own record, one named for nobody, and a user's group stay theirs.
  { name: 'email', owner: 'Company', type: 'string', expect: undefined },
  { name: 'email', owner: 'OrgSetting', type: 'string', expect: undefined },
  { name: 'name', owner: 'UserGroup', type: 'string', expect: undefined },
]);
