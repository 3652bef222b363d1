/**
 * Names as the weak formats write them (issue 9, session 18, branch `det-formats`;
 * `docs/detection-rulings.md`, "Names as the weak formats write them"). A negative beside each
 * rule; names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the locality words of Google’s and schema.org’s address records are address parts', [
  { name: 'locality', owner: 'PostalAddress', type: 'string', expect: 'address' },
  { name: 'sublocality', owner: 'MemberAddress', type: 'string', expect: 'address' },
  { name: 'administrative_area', owner: 'address', type: 'string', expect: 'address' },
  // Outside an address record, a locality is a catalogue's or a weather station's.
  { name: 'locality', owner: 'WeatherStation', type: 'string', expect: undefined },
  { name: 'locality', owner: 'Region', type: 'string', expect: undefined },
]);

classifyTable('a card’s or a bank account’s fingerprint is a hash of its number, not a finger', [
  { name: 'fingerprint', owner: 'StoredCard', type: 'string', expect: undefined },
  { name: 'fingerprint', owner: 'BankAccountDetails', type: 'string', expect: undefined },
  // A person's fingerprint, or a finger's print named as one, wherever it is kept.
  { name: 'fingerprint', owner: 'Employee', type: 'bytea', expect: 'biometric' },
  { name: 'fingerprint_image', owner: 'CardHolderEnrollment', type: 'bytes', expect: 'biometric' },
]);

classifyTable('short forms of a server and of satellites', [
  // `svr` is a server: its address is a machine's.
  { name: 'svrIp', owner: 'PushMessageInfo', type: 'Int', expect: undefined },
  { name: 'clientIp', owner: 'PushMessageInfo', type: 'String', expect: 'online_id' },
  // A count of satellites in view says how good a fix is, not where it is.
  { name: 'GNSS_GPSSats', owner: 'TrackerStatus', type: 'uint32', expect: undefined },
  { name: 'gps_satellites', owner: 'VehicleFix', type: 'int', expect: undefined },
  { name: 'GNSS_Latitude', owner: 'TrackerStatus', type: 'double', expect: 'whereabouts' },
]);

classifyTable('a postcode kept as a number is still a postcode', [
  { name: 'zip_code', owner: 'ShippingAddress', type: 'int32', expect: 'address' },
  { name: 'PostalCode', owner: 'Member', type: 'int', expect: 'address' },
  // Other address words typed as numbers are counts or keys, not places.
  { name: 'address', owner: 'Member', type: 'int', expect: undefined },
  { name: 'city', owner: 'Member', type: 'int64', expect: undefined },
]);

classifyTable('a brand written in camel case is read as the vocabulary spells it', [
  { name: 'WeChatID', owner: 'Member', type: 'string', expect: 'contact' },
  { name: 'DingTalkUserID', owner: 'Employee', type: 'string', expect: 'online_id' },
  { name: 'WhatsAppNumber', owner: 'Customer', type: 'string', expect: 'contact' },
  // `FaceBook` is the network, not a face: a member's profile link there is their account
  // (session 20, `det-fresh-intl`), and a brand's settings stay none.
  { name: 'FaceBookURL', owner: 'Member', type: 'string', expect: 'online_id' },
  { name: 'WeChatAppSecretEnabled', owner: 'SiteConfig', type: 'bool', expect: undefined },
]);

classifyTable('a page of a list counts its records: its total is no amount', [
  { name: 'total', owner: 'InvoiceCollection', type: 'Int!', expect: undefined },
  { name: 'total', owner: 'OrderListResponse', type: 'int32', expect: undefined },
  // An order's own total, and a list page's amount, are still money.
  { name: 'total', owner: 'Order', type: 'Float!', expect: 'transaction' },
  { name: 'totalAmount', owner: 'OrderListResponse', type: 'int64', expect: 'transaction' },
]);
