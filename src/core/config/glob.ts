/**
 * Bounded wildcard matching for user-supplied patterns. No regular expression is built from
 * user text: the matchers below run in O(pattern × subject) at worst, so a hostile
 * `.pilens.json` cannot cause catastrophic backtracking.
 */

/** `*` matches any run (including none); case-insensitive. Used for field and owner patterns. */
export function matchWildcard(pattern: string, subject: string): boolean {
  return wildcard(pattern.toLowerCase(), subject.toLowerCase(), false);
}

/**
 * Path globs: `**` crosses `/`, `*` and `?` do not. A pattern without `/` matches the base name
 * anywhere (`*.min.js`), like .gitignore. Paths use `/`.
 */
export function matchGlob(pattern: string, path: string): boolean {
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  const s = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!p.includes('/')) {
    // Like .gitignore: a bare name matches the file or any folder on its path.
    return s.split('/').some((segment) => wildcard(p, segment, true));
  }
  const anchored = p.startsWith('/') ? p.slice(1) : p;
  return (
    wildcard(anchored, s, true) ||
    wildcard('**/' + anchored, s, true) ||
    wildcard(anchored.replace(/\/$/, '') + '/**', s, true)
  );
}

/**
 * Set-of-positions matcher: after each pattern element, the set of subject offsets reachable.
 * Bounded by pattern length × subject length steps, whatever the input. With `paths`, `*` and
 * `?` stop at `/`, `**` does not, and `**` before a slash matches zero or more whole segments.
 */
function wildcard(p: string, s: string, paths: boolean): boolean {
  const n = s.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  current[0] = 1;
  let i = 0;
  while (i < p.length) {
    const c = p.charAt(i);
    const double = paths && c === '*' && p.charAt(i + 1) === '*';
    next.fill(0);
    if (double && p.charAt(i + 2) === '/') {
      let reach = false;
      for (let j = 0; j <= n; j++) {
        if (current[j] === 1) {
          reach = true;
          next[j] = 1;
        } else if (reach && s.charAt(j - 1) === '/') next[j] = 1;
      }
      i += 3;
    } else if (c === '*') {
      let reach = false;
      for (let j = 0; j <= n; j++) {
        if (current[j] === 1) reach = true;
        if (reach) next[j] = 1;
        if (paths && !double && s.charAt(j) === '/') reach = false;
      }
      i += double ? 2 : 1;
    } else {
      for (let j = 0; j < n; j++) {
        if (current[j] !== 1) continue;
        const ch = s.charAt(j);
        if (c === '?' ? !(paths && ch === '/') : ch === c) next[j + 1] = 1;
      }
      i++;
    }
    [current, next] = [next, current];
  }
  return current[n] === 1;
}
