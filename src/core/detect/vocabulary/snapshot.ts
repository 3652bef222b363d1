/**
 * The compiled default vocabulary as generated data (`npm run gen` writes
 * `snapshot.generated.ts`), so a run loads lookup tables instead of validating and compiling
 * thousands of phrases at start: the compile was 150–250 ms of every pre-commit hook and of the
 * language server's first diagnostics. A unit test keeps the snapshot equal to a fresh compile.
 *
 * The layout is built for a fast cold load rather than for reading: every string once in a
 * newline-separated table, and everything else a stream of small numbers (string indexes,
 * counts, flags) written as base-64 variable-length digits, the encoding of source maps. That
 * is two string literals for the JavaScript parser to skip over and no per-value objects to
 * parse and collect, where the same data as JSON cost more to load than to compile.
 */
import type { CategoryKey, ContestId } from '../../law/schema.js';
import type { CategoryTraits, CompiledVocabulary, IndexedPhrase, TermMeaning } from './compile.js';
import type { Strength } from './schema.js';

/** What `vocabularySnapshot` writes and the generated module exports. */
export interface VocabularySnapshot {
  /** Bumped when the layout changes, so an old snapshot fails loudly instead of misreading. */
  readonly layout: number;
  /** Every string, most used first (small indexes take one digit), joined by newlines. */
  readonly strings: string;
  /** The number stream (see `write` below for its order). */
  readonly codes: string;
}

const LAYOUT = 2;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A digit carries five bits; the sixth says another digit follows. */
const MORE = 32;

/** Meaning flags: `qualified`, `minor`, `variant`, and which optional values are present. */
const QUALIFIED = 1;
const MINOR = 2;
const VARIANT = 4;
const HAS_CATEGORY = 8;
const HAS_CONTEST = 16;
const HAS_NEGATES = 32;

/** The set-valued fields, in stream order. */
const SET_FIELDS = [
  'knownWords',
  'personOwners',
  'nonPersonOwners',
  'metaOwners',
  'minorOwners',
  'personalModifiers',
  'metaSuffixes',
  'verbPrefixes',
  'booleanPrefixes',
  'ownerSuffixes',
  'recordOwners',
  'personRoles',
  'placeOwners',
  'trackingOwners',
  'partyRoles',
  'communicationOwners',
] as const satisfies readonly (keyof CompiledVocabulary)[];

/** The list-valued fields (Chinese word lists), in stream order. */
const LIST_FIELDS = [
  'personOwnersZh',
  'nonPersonOwnersZh',
  'minorOwnersZh',
  'metaSuffixesZh',
  'trackingOwnersZh',
  'carrierOwnersZh',
] as const satisfies readonly (keyof CompiledVocabulary)[];

type Term = { readonly term: string; readonly meanings: readonly TermMeaning[] };

/**
 * Serialises a compiled vocabulary. Deterministic (Map and Set insertion order is kept; equal
 * meanings are written once), so it can be compared with the committed snapshot.
 */
export function vocabularySnapshot(vocab: CompiledVocabulary): VocabularySnapshot {
  // Pass 1 writes symbolic values (strings, numbers); pass 2 numbers the strings by use.
  const meaningIndex = new Map<string, number>();
  const meaningRows: (string | number)[][] = [];
  const meaningRef = (m: TermMeaning): number => {
    const row: (string | number)[] = [
      (m.qualified ? QUALIFIED : 0) |
        (m.minor ? MINOR : 0) |
        (m.variant ? VARIANT : 0) |
        (m.category !== undefined ? HAS_CATEGORY : 0) |
        (m.contest !== undefined ? HAS_CONTEST : 0) |
        (m.negates !== undefined ? HAS_NEGATES : 0),
      ...(m.category !== undefined ? [m.category] : []),
      m.strength,
      ...(m.contest !== undefined ? [m.contest] : []),
      m.owners.length,
      ...m.owners,
      m.phrase,
      m.source,
      ...(m.negates !== undefined ? [m.negates] : []),
    ];
    const key = JSON.stringify(row);
    let i = meaningIndex.get(key);
    if (i === undefined) {
      i = meaningRows.length;
      meaningIndex.set(key, i);
      meaningRows.push(row);
    }
    return i;
  };
  const out: (string | number)[] = [];
  const refs = (list: readonly TermMeaning[]): void => {
    out.push(list.length);
    for (const m of list) out.push(meaningRef(m));
  };
  const terms = (list: readonly Term[]): void => {
    out.push(list.length);
    for (const t of list) {
      out.push(t.term);
      refs(t.meanings);
    }
  };
  const strings = (list: Iterable<string>): void => {
    const all = [...list];
    out.push(all.length);
    for (const s of all) out.push(s);
  };
  out.push(vocab.byLastToken.size);
  for (const [last, phrases] of vocab.byLastToken) {
    out.push(last, phrases.length);
    for (const p of phrases) {
      strings(p.tokens);
      refs(p.meanings);
    }
  }
  out.push(vocab.hanByLastChar.size);
  for (const [last, list] of vocab.hanByLastChar) {
    out.push(last);
    terms(list);
  }
  terms(vocab.mixedTerms);
  out.push(vocab.pinyinSuffixes.size);
  for (const [key, list] of vocab.pinyinSuffixes) {
    out.push(key);
    refs(list);
  }
  out.push(vocab.abbreviations.size);
  for (const [from, to] of vocab.abbreviations) out.push(from, to);
  out.push(vocab.traits.size);
  for (const [key, t] of vocab.traits)
    out.push(key, (t.booleanMeaningful ? 1 : 0) | (t.inherentlyPersonal ? 2 : 0));
  for (const field of SET_FIELDS) strings(vocab[field]);
  for (const field of LIST_FIELDS) strings(vocab[field]);
  // Meanings first in the stream: the reader builds them before anything refers to them.
  const stream = [meaningRows.length, ...meaningRows.flat(), ...out];

  const uses = new Map<string, number>();
  for (const v of stream) if (typeof v === 'string') uses.set(v, (uses.get(v) ?? 0) + 1);
  const table = [...uses.keys()].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1));
  for (const s of table) if (s.includes('\n')) throw new Error(`vocabulary snapshot: a newline in "${s}"`);
  const number = new Map(table.map((s, i) => [s, i]));
  let codes = '';
  for (const v of stream) codes += digits(typeof v === 'string' ? (number.get(v) ?? 0) : v);
  return { layout: LAYOUT, strings: table.join('\n'), codes };
}

