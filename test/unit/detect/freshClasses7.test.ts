/**
 * Issue 9 (session 24, branch `det-fresh7fix`): general classes of error read from the six fresh
 * repositories of session 24, each rule with a negative beside it (docs/detection-rulings.md,
 * "Fresh repositories' classes"). Names are made up in each format's style, not the lexicon's.
 */
import { classifyTable } from './classifyTable.js';

classifyTable(
  'a field typed as a versioned entity, a Realm list or a qualified contact record is a relation',
  [
    { name: 'address', owner: 'CustomerEntityV2', type: 'AddressEntityV2?', expect: undefined },
    { name: 'orders', owner: 'BuyerEntityV1', type: 'RealmList<OrderEntityV1>', expect: undefined },
    { name: 'addresses', owner: 'Customer', type: 'MutableList<Address>', expect: undefined },
    { name: 'contact', owner: 'Customer', type: 'CustomerContact', expect: undefined },
    // The value itself stays: a string address, a bare contact value object, an entity list of scalars.
    { name: 'address', owner: 'CustomerEntityV2', type: 'String?', expect: 'address' },
    { name: 'phone', owner: 'Customer', type: 'Phone', expect: 'contact' },
    { name: 'phoneNumbers', owner: 'BuyerEntityV1', type: 'RealmList<String>', expect: 'contact' },
  ],
);

classifyTable('a position fix’s accuracy says how good the fix is, not where it is', [
  { name: 'latlng_accuracy', owner: 'DriverPosition', type: 'double', expect: undefined },
  { name: 'raw_location_accuracy', owner: 'DriverPosition', type: 'double', expect: undefined },
  { name: 'horizontalAccuracy', owner: 'LocationFix', type: 'Double', expect: undefined },
  // The fix itself stays a position.
  { name: 'raw_location', owner: 'DriverPosition', type: 'google.type.LatLng', expect: 'whereabouts' },
  { name: 'latitude', owner: 'LocationFix', type: 'Double', expect: 'whereabouts' },
]);

classifyTable('a phone prefix (a country’s dialling code) is not a way to reach the person', [
  { name: 'phone_prefix', owner: 'RegisterReq', type: 'string', comment: '手机前缀', expect: undefined },
  { name: 'mobilePrefix', owner: 'SignupForm', type: 'String', expect: undefined },
  // The number itself stays contact.
  { name: 'phone', owner: 'RegisterReq', type: 'string', comment: '手机号', expect: 'contact' },
  { name: 'mobile', owner: 'SignupForm', type: 'String', expect: 'contact' },
]);

classifyTable('a single-sign-on token in a login’s record opens the person’s account', [
  { name: 'singleSignOnToken', owner: 'IdpAuthenticationData', type: 'String?', expect: 'credential' },
  { name: 'sso_token', owner: 'LoginSession', type: 'varchar(512)', expect: 'credential' },
  // Its scope says what the token may do, not the token; an SSO token of a mail server is the system's.
  { name: 'singleSignOnTokenScope', owner: 'IdpAuthenticationData', type: 'TokenScope', expect: undefined },
  { name: 'ssoToken', owner: 'MailServerConfig', type: 'String', expect: undefined },
]);

classifyTable('a person’s civil status is their marital status', [
  {
    name: 'civilStatusCode',
    owner: 'PersonalIdentification',
    type: 'EnumCivilStatus',
    expect: 'marital_orientation',
  },
  { name: 'civil_status', owner: 'customer', type: 'varchar(20)', expect: 'marital_orientation' },
  // A civil name is a name; a civil registry's office is no one's.
  { name: 'civilName', owner: 'PersonalIdentification', type: 'string', expect: 'name' },
  { name: 'civilRegistryOffice', owner: 'Registry', type: 'string', expect: undefined },
]);

classifyTable('a trip’s or a vehicle’s fix and past fixes are whereabouts', [
  { name: 'location', owner: 'TripUpdate', type: 'LatLng', expect: 'whereabouts' },
  { name: 'raw_location', owner: 'VehicleFix', type: 'google.type.LatLng', expect: 'whereabouts' },
  { name: 'past_locations', owner: 'Vehicle', type: 'repeated VehicleFix', expect: 'whereabouts' },
  // A shop's or a facility's location is a place's; a fix's sensor names the provider.
  { name: 'location', owner: 'Store', type: 'LatLng', expect: undefined },
  { name: 'location', owner: 'Facility', type: 'Coordinates?', expect: undefined },
  { name: 'location_sensor', owner: 'VehicleFix', type: 'LocationSensor', expect: undefined },
]);
