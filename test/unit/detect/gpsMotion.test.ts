/**
 * A GPS's speed, heading and source and a commission on GPS devices are not a position (the
 * lexicon: speeds and headings are none); a GPS fix itself still is whereabouts.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a GPS’s motion, source or commission is not where someone is', [
  { name: 'gpsSpeed', owner: 'OrgUser', type: 'Double', comment: 'GPS速度', expect: undefined },
  { name: 'gpsdirection', owner: 'PubDriver', type: 'double', comment: 'GPS方向', expect: undefined },
  { name: 'gps_heading', owner: 'DriverTrack', type: 'double', expect: undefined },
  { name: 'gpssource', owner: 'PubDriver', type: 'Integer', comment: 'gps来源', expect: undefined },
  { name: 'gps_deduct', owner: 'budget_order', type: 'bigint(20)', comment: 'GPS提成', expect: undefined },
  // The fix itself, and a GPS fee of an order (money, not a place), are read as before.
  { name: 'gps', owner: 'Driver', type: 'String', expect: 'whereabouts' },
  { name: 'gpsLocation', owner: 'PubDriver', type: 'String', comment: 'GPS位置', expect: 'whereabouts' },
  { name: 'gps_fee', owner: 'budget_order', type: 'bigint(20)', comment: 'GPS收费', expect: 'transaction' },
]);
