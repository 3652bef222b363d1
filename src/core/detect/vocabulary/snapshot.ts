/**
 * The compiled default vocabulary as generated data (`npm run gen` writes
 * `snapshot.generated.ts`), so a run loads lookup tables instead of validating and compiling
 * thousands of phrases at start: the compile was 150–250 ms of every pre-commit hook and of the
 * language server's first diagnostics. A unit test keeps the snapshot equal to a fresh compile.
 *
 * The layout is built for a fast cold load rather than for reading: every string once in a
 * newline-separated table, everything else a stream of small numbers (string indexes, counts,
 * flags) written as base-64 variable-length digits, the encoding of source maps. Building every
 * phrase object at load still cost more than a scan touches, so the phrase maps and the
 * meanings are decoded on first lookup: each entry is written with its length, and loading
 * only notes where each one starts.
 */
import type { CategoryKey, ContestId } from '../../law/schema.js';
import type { CategoryTraits, CompiledVocabulary, IndexedPhrase, TermMeaning } from './compile.js';
import { DecodedOnDemand, SnapshotReader, writeDigits } from './snapshotCodes.js';
import type { Strength } from './schema.js';

/** What `vocabularySnapshot` writes and the generated module exports. */
export interface VocabularySnapshot {
  /** Bumped when the layout changes, so an old snapshot fails loudly instead of misreading. */
  readonly layout: number;
  /** Every string, most used first (small indexes take one digit), joined by newlines. */
  readonly strings: string;
  /** The number stream, in the order `write` below produces it. */
  readonly codes: string;
}

const LAYOUT = 3;

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

/** The list-valued fields, in stream order. */
const LIST_FIELDS = [
  'personOwnersZh',
  'nonPersonOwnersZh',
  'minorOwnersZh',
  'metaSuffixesZh',
  'trackingOwnersZh',
  'carrierOwnersZh',
  'ownerTexts',
] as const satisfies readonly (keyof CompiledVocabulary)[];

interface Term {
  readonly term: string;
  readonly meanings: readonly TermMeaning[];
}

/** Appends to the stream; `sid` numbers a string. */
interface Out {
  num(n: number): void;
  str(s: string): void;
  /** Writes what `body` writes, preceded by its length in digits, so a reader can skip it. */
  sized(body: () => void): void;
}

/**
 * Serialises a compiled vocabulary. Deterministic (Map and Set insertion order is kept; equal
 * meanings are written once), so it can be compared with the committed snapshot.
 */
export function vocabularySnapshot(vocab: CompiledVocabulary): VocabularySnapshot {
  // Equal meanings are written once; rows are keyed by their content.
  const meaningIndex = new Map<string, number>();
  const meanings: TermMeaning[] = [];
  const meaningRef = (m: TermMeaning): number => {
    const { category, strength, contest, qualified, minor, owners, phrase, source, variant, negates } = m;
    const key = JSON.stringify([
      category,
      strength,
      contest,
      qualified,
      minor,
      owners,
      phrase,
      source,
      variant,
      negates,
    ]);
    let i = meaningIndex.get(key);
    if (i === undefined) {
      i = meanings.length;
      meaningIndex.set(key, i);
      meanings.push(m);
    }
    return i;
  };
  // Number meanings in the order the stream refers to them (pass 0 needs no strings).
  write(
    vocab,
    {
      num: () => undefined,
      str: () => undefined,
      sized: (body) => {
        body();
      },
    },
    meaningRef,
    meanings,
  );
  // Pass 1 counts string uses, pass 2 writes with strings numbered most used first.
  const uses = new Map<string, number>();
  write(
    vocab,
    {
      num: () => undefined,
      str: (s) => uses.set(s, (uses.get(s) ?? 0) + 1),
      sized: (body) => {
        body();
      },
    },
    meaningRef,
    meanings,
  );
  const table = [...uses.keys()].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1));
  for (const s of table) if (s.includes('\n')) throw new Error(`vocabulary snapshot: a newline in "${s}"`);
  const number = new Map(table.map((s, i) => [s, i]));
  let codes = '';
  const out: Out = {
    num: (n) => (codes += writeDigits(n)),
    str: (s) => (codes += writeDigits(number.get(s) ?? 0)),
    sized: (body) => {
      const before = codes;
      codes = '';
      body();
      const inner = codes;
      codes = before + writeDigits(inner.length) + inner;
    },
  };
  write(vocab, out, meaningRef, meanings);
  return { layout: LAYOUT, strings: table.join('\n'), codes };
}

