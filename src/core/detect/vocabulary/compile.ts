/**
 * Turns the vocabulary data into lookup structures once, at load: phrases indexed by their
 * last token (the matcher reads identifiers right to left, head noun first), Chinese terms
 * indexed by their first character, and plain sets for context words. Nothing here builds a
 * regular expression, so matching cost is a few map lookups per token.
 */
import { z } from 'zod';
import type { CategoryKey, ContestId } from '../../law/schema.js';
import { hasHan } from '../../text/han.js';
import { isHan, tokenize } from '../tokenize.js';
import {
  categoryVocabularySchema,
  contextSchema,
  type CategoryVocabularyInput,
  type DetectionContext,
  type Strength,
} from './schema.js';

/** What one vocabulary phrase means when it matches. */
export interface TermMeaning {
  /** `undefined` for a negative phrase (`phone_model`): it matches so that nothing else does. */
  readonly category: CategoryKey | undefined;
  readonly strength: Strength;
  readonly contest: ContestId | undefined;
  readonly qualified: boolean;
  readonly minor: boolean;
  /** Owner words this meaning needs (empty: none needed). */
  readonly owners: readonly string[];
  /** The phrase as written in the data, for evidence. */
  readonly phrase: string;
  readonly source: 'en' | 'zh' | 'pinyin' | 'config';
  /** Generated variant (`idcard` from `id_card`): an explicit phrase with the same words wins. */
  readonly variant: boolean;
  /** For a negative listed under a category (`captcha` under credential): that category. */
  readonly negates?: CategoryKey;
}

export interface IndexedPhrase {
  readonly tokens: readonly string[];
  readonly meanings: TermMeaning[];
}

export interface CategoryTraits {
  readonly booleanMeaningful: boolean;
  readonly inherentlyPersonal: boolean;
}

/** The compiled vocabulary the matcher and classifier read. */
export interface CompiledVocabulary {
  /** Last token → phrases ending with it, longest first. */
  readonly byLastToken: ReadonlyMap<string, readonly IndexedPhrase[]>;
  /** Last character → Chinese terms ending with it, longest first (Chinese is head-final too). */
  readonly hanByLastChar: ReadonlyMap<string, readonly { term: string; meanings: TermMeaning[] }[]>;
  /** Terms mixing Latin letters and Chinese (`IP地址`), matched case-insensitively. */
  readonly mixedTerms: readonly { term: string; meanings: TermMeaning[] }[];
  /** Pinyin abbreviations of three letters or more, for suffix matching (`khsjh`). */
  readonly pinyinSuffixes: ReadonlyMap<string, TermMeaning[]>;
  /** Every word that appears in a phrase or context list: the dictionary for splitting `userphone`. */
  readonly knownWords: ReadonlySet<string>;
  /** Abbreviation → the word it stands for. */
  readonly abbreviations: ReadonlyMap<string, string>;
  readonly traits: ReadonlyMap<CategoryKey, CategoryTraits>;
  readonly personOwners: ReadonlySet<string>;
  readonly nonPersonOwners: ReadonlySet<string>;
  readonly metaOwners: ReadonlySet<string>;
  readonly minorOwners: ReadonlySet<string>;
  readonly personOwnersZh: readonly string[];
  readonly nonPersonOwnersZh: readonly string[];
  readonly minorOwnersZh: readonly string[];
  readonly personalModifiers: ReadonlySet<string>;
  readonly metaSuffixes: ReadonlySet<string>;
  readonly verbPrefixes: ReadonlySet<string>;
  readonly booleanPrefixes: ReadonlySet<string>;
  readonly metaSuffixesZh: readonly string[];
  readonly ownerSuffixes: ReadonlySet<string>;
  readonly recordOwners: ReadonlySet<string>;
  readonly personRoles: ReadonlySet<string>;
  readonly placeOwners: ReadonlySet<string>;
  readonly trackingOwners: ReadonlySet<string>;
  readonly trackingOwnersZh: readonly string[];
  readonly partyRoles: ReadonlySet<string>;
  readonly communicationOwners: ReadonlySet<string>;
  readonly carrierOwnersZh: readonly string[];
  /**
   * Owner words of meanings that are not plain lower-case English (`病历`, `IP`), sorted: the
   * owner reading matches them as substrings of owner texts. Derived here once rather than by
   * walking every meaning at the first scan.
   */
  readonly ownerTexts: readonly string[];
}

