/**
 * An owner-gated term is opened by its owner or a word before it, never by its own words: a
 * hotel's key says nothing of a stay, as a secret's own words say nothing of whose it is.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a term’s own words do not open its owner gate', [
  { name: 'hotelId', owner: 'RatePlan', type: 'string', expect: undefined },
  { name: 'hotel_id', owner: 'availability', type: 'String', expect: undefined },
  // The owner (a stay, a booking) or a word before the term still opens it.
  { name: 'hotel_id', owner: 'hotel_booking', type: 'bigint', expect: 'accommodation' },
  { name: 'hotelId', owner: 'GuestCheckin', type: 'Long', expect: 'accommodation' },
]);