function write(
  vocab: CompiledVocabulary,
  out: Out,
  meaningRef: (m: TermMeaning) => number,
  meanings: readonly TermMeaning[],
): void {
  const refs = (list: readonly TermMeaning[]): void => {
    out.num(list.length);
    for (const m of list) out.num(meaningRef(m));
  };
  const terms = (list: readonly Term[]): void => {
    out.num(list.length);
    for (const t of list) {
      out.str(t.term);
      refs(t.meanings);
    }
  };
  const strings = (list: Iterable<string>): void => {
    const all = [...list];
    out.num(all.length);
    for (const s of all) out.str(s);
  };
  // Phrase maps first, then meanings: pass 0 numbers meanings in this order of first use.
  out.num(vocab.byLastToken.size);
  for (const [last, phrases] of vocab.byLastToken) {
    out.str(last);
    out.sized(() => {
      out.num(phrases.length);
      for (const p of phrases) {
        strings(p.tokens);
        refs(p.meanings);
      }
    });
  }
  out.num(vocab.hanByLastChar.size);
  for (const [last, list] of vocab.hanByLastChar) {
    out.str(last);
    out.sized(() => {
      terms(list);
    });
  }
  terms(vocab.mixedTerms);
  out.num(vocab.pinyinSuffixes.size);
  for (const [key, list] of vocab.pinyinSuffixes) {
    out.str(key);
    refs(list);
  }
  out.num(meanings.length);
  for (const m of meanings)
    out.sized(() => {
      writeMeaning(out, m);
    });
  out.num(vocab.abbreviations.size);
  for (const [from, to] of vocab.abbreviations) {
    out.str(from);
    out.str(to);
  }
  out.num(vocab.traits.size);
  for (const [key, t] of vocab.traits) {
    out.str(key);
    out.num((t.booleanMeaningful ? 1 : 0) | (t.inherentlyPersonal ? 2 : 0));
  }
  for (const field of SET_FIELDS) strings(vocab[field]);
  for (const field of LIST_FIELDS) strings(vocab[field]);
}

function writeMeaning(out: Out, m: TermMeaning): void {
  out.num(
    (m.qualified ? QUALIFIED : 0) |
      (m.minor ? MINOR : 0) |
      (m.variant ? VARIANT : 0) |
      (m.category !== undefined ? HAS_CATEGORY : 0) |
      (m.contest !== undefined ? HAS_CONTEST : 0) |
      (m.negates !== undefined ? HAS_NEGATES : 0),
  );
  if (m.category !== undefined) out.str(m.category);
  out.str(m.strength);
  if (m.contest !== undefined) out.str(m.contest);
  out.num(m.owners.length);
  for (const o of m.owners) out.str(o);
  out.str(m.phrase);
  out.str(m.source);
  if (m.negates !== undefined) out.str(m.negates);
}

