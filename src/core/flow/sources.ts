/**
 * Which names are personal information, as the scan's classifier reads them: a flow source is
 * an identifier or member the classifier flags, with the confidence it gives (a bare `name` or
 * `address` is no finding at all; `user.name` is). Low-confidence findings are sources too (a
 * person's key, `userId`; an order number, `orderNo`): a flow carries the strongest confidence
 * of what reaches it, and one that only low ones reach is reported at the lower level (lead
 * ruling 3, session 21). One reader per analysed text, memoised.
 */
import { classifyField } from '../detect/classify.js';
import type { CompiledVocabulary } from '../detect/vocabulary/index.js';
import type { CategoryKey } from '../law/schema.js';
import type { Confidence, Finding } from '../types.js';
import { stronger } from './taint.js';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A name read as PI: its category and the classifier's confidence. */
export interface Reading {
  readonly category: CategoryKey;
  readonly confidence: Confidence;
}

/** Reads names as sources; `undefined` when not PI. */
export type NameReader = (name: string, owner: string | undefined) => Reading | undefined;

/** One reading per category and confidence, shared: readings are never changed. */
const READINGS: Readonly<Record<Confidence, Map<CategoryKey, Reading>>> = {
  high: new Map(),
  medium: new Map(),
  low: new Map(),
};

function readingOf(category: CategoryKey, confidence: Confidence): Reading {
  const byCategory = READINGS[confidence];
  let r = byCategory.get(category);
  if (r === undefined) byCategory.set(category, (r = { category, confidence }));
  return r;
}

/** A memoised reader over the given vocabulary (the default when omitted). */
export function nameReader(vocabulary?: CompiledVocabulary): NameReader {
  // By owner, then name: asked for every name the walk meets, so no key string is built per ask.
  // Most asks have no owner: their names have a map of their own, found without a lookup (an
  // empty owner shares it, as it shared the key '' before).
  const alone = new Map<string, Reading | null>();
  const owned = new Map<string, Map<string, Reading | null>>();
  const options = vocabulary !== undefined ? { vocabulary } : {};
  return (name, owner) => {
    if (name.length > 100) return undefined;
    let names = alone;
    if (owner !== undefined && owner !== '') {
      const known = owned.get(owner);
      if (known === undefined) owned.set(owner, (names = new Map<string, Reading | null>()));
      else names = known;
    }
    let hit = names.get(name);
    if (hit === undefined) {
      const f = classifyField(
        { name, range: ZERO, role: 'usage', ...(owner !== undefined ? { owner } : {}) },
        options,
      );
      hit = f !== undefined && f.state !== 'anonymized' ? readingOf(f.category, f.confidence) : null;
      names.set(name, hit);
    }
    return hit ?? undefined;
  };
}

/**
 * A region alone, a bare sum, or a count or span of something (`City`, `province_code`, `amount`,
 * `DepositMonths`, `leaveDays`): coarse, or no value of the person's, where the record's context
 * made the scan read it (a named sum, `refundAmount`, `MonthlyRent`, stays).
 */
const COARSE_FIELD =
  /^(?:(?:city|province|district|county|state|region|country|town|township|prefecture)(?:_?(?:name|code|id))?|amount|total|price|fee|cost|sum)$|(?:months|days|years|hours|minutes|count|times|qty|quantity)$/i;

/**
 * The record types of a text by name, and how the scan read each of their fields: a member read
 * on a variable of a record type (`o.Address` of an `o Order`) is the field the scan read in the
 * record's declaration, with the record's context (`Order.Address` beside an ID number is a
 * person's address, where `Address` alone is no finding). The fields are gathered the first time
 * one is asked for: most walks never ask.
 */
export class RecordTypes extends Map<string, RecordType> {
  #fields: Map<string, Map<string, Reading>> | undefined;
  readonly #findings: readonly Finding[];
  readonly #hidden: ReadonlySet<string> | undefined;

  constructor(findings: readonly Finding[], hidden?: ReadonlySet<string>) {
    super();
    this.#findings = findings;
    this.#hidden = hidden;
  }

  /**
   * Whether field `name` of record `type` is left out of the record's whole value (Go's
   * `json:"-"`, goHidden.ts): read by name it is PI, but it does not make the variable holding
   * the record carry it.
   */
  hides(type: string, name: string): boolean {
    return this.#hidden !== undefined && this.#hidden.has(`${type}.${name}`);
  }

