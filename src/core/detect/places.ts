/**
 * Where a coordinate belongs. The latitude and longitude of a postal address (`sxo_user_address.lat`,
 * `PubMostaddress.lng` // 经度) geocode that address, as its street and city spell it: the lexicon
 * labels them `address` with the rest of the address, while the same words in a driver's, a
 * trip's or a device's record are where someone is (`whereabouts`).
 */
import { ADDRESS_HEADS, type OwnerReading } from './ownerReading.js';

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
