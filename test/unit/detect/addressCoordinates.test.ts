/**
 * A postal address's coordinates geocode that address (`address`); the same words in a driver's,
 * a trip's or a device's record are where someone is (`whereabouts`). See `places.ts`.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a postal address’s coordinates are the address', [
  { name: 'lat', owner: 'sxo_user_address', type: 'decimal(13, 10)', comment: '纬度', expect: 'address' },
  { name: 'lng', owner: 'PubMostaddress', type: 'Double', comment: '经度', expect: 'address' },
  { name: 'latitude', owner: 'ShippingAddress', type: 'Float', expect: 'address' },
  // A person's, a trip's or a network's record: where someone is.
  { name: 'lat', owner: 'Driver', type: 'double', expect: 'whereabouts' },
  { name: 'pickupLat', owner: 'RideOrder', type: 'Float', expect: 'whereabouts' },
  { name: 'lat', owner: 'ipaddress', type: 'float', expect: 'whereabouts' },
  // A store's address is the store's: nothing personal.
  { name: 'lat', owner: 'store_address', type: 'float', expect: undefined },
]);
