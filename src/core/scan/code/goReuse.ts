import { keepWindow, rereadChains, type ChainReader } from './chainReuse.js';
import { readGo, type GoRead } from './goReader.js';

/**
 * Re-reading only the top-level declarations an edit touched, for the fast Go reader
 * (chainReuse.ts; issue 8: a re-scan after a one-line edit read all 10,000 lines again). At a
 * chain start (goReader.ts, `CHAIN_KEYWORDS`) the tokenizer is at a line start outside any
 * bracket, comment or string, and the reader is between top-level statements: the state of a
 * file after its imports. A read that retried trial readings is read whole (their bound is the
 * whole text's), and so is a region that retries. `undefined` when the region is declined: the
 * caller reads the whole text, which may still succeed.
 */
export function rereadGo(before: string, read: GoRead, text: string): GoRead | undefined {
  if (read.retried > 0) return undefined;
  const again = rereadChains(before, read, text, GO_CHAINS);
  return again === undefined ? undefined : keepWindow(again, { ...again, retried: 0 });
}

const GO_CHAINS: ChainReader = {
  read: (region, from) => {
    const read = readGo(region, from > 0);
    return read?.retried === 0 ? read : undefined;
  },
  // The statement before a chain may look at its whole first token, and past it at the
  // character that ends it (`type` is no longer a keyword in `types`).
  head: (text, at) => {
    let end = at;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    return end - at + 1;
  },
};

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}
