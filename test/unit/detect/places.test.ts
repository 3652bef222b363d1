/**
 * Places that are things: a hub (sorting, transit, transport) is a place and a thing, so
 * its own address and coordinates are not a person's; a person named inside it still is.
 * Names are deliberately unlike the held-out files'.
 */
import { classifyTable } from './classifyTable.js';

classifyTable("a hub's address and position locate the hub, not a person", [
  { name: 'street_address', owner: 'sorting_hub', expect: undefined },
  { name: 'lat', owner: 'TransitHub', type: 'double', expect: undefined },
  { name: 'lng', owner: 'TransitHub', type: 'double', expect: undefined },
  // A person named in the field is still a person, wherever the record sits.
  { name: 'supervisor_mobile', owner: 'sorting_hub', expect: 'contact' },
  // A courier's reported position is whereabouts.
  { name: 'lat', owner: 'CourierPing', type: 'double', expect: 'whereabouts' },
]);
