/**
 * Where a coordinate belongs. The latitude and longitude of a postal address (`sxo_user_address.lat`,
 * `PubMostaddress.lng` // 经度) geocode that address, as its street and city spell it: the lexicon
 * labels them `address` with the rest of the address, while the same words in a driver's, a
 * trip's or a device's record are where someone is (`whereabouts`).
 */
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
