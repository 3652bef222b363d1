/** Coordinates within mainland China's bounding box (a location is whereabouts data). */

const LAT = { min: 3.8, max: 53.6 };
const LNG = { min: 73.4, max: 135.1 };
const NUMBER = /^-?\d{1,3}(?:\.\d+)?$/;

/** A latitude in China's range written with at least 3 decimals (a precise point). */
export function isChinaLatitude(value: string): boolean {
  const v = value.trim();
  if (!NUMBER.test(v) || !/\.\d{3,}$/.test(v)) return false;
  const n = Number(v);
  return n >= LAT.min && n <= LAT.max;
}

/** A longitude in China's range written with at least 3 decimals. */
export function isChinaLongitude(value: string): boolean {
  const v = value.trim();
  if (!NUMBER.test(v) || !/\.\d{3,}$/.test(v)) return false;
  const n = Number(v);
  return n >= LNG.min && n <= LNG.max;
}

/** A "lat,lng" or "lng,lat" pair (comma, space or semicolon separated) inside China. */
export function isChinaCoordinatePair(value: string): boolean {
  const parts = value
    .trim()
    .replace(/^[([]|[)\]]$/g, '')
    .split(/\s*[,;\s]\s*/);
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  return (isChinaLatitude(a) && isChinaLongitude(b)) || (isChinaLongitude(a) && isChinaLatitude(b));
}
