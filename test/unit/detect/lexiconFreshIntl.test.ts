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
