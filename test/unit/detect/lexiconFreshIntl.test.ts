/**
 * Classes of error found on the fresh international train repositories of session 20 (issue 9,
 * branch `det-fresh-intl`: a helpdesk, a marketplace, an asset-booking SaaS, an event-ticketing
 * server, a collective-funding GraphQL API and a payroll OpenAPI), each rule with a negative
 * beside it. Names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

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
