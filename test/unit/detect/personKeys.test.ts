/**
 * Keys to people, one ruling (issue 9, session 16, branch `det-keys`; docs/detection-rulings.md,
 * "Keys to people: one ruling"). Each rule with a negative beside it; names are unlike the
 * lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a key to whoever oversees or handles a row for the organisation is not the row’s person', [
  { name: 'director_id', owner: 'BudgetRequest', type: 'bigint', expect: undefined },
  { name: 'reviewerUserId', owner: 'ExpenseClaim', type: 'Long', expect: undefined },
  { name: 'supervisor_id', owner: 'shift_swap', type: 'int', expect: undefined },
  { name: 'user_id', owner: 'RefundApply', type: 'bigint', comment: '处理人', expect: undefined },
  // A person or a party named so is still that person's key, and so is a thing's owner.
  { name: 'requester_id', owner: 'SupportCase', type: 'bigint', expect: 'online_id' },
  { name: 'author_id', owner: 'ForumThread', type: 'bigint', expect: 'online_id' },
  { name: 'owner_id', owner: 'Vehicle', type: 'bigint', expect: 'online_id' },
  { name: 'assignee_id', owner: 'SupportCase', type: 'bigint', expect: 'online_id' },
  { name: 'user_id', owner: 'RefundApply', type: 'bigint', comment: '申请人ID', expect: 'online_id' },
]);

classifyTable('a team or a group that holds a role is not a person', [
  { name: 'team_assignee_id', owner: 'HelpdeskTicket', type: 'integer', expect: undefined },
  { name: 'group_owner_id', owner: 'SharedFolder', type: 'bigint', expect: undefined },
  // The person holding the role, and a team's member, are people.
  { name: 'assignee_id', owner: 'HelpdeskTicket', type: 'integer', expect: 'online_id' },
  { name: 'team_member_id', owner: 'HelpdeskTicket', type: 'integer', expect: 'online_id' },
]);

classifyTable('a practitioner or a collaborator is a person: their key is theirs', [
  { name: 'practitioner_id', owner: 'Encounter', type: 'string', expect: 'online_id' },
  { name: 'collaborator_id', owner: 'DraftRevision', type: 'string', expect: 'online_id' },
  { name: 'name', owner: 'ClinicPractitioner', type: 'String', expect: 'name' },
  // A practitioner's own record is not a patient's clinical file; a patient's stays one.
  { name: 'qualification', owner: 'MedicalPractitioner', type: 'String', expect: undefined },
  { name: 'lifestyle_note', owner: 'MedicalPatient', type: 'text', expect: 'health' },
]);

classifyTable('who talks and who listens in a message are its parties', [
  { name: 'talkerId', owner: 'ChatMessageEvent', type: 'string', expect: 'online_id' },
  { name: 'listener_id', owner: 'im_message', type: 'bigint', expect: 'online_id' },
  // Outside a message or chat they name something else (an event listener, a speaker system).
  { name: 'listener_id', owner: 'WebhookSubscription', type: 'bigint', expect: undefined },
  { name: 'talkerId', owner: 'AudioDevice', type: 'string', expect: undefined },
]);
