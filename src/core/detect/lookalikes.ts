/**
 * Terms that name something else in a record of a given kind: a word that is personal data in a
 * person's record and a thing's property in another (issue 9, `docs/detection-rulings.md`,
 * "Names as the weak formats write them").
 */
import type { CategoryKey } from '../law/schema.js';
import { readType } from './declaredType.js';
import type { TermMeaning } from './vocabulary/compile.js';
import type { Strength } from './vocabulary/schema.js';

/** Records of a means of payment: a card, a bank account, a payment method. */
const PAYMENT_INSTRUMENTS: readonly string[] = ['card', 'cards', 'bank', 'payment', 'wallet'];

/**
 * `Card.fingerprint`, `BankAccountPaymentDetails.fingerprint`: payment APIs (Stripe, Square)
 * give a card or a bank account a fingerprint, a hash of its number that matches the same card
 * across customers; no finger is read. Only the bare word is ruled out: `fingerprint_image` or
 * `指纹` is a finger's print wherever it is kept.
 */
export function instrumentFingerprint(
  category: CategoryKey,
  strength: Strength,
  ownerWords: ReadonlySet<string>,
): boolean {
  return (
    category === 'biometric' && strength === 'weak' && PAYMENT_INSTRUMENTS.some((w) => ownerWords.has(w))
  );
}

/** Last words of a record that is one page of a list (after code suffixes such as `Response`). */
const LIST_PAGES: ReadonlySet<string> = new Set([
  'collection',
  'connection',
  'list',
  'page',
  'paged',
  'pagination',
]);
/** Code suffixes after the list word (`OrderListResponse`, `OrderPageVO`). */
const PAGE_SUFFIXES: ReadonlySet<string> = new Set([
  'response',
  'resp',
  'reply',
  'result',
  'output',
  'dto',
  'vo',
  'res',
  'rsp',
  'data',
]);

/**
 * `OrderCollection.total`, `OrderListResponse.total`: a page of a list (GraphQL connections and
 * collections, paged API responses) counts the records its query matched; its `total` is that
 * count, not an order's total amount.
 */
export function countOfRecords(
  category: CategoryKey,
  nameWords: readonly string[],
  ownerWords: readonly string[],
): boolean {
  if (category !== 'transaction' || nameWords.length !== 1 || nameWords[0] !== 'total') return false;
  let k = ownerWords.length - 1;
  while (k > 0 && PAGE_SUFFIXES.has(ownerWords[k] ?? '')) k--;
  return k > 0 && LIST_PAGES.has(ownerWords[k] ?? '');
}

/**
 * `AttendeeSignup.position: PositiveIntegerField`, `past_status.position: tinyint`,
 * `driverposition: Map<String,Object>`: a `position` held as anything but text is a place in a
 * list, a side of the body or a point on a map, not the post a person holds (which is text: a
 * WeCom member's `Position: string`); outside a person's record it is not read as a post either.
 * Only the ungated weak meaning is closed (an employee's `position` is their post whatever its
 * type, a description saying 职位 still reads), so the record's domain may read the field.
 */
export function positionNotPost(
  meaning: TermMeaning,
  declaredType: string | undefined,
  personOwner: boolean,
): boolean {
  if (meaning.category !== 'education_work' || meaning.strength !== 'weak' || meaning.phrase !== 'position')
    return false;
  if (!personOwner) return true;
  if (declaredType === undefined || declaredType.trim() === '') return false;
  return readType(declaredType).shape !== 'string';
}

/** Floating-point types as the languages spell them: a measure or a position, never a number issued. */
const FLOATING = /^(?:double|float|float32|float64|real|double precision|kotlin\.double|kotlin\.float)\??$/i;

/**
 * `LoanEntity.orderNum: Double`, `Account.order_num float`: an "order number" typed as a
 * floating-point number is the row's place in a list (drag-and-drop ordering keeps fractions
 * between neighbours), not an order's number, which is issued as text or an integer.
 */
export function sortPosition(category: string, matched: string, declaredType: string | undefined): boolean {
  return (
    category === 'transaction' &&
    (matched === 'order number' || matched === 'order no') &&
    declaredType !== undefined &&
    FLOATING.test(declaredType.trim())
  );
}