/** Parses and compiles vocabulary data; throws with every invalid path named. */
export function compileVocabulary(
  categories: readonly CategoryVocabularyInput[],
  context: DetectionContext,
  custom: readonly CategoryVocabularyInput[] = [],
): CompiledVocabulary {
  const parsedCategories = z.array(categoryVocabularySchema).parse([...categories, ...custom]);
  const firstCustom = categories.length;
  const ctx = contextSchema.parse(context);
  // Phrases are spelt with the same abbreviations expanded as identifiers (`cert_no` → certificate no).
  const builder = new IndexBuilder(new Map(Object.entries(ctx.abbreviations)));
  const traits = new Map<CategoryKey, CategoryTraits>();
  for (const [index, cat] of parsedCategories.entries()) {
    const fromConfig = index >= firstCustom;
    const prev = traits.get(cat.category);
    traits.set(cat.category, {
      booleanMeaningful: cat.booleanMeaningful || (prev?.booleanMeaningful ?? false),
      inherentlyPersonal: cat.inherentlyPersonal || (prev?.inherentlyPersonal ?? false),
    });
    for (const group of cat.terms) {
      const owners = group.owners.map((o) => o.toLowerCase());
      const base = {
        category: cat.category,
        strength: group.strength,
        contest: group.contest,
        qualified: group.qualified,
        minor: group.minor,
        owners,
      };
      const src = (s: TermMeaning['source']): TermMeaning['source'] => (fromConfig ? 'config' : s);
      for (const p of group.en)
        builder.addPhrase(p, { ...base, phrase: p, source: src('en'), variant: false });
      for (const p of group.pinyin)
        builder.addPhrase(p, { ...base, phrase: p, source: src('pinyin'), variant: false });
      for (const p of group.zh) builder.addHan(p, { ...base, phrase: p, source: src('zh'), variant: false });
    }
    const negative = {
      category: undefined,
      strength: 'strong' as const,
      contest: undefined,
      qualified: false,
      minor: false,
      owners: [],
    };
    for (const p of cat.negatives.en)
      builder.addPhrase(p, { ...negative, phrase: p, source: 'en', variant: false, negates: cat.category });
    for (const p of cat.negatives.zh)
      builder.addHan(p, { ...negative, phrase: p, source: 'zh', variant: false, negates: cat.category });
  }
  const negative = {
    category: undefined,
    strength: 'strong' as const,
    contest: undefined,
    qualified: false,
    minor: false,
    owners: [],
  };
  for (const p of ctx.negativeCompounds)
    builder.addPhrase(p, { ...negative, phrase: p, source: 'en', variant: false });
  for (const p of ctx.negativeTermsZh)
    builder.addHan(p, { ...negative, phrase: p, source: 'zh', variant: false });

  // `cust_id`, `ry_id`: an identifier of a person (online_id, low), generated from the owners; a
  // patient's number is a medical-visit record (health, low).
  const healthOwners = new Set([...ctx.healthRecordOwners.en, ...ctx.healthRecordOwners.zh]);
  const personKey = (phrase: string, owner: string, source: 'en' | 'zh') =>
    ({
      category: healthOwners.has(owner) ? 'health' : 'online_id',
      strength: 'low',
      contest: undefined,
      qualified: false,
      minor: false,
      owners: [],
      phrase,
      source,
      variant: true,
    }) as const;
  for (const owner of ctx.personOwners.en) {
    // A hospital numbers its patients (`sickNumber`, 病人号); a `contact_number` is a phone.
    const suffixes = healthOwners.has(owner) ? [...ctx.personIdSuffixes, 'number'] : ctx.personIdSuffixes;
    for (const suffix of suffixes) {
      const phrase = `${owner}_${suffix}`;
      builder.addPhrase(phrase, personKey(phrase, owner, 'en'));
    }
  }
  // `罪犯编号`, `个人编号`, `客户号`: the number of a person record, generated the same way (and
  // read before a shorter term cut out of it: `客户号` is not a 户号).
  for (const owner of ctx.personOwners.zh) {
    for (const phrase of [`${owner}编号`, `${owner}号`]) {
      builder.addHan(phrase, personKey(phrase, owner, 'zh'));
    }
  }
  const words = (list: readonly string[]): Set<string> =>
    new Set(list.flatMap((w) => tokenize(w).map((t) => t.text)));
  const personOwners = words(ctx.personOwners.en);
  const nonPersonOwners = words(ctx.nonPersonOwners.en);
  const metaOwners = new Set(ctx.metaOwners);
  const minorOwners = words(ctx.minorOwners.en);
  const personalModifiers = words(ctx.personalModifiers);
  const metaSuffixes = words(ctx.metaSuffixes);
  const personRoles = new Set(ctx.personRoles);
  for (const set of [
    personOwners,
    nonPersonOwners,
    minorOwners,
    personalModifiers,
    metaSuffixes,
    personRoles,
  ]) {
    for (const w of set) builder.knownWords.add(w);
  }
  const index = builder.finish();
  return {
    ...index,
    ownerTexts: ownerTextsOf(index),
    traits,
    personOwners,
    nonPersonOwners,
    metaOwners,
    minorOwners,
    personOwnersZh: ctx.personOwners.zh,
    nonPersonOwnersZh: ctx.nonPersonOwners.zh,
    minorOwnersZh: ctx.minorOwners.zh,
    personalModifiers,
    metaSuffixes,
    abbreviations: new Map(Object.entries(ctx.abbreviations)),
    verbPrefixes: new Set(ctx.verbPrefixes),
    booleanPrefixes: new Set(ctx.booleanPrefixes),
    metaSuffixesZh: ctx.metaSuffixesZh,
    ownerSuffixes: new Set(ctx.ownerSuffixes),
    recordOwners: new Set(ctx.recordOwners),
    personRoles,
    placeOwners: new Set(ctx.placeOwners),
    trackingOwners: new Set(ctx.trackingOwners),
    trackingOwnersZh: ctx.trackingOwnersZh,
    partyRoles: new Set(ctx.partyRoles),
    communicationOwners: new Set(ctx.communicationOwners),
    carrierOwnersZh: ctx.carrierOwnersZh,
  };
}

