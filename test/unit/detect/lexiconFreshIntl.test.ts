/**
 * Classes of error found on the fresh international train repositories of session 20 (issue 9,
 * branch `det-fresh-intl`: a helpdesk, a marketplace, an asset-booking SaaS, an event-ticketing
 * server, a collective-funding GraphQL API and a payroll OpenAPI), each rule with a negative
 * beside it. Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import { classifyTable } from './classifyTable.js';
import { field } from './recordFields.js';

classifyTable('a page of records (`…Collection`, `…Connection`) lists records', [
  { name: 'accessTokens', owner: 'Member', type: 'AccessTokenCollection!', expect: undefined },
  { name: 'refreshTokens', owner: 'Member', type: 'RefreshTokenConnection', expect: undefined },
  { name: 'childAccounts', owner: 'Member', type: 'AccountCollection', expect: undefined },
  // The same words typed as values are the data.
  // A list of a strong word's records keeps its meaning, as `[BankCard]` does.
  { name: 'bankCards', owner: 'Member', type: 'BankCardConnection', expect: 'property' },
  { name: 'accessTokens', owner: 'Member', type: '[String!]', expect: 'credential' },
]);

classifyTable('a link to a person’s social profile is that account, as the handle is', [
  { name: 'linkedin_url', owner: 'Attendee', type: 'db.String', expect: 'online_id' },
  { name: 'instagramLink', owner: 'Attendee', type: 'String', expect: 'online_id' },
  { name: 'mastodon', owner: 'UserProfile', type: 'String', expect: 'online_id' },
  // A company's or an event's page is the organisation's, and a bare link locates a file.
  { name: 'facebook_url', owner: 'Venue', type: 'String', expect: undefined },
  { name: 'instagram', owner: 'Company', type: 'String', expect: undefined },
  { name: 'profile_url', owner: 'Attendee', type: 'String', expect: undefined },
]);

classifyTable('how an order was paid, by its mode or channel, is part of the payment', [
  { name: 'pay_mode', owner: 'TicketOrder', type: 'db.String', expect: 'transaction' },
  { name: 'paid_via', owner: 'TicketOrder', type: 'db.String', expect: 'transaction' },
  // A mode of something else, or outside an order, is not.
  { name: 'delivery_mode', owner: 'TicketOrder', type: 'db.String', expect: undefined },
  { name: 'pay_mode', owner: 'GatewaySetting', type: 'db.String', expect: undefined },
]);

classifyTable('when a person last used the service is their activity', [
  { name: 'last_accessed_at', owner: 'Member', type: 'db.DateTime', expect: 'online_activity' },
  { name: 'lastAccessTime', owner: 'Subscriber', type: 'Date', expect: 'online_activity' },
  // A shared link's or an API key's last access is the thing's.
  { name: 'last_accessed_at', owner: 'ShareLink', type: 'db.DateTime', expect: undefined },
  { name: 'lastAccessTime', owner: 'ApiKey', type: 'Date', expect: undefined },
]);

classifyTable('a speaker at an event is a person', [
  { name: 'name', owner: 'Speaker', type: 'db.String', expect: 'name' },
  { name: 'city', owner: 'SessionSpeaker', type: 'db.String', expect: 'address' },
  { name: 'speakerName', owner: 'TalkSlot', type: 'String', expect: 'name' },
  // What a speaker record says of the talk or the room is not the person.
  { name: 'volume', owner: 'Speaker', type: 'Integer', expect: undefined },
  { name: 'is_featured', owner: 'Speaker', type: 'db.Boolean', expect: undefined },
]);

describe('a key to a talk’s speaker shows no learner’s exam record', () => {
  it('an answer to a call for papers, keyed to its speaker, is not study', () => {
    const found = classifyCandidates([
      field('ProposalAnswer', 'question', 'models.ForeignKey'),
      field('ProposalAnswer', 'answer', 'models.TextField'),
      field('ProposalAnswer', 'speaker', 'models.ForeignKey'),
    ]);
    assert.equal(found[1], undefined);
    assert.equal(found[2]?.category, 'online_id');
  });
  it('a student’s answer to an exam question is their study', () => {
    const found = classifyCandidates([
      field('ProposalAnswer', 'question', 'models.ForeignKey'),
      field('ProposalAnswer', 'answer', 'models.TextField'),
      field('ProposalAnswer', 'student', 'models.ForeignKey'),
    ]);
    assert.equal(found[1]?.category, 'education_work');
  });
});

classifyTable('an order’s city and postcode are where its buyer is billed or served', [
  { name: 'city', owner: 'TicketOrder', type: 'db.String', expect: 'address' },
  { name: 'zipcode', owner: 'TicketOrder', type: 'db.String', expect: 'address' },
  // An order's state is its status, and a venue's city is the venue's.
  { name: 'state', owner: 'TicketOrder', type: 'db.String', expect: undefined },
  { name: 'city', owner: 'Venue', type: 'db.String', expect: undefined },
]);

classifyTable('a card’s expiry month and year kept on a card-paid order are the card’s', [
  { name: 'exp_month', owner: 'TicketOrder', type: 'db.Integer', expect: 'credential' },
  { name: 'expiry_year', owner: 'ShopOrder', type: 'Integer', expect: 'credential' },
  // An expiry date on an order line may be the product's (a batch's), and a coupon's is its own.
  { name: 'expiry_date', owner: 'ShopOrder', type: 'Date', expect: undefined },
  { name: 'exp_month', owner: 'Coupon', type: 'Integer', expect: undefined },
]);

classifyTable('a contractor’s or a freelancer’s hourly rate is their pay', [
  { name: 'hourly_rate', owner: 'Contractor', type: 'string', expect: 'property' },
  { name: 'pay_rate', owner: 'FreelancerProfile', type: 'number', expect: 'property' },
  // A room's or a service's hourly rate is a price.
  { name: 'hourly_rate', owner: 'MeetingRoom', type: 'number', expect: undefined },
]);

classifyTable('the language a person was raised in or speaks is part of their profile', [
  { name: 'native_language', owner: 'Attendee', type: 'db.JSON', expect: 'basic_profile' },
  { name: 'MOTHER_TONGUE', owner: 'PATIENT_INDEX', type: 'VARCHAR2(16)', expect: 'basic_profile' },
  // A preferred interface language, or a message's, is a setting or the message's.
  { name: 'preferred_language', owner: 'Attendee', type: 'db.String', expect: undefined },
  { name: 'language', owner: 'EmailTemplate', type: 'String', expect: undefined },
]);
