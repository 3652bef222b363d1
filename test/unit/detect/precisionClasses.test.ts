/**
 * Classes of false alarm on the lexicon's train split, each fixed by one rule (session 11,
 * branch `det-rules`; `docs/detection-rulings.md`, "Precision by class"). A negative beside each.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the company line of a postal address is not an employer', [
  { name: 'company', owner: 'CustomerAddress', type: 'String', expect: undefined },
  { name: 'company_name', owner: 'member_addr', type: 'varchar(100)', expect: undefined },
  // In a person's own record a company is their employer.
  { name: 'company', owner: 'Employee', type: 'String', expect: 'education_work' },
]);

classifyTable('a bare name of a thing a person owns or belongs to is the thing’s', [
  { name: 'name', owner: 'member_group', type: 'varchar(64)', expect: undefined },
  { name: 'name', owner: 'CustomerApiToken', type: 'string', expect: undefined },
  // The person's own record, or an address of theirs, holds their name.
  { name: 'name', owner: 'member', type: 'varchar(64)', expect: 'name' },
  { name: 'name', owner: 'CustomerAddress', type: 'string', expect: 'name' },
  // A person the field itself names keeps their name (a tour group's leader).
  { name: 'leader_name', owner: 'tour_group', type: 'varchar(64)', expect: 'name' },
]);
