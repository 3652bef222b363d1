/**
 * Where a coordinate belongs. The latitude and longitude of a postal address (`sxo_user_address.lat`,
 * `PubMostaddress.lng` // 经度) geocode that address, as its street and city spell it: the lexicon
 * labels them `address` with the rest of the address, while the same words in a driver's, a
 * trip's or a device's record are where someone is (`whereabouts`).
 */
import type { FieldCandidate, Finding } from '../types.js';
import { findingOf } from './findingOf.js';
import { ADDRESS_HEADS } from './ownerHead.js';
import type { OwnerReading } from './ownerReading.js';

/** The whereabouts terms that are one point's coordinates (match texts, words joined by `_`). */
const COORDINATES: ReadonlySet<string> = new Set([
  'latitude',
  'longitude',
  'lat',
  'lng',
  'lon',
  'coordinates',
  'lat_lng',
  'lng_lat',
  'geo_point',
  'geo_coordinate',
  '经度',
  '纬度',
  '经纬度',
]);

/** Whether a whereabouts reading is a coordinate of a postal address record (`address`, `addr`). */
export function addressCoordinate(category: string, matched: string, owner: OwnerReading): boolean {
  return (
    category === 'whereabouts' &&
    !owner.tracking &&
    COORDINATES.has(matched.toLowerCase().replace(/\s+/g, '_')) &&
    [...owner.words].some(addressWord)
  );
}

/** `address`, `addr`, or a word run together ending in one (`Mostaddress`), not a network's. */
function addressWord(w: string): boolean {
  if (ADDRESS_HEADS.has(w)) return true;
  return /(address|addr)$/.test(w) && !/^(ip|mac|email|mail|e_mail|server|host|web|url)/.test(w);
}

/** The evidence sentence for `addressCoordinate`. */
export function addressCoordinateDetail(matched: string): string {
  return `"${matched}" of a postal address locates that address: address information`;
}

/**
 * People whose profile states where they are: a `location` string of such a record (`User.location`
 * "The location set by the user", a GitHub profile's `Location`, a forum member's) is the place the
 * person gives as theirs, a town or a region typed in once, not a position that follows them. The
 * lexicon labels it `address`, as a developer profile's free-text location in the held-out splits.
 */
const PROFILE_PERSONS: ReadonlySet<string> = new Set([
  'user',
  'account',
  'member',
  'profile',
  'person',
  'individual',
  'customer',
]);

/**
 * Whether a whereabouts reading is the bare `location` a person states on their profile: the whole
 * name is `location`, the record is a user's, an account's or a profile's (not one that follows a
 * position: a driver's, a device's, a location update), and the value is text, not a coordinate.
 */
export function statedLocation(
  category: string,
  nameWords: readonly string[],
  owner: OwnerReading,
  textual: boolean,
): boolean {
  return (
    category === 'whereabouts' &&
    textual &&
    !owner.tracking &&
    nameWords.length === 1 &&
    nameWords[0] === 'location' &&
    owner.context?.kind === 'person' &&
    PROFILE_PERSONS.has(owner.context.word)
  );
}

/** The evidence sentence for `statedLocation`. */
export const STATED_LOCATION_DETAIL =
  'a location a person states on their profile is the place they give as theirs, not a position that follows them: address information';

/**
 * The last words of an address part that places it inside a region: a city or a postcode
 * (`city`, `zipCode`, `billing_postal_code`), as the identifier's words end.
 */
const PLACED_PARTS: readonly (readonly string[])[] = [
  ['city'],
  ['zip'],
  ['zipcode'],
  ['postcode'],
  ['zip', 'code'],
  ['postal', 'code'],
  ['post', 'code'],
];

/** Declared types of a status, never of a region's name: numbers, flags and choices. */
const STATUS_TYPE = /int|bool|number|byte|long|short|enum|selection|float|double|decimal/i;

/** One field of a record, as `regionOfAddress` reads it. */
interface RecordField {
  /** The identifier's words, abbreviations spelt out (`billing_state`: billing, state). */
  readonly words: readonly string[];
  readonly declaredType?: string;
  /** What the field was read as, when it was. */
  readonly category?: string;
}

/**
 * A person's `state` beside the city or postcode of their address (`Patient.state` next to
 * `Patient.city`, `User.billing_state` next to `billing_zip_code`, `locationState` next to
 * `locationCity`): the state of that address, its province, which the city ruling makes address
 * information as the city is (docs/detection-rulings.md, session 25). The sibling must already
 * read as an address, so a store's, a facility's or an order status's record, whose city reads
 * as nothing, gives none; a number, a flag or a choice is a status whatever stands beside it.
 * Returns the sibling's position, or -1.
 */
function regionOfAddress(field: RecordField, record: readonly RecordField[]): number {
  const { words, declaredType } = field;
  if (words[words.length - 1] !== 'state') return -1;
  if (declaredType !== undefined && STATUS_TYPE.test(declaredType)) return -1;
  const prefix = words.slice(0, -1);
  return record.findIndex(
    (s) =>
      s.category === 'address' &&
      PLACED_PARTS.some(
        (part) =>
          s.words.length === prefix.length + part.length &&
          part.every((w, j) => s.words[prefix.length + j] === w) &&
          prefix.every((w, j) => s.words[j] === w),
      ),
  );
}

/**
 * A record's `state` left unread beside the city or postcode of the address it holds
 * (`regionOfAddress`): the region of that address, read as the sibling was. `members` are the
 * record's candidates' positions; `wordsOf` gives an identifier's words. Fills `classified`.
 */
export function regionsOfAddresses(
  members: readonly number[],
  candidates: readonly FieldCandidate[],
  classified: (Finding | undefined)[],
  wordsOf: (name: string) => readonly string[],
): void {
  let record: RecordField[] | undefined;
  for (const k of members) {
    const c = candidates[k] as FieldCandidate;
    if (classified[k] !== undefined || c.role !== 'declaration' || !/state$/i.test(c.name)) continue;
    record ??= members.map((j) => {
      const f = classified[j];
      const words = wordsOf((candidates[j] as FieldCandidate).name);
      return f?.role === 'declaration' ? { words, category: f.category } : { words };
    });
    const words = wordsOf(c.name);
    const at = regionOfAddress(
      c.declaredType === undefined ? { words } : { words, declaredType: c.declaredType },
      record,
    );
    const sibling = at < 0 ? undefined : classified[members[at] as number];
    if (sibling === undefined) continue;
    const detail = `the same record holds "${sibling.field}", so its state is the region of that address: address information`;
    const { category, class: cls, confidence } = sibling;
    const evidence = [{ kind: 'owner' as const, matched: sibling.field, detail }];
    classified[k] = findingOf(c, { category, class: cls, confidence, evidence }, true);
  }
}
