/**
 * A hotel guest's name is the guest's name (`name`): the stay is what the record's check-in and
 * check-out times say (`accommodation`), and a dataset counts the record by those siblings.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a guest name is a name; the stay is in its times', [
  { name: 'guest_name', owner: 'pms_guest', type: 'varchar', comment: '住客姓名', expect: 'name' },
  { name: 'guestName', owner: 'HotelGuest', type: 'String', expect: 'name' },
  { name: 'check_in_time', owner: 'hotel_stay', type: 'datetime', expect: 'accommodation' },
  { name: 'check_out_date', owner: 'pms_guest', type: 'date', expect: 'accommodation' },
  { name: 'guest_count', owner: 'hotel_stay', type: 'int', expect: undefined },
]);