/** Accumulates phrases; public so that `.pilens.json` vocabulary compiles the same way. */
export class IndexBuilder {
  readonly #phrases = new Map<string, IndexedPhrase>();
  readonly #han = new Map<string, TermMeaning[]>();
  readonly knownWords = new Set<string>();
  readonly #abbreviations: ReadonlyMap<string, string>;

  constructor(abbreviations: ReadonlyMap<string, string> = new Map()) {
    this.#abbreviations = abbreviations;
  }

  addPhrase(phrase: string, meaning: TermMeaning): void {
    const tokens = tokenize(phrase).map((t) =>
      meaning.source === 'pinyin' ? t.text : (this.#abbreviations.get(t.text) ?? t.text),
    );
    if (tokens.length === 0) return;
    if (tokens.some(hasHan)) {
      this.addHan(phrase, meaning);
      return;
    }
    this.#put(tokens, meaning);
    if (meaning.source === 'pinyin') return;
    for (const t of tokens) if (t.length >= 2) this.knownWords.add(t);
    // Joined spellings (`idcard_no`, `idcardno`) and plurals (`phone_numbers`) mean the same.
    for (const variant of joinedVariants(tokens)) this.#put(variant, { ...meaning, variant: true });
    if (meaning.category !== undefined) {
      const last = tokens[tokens.length - 1] ?? '';
      const plural = pluralOf(last);
      if (plural !== undefined) this.#put([...tokens.slice(0, -1), plural], { ...meaning, variant: true });
    }
  }

  addHan(term: string, meaning: TermMeaning): void {
    const list = this.#han.get(term) ?? [];
    // A generated term (`员工编号`) gives way to the same term written in the data.
    if (meaning.variant && list.some((m) => !m.variant)) return;
    if (!meaning.variant && list.length > 0 && list.every((m) => m.variant)) list.length = 0;
    list.push(meaning);
    this.#han.set(term, list);
  }

  #put(tokens: readonly string[], meaning: TermMeaning): void {
    const key = tokens.join(' ');
    const existing = this.#phrases.get(key);
    if (existing === undefined) {
      this.#phrases.set(key, { tokens, meanings: [meaning] });
      return;
    }
    // An explicit phrase replaces generated variants; a negative replaces positives of equal standing.
    const explicit = existing.meanings.filter((m) => !m.variant);
    if (!meaning.variant && explicit.length === 0) existing.meanings.length = 0;
    if (meaning.variant && explicit.length > 0) return;
    existing.meanings.push(meaning);
  }