function digits(n: number): string {
  let s = '';
  let rest = n;
  do {
    const low = rest % MORE;
    rest = Math.floor(rest / MORE);
    s += DIGITS.charAt(rest > 0 ? low + MORE : low);
  } while (rest > 0);
  return s;
}

/** Rebuilds the compiled vocabulary from `vocabularySnapshot` output. */
export function vocabularyFromSnapshot(snapshot: VocabularySnapshot): CompiledVocabulary {
  if (snapshot.layout !== LAYOUT)
    throw new Error(
      `vocabulary snapshot layout ${String(snapshot.layout)}, expected ${String(LAYOUT)}: run npm run gen`,
    );
  const table = snapshot.strings.split('\n');
  const codes = snapshot.codes;
  let at = 0;
  const num = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const d = DIGIT_VALUE[codes.charCodeAt(at++)] ?? -1;
      if (d < 0) throw new Error('vocabulary snapshot: truncated or corrupt');
      n += (d % MORE) * scale;
      if (d < MORE) return n;
      scale *= MORE;
    }
  };
  const str = (): string => {
    const s = table[num()];
    if (s === undefined) throw new Error('vocabulary snapshot: no such string');
    return s;
  };
  const strs = (): string[] => {
    const list = new Array<string>(num());
    for (let i = 0; i < list.length; i++) list[i] = str();
    return list;
  };

  const meanings = new Array<TermMeaning>(num());
  for (let i = 0; i < meanings.length; i++) meanings[i] = readMeaning(num, str);
  const refs = (): TermMeaning[] => {
    const list = new Array<TermMeaning>(num());
    for (let i = 0; i < list.length; i++) {
      const m = meanings[num()];
      if (m === undefined) throw new Error('vocabulary snapshot: no such meaning');
      list[i] = m;
    }
    return list;
  };
  const terms = (): { term: string; meanings: TermMeaning[] }[] => {
    const list = new Array<{ term: string; meanings: TermMeaning[] }>(num());
    for (let i = 0; i < list.length; i++) list[i] = { term: str(), meanings: refs() };
    return list;
  };
  const byLastToken = new Map<string, IndexedPhrase[]>();
  for (let n = num(); n > 0; n--) {
    const last = str();
    const list = new Array<IndexedPhrase>(num());
    for (let i = 0; i < list.length; i++) list[i] = { tokens: strs(), meanings: refs() };
    byLastToken.set(last, list);
  }
  const hanByLastChar = new Map<string, { term: string; meanings: TermMeaning[] }[]>();
  for (let n = num(); n > 0; n--) hanByLastChar.set(str(), terms());
  const mixedTerms = terms();
  const pinyinSuffixes = new Map<string, TermMeaning[]>();
  for (let n = num(); n > 0; n--) pinyinSuffixes.set(str(), refs());
  const abbreviations = new Map<string, string>();
  for (let n = num(); n > 0; n--) abbreviations.set(str(), str());
  const traits = new Map<CategoryKey, CategoryTraits>();
  for (let n = num(); n > 0; n--) {
    const key = str() as CategoryKey;
    const flags = num();
    traits.set(key, { booleanMeaningful: (flags & 1) !== 0, inherentlyPersonal: (flags & 2) !== 0 });
  }
  const sets = {} as Record<(typeof SET_FIELDS)[number], ReadonlySet<string>>;
  for (const field of SET_FIELDS) sets[field] = new Set(strs());
  const lists = {} as Record<(typeof LIST_FIELDS)[number], readonly string[]>;
  for (const field of LIST_FIELDS) lists[field] = strs();
  if (at !== codes.length) throw new Error('vocabulary snapshot: trailing data');
  return { byLastToken, hanByLastChar, mixedTerms, pinyinSuffixes, abbreviations, traits, ...sets, ...lists };
}

const DIGIT_VALUE: readonly number[] = (() => {
  const values = new Array<number>(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) values[DIGITS.charCodeAt(i)] = i;
  return values;
})();

function readMeaning(num: () => number, str: () => string): TermMeaning {
  const flags = num();
  const category = (flags & HAS_CATEGORY) !== 0 ? (str() as CategoryKey) : undefined;
  const strength = str() as Strength;
  const contest = (flags & HAS_CONTEST) !== 0 ? (str() as ContestId) : undefined;
  const owners = new Array<string>(num());
  for (let i = 0; i < owners.length; i++) owners[i] = str();
  const phrase = str();
  const source = str() as TermMeaning['source'];
  // Same keys in the same order as the compiler's objects (one object shape for the matcher).
  const meaning = {
    category,
    strength,
    contest,
    qualified: (flags & QUALIFIED) !== 0,
    minor: (flags & MINOR) !== 0,
    owners,
    phrase,
    source,
    variant: (flags & VARIANT) !== 0,
  };
  return (flags & HAS_NEGATES) !== 0 ? { ...meaning, negates: str() as CategoryKey } : meaning;
}
