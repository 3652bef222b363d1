/**
 * Issue 9 (session 25, branch `det-fresh8fix`): classes left by `det-fresh8` in the fresh
 * repositories of session 25, each rule with a negative beside it (docs/detection-rulings.md,
 * "Fresh classes of session 25, continued"). Names are made up in each format's style, not the
 * lexicon's.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a contact record’s own key and its kind are not the contact detail', [
  {
    name: 'id',
    owner: 'MobileNumber',
    type: 'ID!',
    comment: 'The unique ID associated with the mobile number.',
    expect: undefined,
  },
  {
    name: 'label',
    owner: 'MobileNumber',
    type: 'MobileNumberKind',
    comment: 'Defines the type of mobile number.',
    expect: undefined,
  },
  {
    name: 'type',
    owner: 'MailAddress',
    type: 'MailKind',
    comment: 'What kind of email address this is (HOME, WORK)',
    expect: undefined,
  },
  // A field its name does not say, described as the datum, holds it.
  {
    name: 'value',
    owner: 'MobileNumber',
    type: 'String!',
    comment: 'The mobile phone number itself.',
    expect: 'contact',
  },
  // A Chinese description of the key names what it holds.
  { name: 'id', owner: 'member', type: 'varchar(18)', comment: '身份证号', expect: 'id_number' },
]);

classifyTable('a visit to a page or a screen is online activity, not the page', [
  { name: 'pageUrl', owner: 'PageView', type: 'String!', expect: 'online_activity' },
  { name: 'page_title', owner: 'page_views', type: 'text', expect: 'online_activity' },
  { name: 'url', owner: 'ScreenVisit', type: 'String', expect: 'online_activity' },
  // A page itself is a thing: its URL and title are the site's.
  { name: 'pageUrl', owner: 'Page', type: 'String', expect: undefined },
  { name: 'url', owner: 'LandingPage', type: 'String', expect: undefined },
]);

classifyTable('a FHIR reference named for a person’s role holds that person’s key', [
  { name: 'general_practitioner', owner: 'Patient', type: 'repeated Reference', expect: 'online_id' },
  { name: 'policy_holder', owner: 'Coverage', type: 'Reference', expect: 'online_id' },
  // A reference to an organisation is not a person's; a plain string of the same name is not a reference.
  { name: 'managing_organization', owner: 'Patient', type: 'Reference', expect: undefined },
  { name: 'policy_holder', owner: 'Coverage', type: 'string', expect: undefined },
]);