  finish(): Pick<
    CompiledVocabulary,
    'byLastToken' | 'hanByLastChar' | 'mixedTerms' | 'pinyinSuffixes' | 'knownWords'
  > {
    const byLastToken = new Map<string, IndexedPhrase[]>();
    const pinyinSuffixes = new Map<string, TermMeaning[]>();
    for (const entry of this.#phrases.values()) {
      const last = entry.tokens[entry.tokens.length - 1] ?? '';
      const list = byLastToken.get(last) ?? [];
      list.push(entry);
      byLastToken.set(last, list);
      const pinyin = entry.meanings.filter((m) => m.source === 'pinyin' && m.strength !== 'ambiguous');
      if (entry.tokens.length === 1 && last.length >= 3 && pinyin.length > 0)
        pinyinSuffixes.set(last, pinyin);
    }
    for (const list of byLastToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    const hanByLastChar = new Map<string, { term: string; meanings: TermMeaning[] }[]>();
    const mixedTerms: { term: string; meanings: TermMeaning[] }[] = [];
    for (const [term, meanings] of this.#han) {
      if (!allHan(term)) {
        mixedTerms.push({ term: term.toLowerCase(), meanings });
        continue;
      }
      const last = term.charAt(term.length - 1);
      const list = hanByLastChar.get(last) ?? [];
      list.push({ term, meanings });
      hanByLastChar.set(last, list);
    }
    for (const list of hanByLastChar.values()) list.sort((a, b) => b.term.length - a.term.length);
    mixedTerms.sort((a, b) => b.term.length - a.term.length);
    return { byLastToken, hanByLastChar, mixedTerms, pinyinSuffixes, knownWords: this.knownWords };
  }
}

function ownerTextsOf(index: ReturnType<IndexBuilder['finish']>): string[] {
  const texts = new Set<string>();
  const add = (meanings: readonly TermMeaning[]): void => {
    for (const m of meanings) for (const o of m.owners) if (!/^[a-z_]+$/.test(o)) texts.add(o);
  };
  for (const phrases of index.byLastToken.values()) for (const p of phrases) add(p.meanings);
  for (const terms of index.hanByLastChar.values()) for (const t of terms) add(t.meanings);
  for (const t of index.mixedTerms) add(t.meanings);
  for (const meanings of index.pinyinSuffixes.values()) add(meanings);
  return [...texts].sort();
}

/** `[id, card, no]` → `[idcard, no]`, `[id, cardno]`, `[idcardno]`: every way of joining neighbours. */
function joinedVariants(tokens: readonly string[]): string[][] {
  if (tokens.length < 2 || tokens.length > 5) return [];
  const result: string[][] = [];
  const gaps = tokens.length - 1;
  for (let mask = 1; mask < 1 << gaps; mask++) {
    const out: string[] = [tokens[0] ?? ''];
    for (let g = 0; g < gaps; g++) {
      const next = tokens[g + 1] ?? '';
      if (mask & (1 << g)) out[out.length - 1] = (out[out.length - 1] ?? '') + next;
      else out.push(next);
    }
    result.push(out);
  }
  return result;
}

function allHan(term: string): boolean {
  for (let i = 0; i < term.length; i++) if (!isHan(term.charCodeAt(i))) return false;
  return true;
}

function pluralOf(word: string): string | undefined {
  if (word.length < 3 || /\d$/.test(word)) return undefined;
  if (word.endsWith('s') || word.endsWith('x') || word.endsWith('ch') || word.endsWith('sh'))
    return word + 'es';
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}