  /**
   * The scan's reading of field `name` declared in record `type`, if it read one and the field is
   * not coarse (COARSE_FIELD: a customer's city, an order's bare amount, `DepositMonths`).
   */
  field(type: string, name: string): Reading | undefined {
    const r = (this.#fields ??= fieldsOf(this.#findings)).get(type)?.get(name);
    return r === undefined || COARSE_FIELD.test(name) ? undefined : r;
  }
}

/** The fields of each record type as the scan read them in its declaration (the first reading of a name). */
function fieldsOf(findings: readonly Finding[]): Map<string, Map<string, Reading>> {
  const types = new Map<string, Map<string, Reading>>();
  // A record's fields come one after another: its map is looked up when the owner changes.
  let owner: string | undefined;
  let fields: Map<string, Reading> | undefined;
  for (const f of findings) {
    if (f.role !== 'declaration' || f.owner === undefined || f.state === 'anonymized') continue;
    if (f.owner !== owner || fields === undefined) {
      owner = f.owner;
      fields = types.get(owner);
      if (fields === undefined) types.set(owner, (fields = new Map<string, Reading>()));
    }
    if (!fields.has(f.field)) fields.set(f.field, readingOf(f.category, f.confidence));
  }
  return types;
}

/** A record type of the text: the categories its fields hold, and the strongest confidence of them. */
export interface RecordType {
  readonly categories: readonly CategoryKey[];
  readonly confidence: Confidence;
}

/** One record type's categories (kept sorted as they come) and strongest confidence, as gathered. */
class Gathering {
  constructor(
    readonly categories: CategoryKey[],
    public confidence: Confidence,
  ) {}

  add(category: CategoryKey, confidence: Confidence): void {
    if (confidence !== this.confidence) this.confidence = stronger(this.confidence, confidence);
    const list = this.categories;
    if (list.includes(category)) return;
    // In place, the order sort() gives strings: a set per type, then a copy and a sort each, made
    // 0.4 MB per 10,000-line file (sort's work array).
    let i = list.length;
    list.push(category);
    for (; i > 0 && (list[i - 1] as CategoryKey) > category; i--) list[i] = list[i - 1] as CategoryKey;
    list[i] = category;
  }
}

/**
 * Record types declared in the same text with their PI categories (`interface User { phone }`):
 * a parameter typed `User` carries them. From the scan's own findings, so nothing is read twice.
 * Types with the same categories share one list (lists are never changed once made), made to its
 * size: the map lives as long as the analysis, and a list grown by `push` kept a 17-slot store
 * each (0.1 MB promoted per 10,000-line file, where hundreds of types hold the same few).
 */
export function recordTypes(findings: readonly Finding[], hidden?: ReadonlySet<string>): RecordTypes {
  // A record's fields come one after another: its entry is looked up when the owner changes, not
  // per field (each owner is its own string, so a lookup hashes it and compares characters).
  const types = new Map<string, Gathering>();
  let owner: string | undefined;
  let at: Gathering | undefined;
  for (const f of findings) {
    if (f.role !== 'declaration' || f.owner === undefined || f.state === 'anonymized') continue;
    // A field its serialiser leaves out (Go's `json:"-"`, goHidden.ts) is no part of the whole value.
    if (hidden?.has(`${f.owner}.${f.field}`) === true) continue;
    if (f.owner !== owner || at === undefined) {
      owner = f.owner;
      at = types.get(owner);
      if (at === undefined) {
        types.set(owner, (at = new Gathering([f.category], f.confidence)));
        continue;
      }
    }
    at.add(f.category, f.confidence);
  }
  // Shared once every list is complete: no list is changed after this. Found by first category,
  // then compared (a file's types hold a few combinations), with no key string built per type.
  const shared = new Map<CategoryKey, RecordType[]>();
  const out = new RecordTypes(findings, hidden);
  for (const [name, g] of types) {
    const list = g.categories;
    const first = list[0] as CategoryKey;
    let bucket = shared.get(first);
    if (bucket === undefined) shared.set(first, (bucket = []));
    let one: RecordType | undefined;
    for (const t of bucket)
      if (t.confidence === g.confidence && sameList(t.categories, list)) {
        one = t;
        break;
      }
    if (one === undefined) bucket.push((one = { categories: list.slice(), confidence: g.confidence }));
    out.set(name, one);
  }
  return out;
}

function sameList(a: readonly CategoryKey[], b: readonly CategoryKey[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
