/**
 * Classes of error in credentials on the lexicon's train split (issue 9, session 16, branch
 * `det-cred`; `docs/detection-rulings.md`, "Credentials by class"). A negative beside each
 * rule; names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a payment card’s expiry authenticates a payment with it, as its security code does', [
  { name: 'expiryMonth', owner: 'StoredCard', type: 'int', expect: 'credential' },
  { name: 'exp_year', owner: 'payment_card', type: 'smallint', expect: 'credential' },
  { name: 'expiration', owner: 'BankCardForm', type: 'String', expect: 'credential' },
  // A card's expiry only inside a card or payment record; a coupon's or a session's is a setting.
  { name: 'expiration', owner: 'Coupon', type: 'Date', expect: undefined },
  { name: 'expiryMonth', owner: 'Subscription', type: 'int', expect: undefined },
]);

classifyTable('a secret’s own words do not say whose it is: the owner must', [
  { name: 'authCode', owner: 'SsoCallbackReq', type: 'String', expect: 'credential' },
  // A payment's authorisation code names `auth` only in itself: a payment log's, not a sign-in's.
  { name: 'auth_code', owner: 'MicropayLog', type: 'varchar(64)', expect: undefined },
]);
