/**
 * Classes of error found on the fresh train repositories of session 23 (issue 9, branch
 * `det-fresh6`: a Chinese hotel system's C# models, a personal money manager's Kotlin entities, a
 * federated microblog's Go models, a game backend's protobuf API, a unified HRIS OpenAPI, a Chinese
 * P2P lending platform's MySQL migrations), each rule with a negative beside it. Names are unlike
 * the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the location a person states on their profile is an address, not whereabouts', [
  { name: 'location', owner: 'MemberProfile', type: 'String', expect: 'address' },
  {
    name: 'Location',
    owner: 'ForumUser',
    type: 'varchar(80)',
    comment: 'Where the user says they live',
    expect: 'address',
  },
  { name: 'location', owner: 'PlayerAccount', expect: 'address' },
  // A courier's or a driver's location follows them; a coordinate-typed one is a position.
  { name: 'location', owner: 'CourierStatus', type: 'String', expect: 'whereabouts' },
  { name: 'location', owner: 'MemberProfile', type: 'GeoPoint', expect: 'whereabouts' },
  { name: 'lastLocation', owner: 'MemberProfile', type: 'String', expect: 'whereabouts' },
]);