/** Rebuilds the compiled vocabulary from `vocabularySnapshot` output; phrases decode on first lookup. */
export function vocabularyFromSnapshot(snapshot: VocabularySnapshot): CompiledVocabulary {
  if (snapshot.layout !== LAYOUT)
    throw new Error(
      `vocabulary snapshot layout ${String(snapshot.layout)}, expected ${String(LAYOUT)}: run npm run gen`,
    );
  const r = new SnapshotReader(snapshot.strings, snapshot.codes);
  // Meanings are written after the maps that refer to them; their starts are known once read.
  let meaningStarts: readonly number[] = [];
  const meanings: (TermMeaning | undefined)[] = [];
  const meaningAt = (i: number): TermMeaning => {
    let m = meanings[i];
    if (m === undefined) {
      const start = meaningStarts[i];
      if (start === undefined) throw new Error('vocabulary snapshot: no such meaning');
      m = r.at(start, readMeaning);
      meanings[i] = m;
    }
    return m;
  };
  const refs = (reader: SnapshotReader): TermMeaning[] => {
    const list = new Array<TermMeaning>(reader.num());
    for (let i = 0; i < list.length; i++) list[i] = meaningAt(reader.num());
    return list;
  };
  const terms = (reader: SnapshotReader): { term: string; meanings: TermMeaning[] }[] => {
    const list = new Array<{ term: string; meanings: TermMeaning[] }>(reader.num());
    for (let i = 0; i < list.length; i++) list[i] = { term: reader.str(), meanings: refs(reader) };
    return list;
  };
  const byLastToken = new DecodedOnDemand<IndexedPhrase[]>(r, (reader) => {
    const list = new Array<IndexedPhrase>(reader.num());
    for (let i = 0; i < list.length; i++) list[i] = { tokens: reader.strs(), meanings: refs(reader) };
    return list;
  });
  const hanByLastChar = new DecodedOnDemand(r, terms);
  // Mixed terms and pinyin suffixes are few; their meanings are read below, so keep their places.
  const mixedStart = r.position;
  for (let n = r.num(); n > 0; n--) {
    r.str();
    r.skipNums(r.num());
  }
  const pinyinStart = r.position;
  for (let n = r.num(); n > 0; n--) {
    r.str();
    r.skipNums(r.num());
  }
  const starts: number[] = [];
  for (let n = r.num(); n > 0; n--) starts.push(r.skipSized());
  meaningStarts = starts;
  const mixedTerms = r.at(mixedStart, terms);
  const pinyinSuffixes = r.at(pinyinStart, (reader) => {
    const map = new Map<string, TermMeaning[]>();
    for (let n = reader.num(); n > 0; n--) map.set(reader.str(), refs(reader));
    return map;
  });
  const abbreviations = new Map<string, string>();
  for (let n = r.num(); n > 0; n--) abbreviations.set(r.str(), r.str());
  const traits = new Map<CategoryKey, CategoryTraits>();
  for (let n = r.num(); n > 0; n--) {
    const key = r.str() as CategoryKey;
    const flags = r.num();
    traits.set(key, { booleanMeaningful: (flags & 1) !== 0, inherentlyPersonal: (flags & 2) !== 0 });
  }
  const sets = {} as Record<(typeof SET_FIELDS)[number], ReadonlySet<string>>;
  for (const field of SET_FIELDS) sets[field] = new Set(r.strs());
  const lists = {} as Record<(typeof LIST_FIELDS)[number], readonly string[]>;
  for (const field of LIST_FIELDS) lists[field] = r.strs();
  r.end();
  return { byLastToken, hanByLastChar, mixedTerms, pinyinSuffixes, abbreviations, traits, ...sets, ...lists };
}

function readMeaning(r: SnapshotReader): TermMeaning {
  const flags = r.num();
  const category = (flags & HAS_CATEGORY) !== 0 ? (r.str() as CategoryKey) : undefined;
  const strength = r.str() as Strength;
  const contest = (flags & HAS_CONTEST) !== 0 ? (r.str() as ContestId) : undefined;
  const owners = r.strs();
  const phrase = r.str();
  const source = r.str() as TermMeaning['source'];
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
  return (flags & HAS_NEGATES) !== 0 ? { ...meaning, negates: r.str() as CategoryKey } : meaning;
}
