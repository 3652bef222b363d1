/**
 * The arguments of a GraphQL search (`FieldCandidate.searchCriterion`): a field outside the
 * mutation root returning a list or a page says which records to return through them. Where an
 * argument names whom to look up (`members(email)`, `searchUsers(mobile)`, `testResults(patientId)`),
 * the request carries that person's identifier and it is read as any field. Where it names a
 * property of the records (`transactions(minAmount, paymentMethodType)`, `resultsPage(disease)`,
 * `hostedAccounts(balance: AmountRangeInput)`), it is a criterion held by no one: not reported.
 */
import type { CategoryKey } from '../law/schema.js';
import type { FieldCandidate, Finding } from '../types.js';
import { words } from './tokenize.js';

/**
 * Categories that say who someone is, or where (a nearby search's point is the searcher's):
 * a search by them looks a person up.
 */
const WHOM: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  'name',
  'contact',
  'id_number',
  'online_id',
  'credential',
  'biometric',
  'id_card_image',
  'vehicle',
  'whereabouts',
]);

/** Last words of a key or number that picks out one record (`patientId`, `orderNo`). */
const KEY_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'no', 'number', 'uuid', 'key']);

/** A search's argument whose finding names a property of the records sought, not whom. */
export function criterionOnly(candidate: FieldCandidate, finding: Finding): boolean {
  if (candidate.searchCriterion !== true || WHOM.has(finding.category)) return false;
  const last = words(candidate.name).at(-1);
  return last === undefined || !KEY_WORDS.has(last);
}
