/** Online identifiers: e-mail addresses and IP addresses. */

/** A plain e-mail address (no display name, no quoted local part), at most 254 characters. */
export function isEmail(value: string): boolean {
  const v = value.trim();
  if (v.length > 254 || v.length < 6) return false;
  return /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$/.test(
    v,
  );
}

/** Dotted-quad IPv4; octets 0–255 without leading zeros. */
export function isIpv4(value: string): boolean {
  const parts = value.trim().split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** IPv6 in full, compressed (`::`) or IPv4-suffixed form; zone ids are not accepted. */
export function isIpv6(value: string): boolean {
  const v = value.trim();
  if (v.length < 2 || v.length > 45 || !v.includes(':')) return false;
  const halves = v.split('::');
  if (halves.length > 2) return false;
  const groups = (s: string): string[] | null => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (head === null || tail === null) return false;
  const all = [...head, ...tail];
  let width = 0;
  for (const [i, g] of all.entries()) {
    if (i === all.length - 1 && g.includes('.')) {
      if (!isIpv4(g)) return false;
      width += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) {
      width += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? width < 8 : width === 8;
}
