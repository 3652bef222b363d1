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
const READINGS = new Map<string, Reading>();

function readingOf(category: CategoryKey, confidence: Confidence): Reading {
  const key = `${confidence} ${category}`;
  let r = READINGS.get(key);
  if (r === undefined) READINGS.set(key, (r = { category, confidence }));
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
    if (this.#fields === undefined) {
      this.#fields = new Map<string, Map<string, Reading>>();
      for (const f of this.#findings) {
        if (f.role !== 'declaration' || f.owner === undefined || f.state === 'anonymized') continue;
        let fields = this.#fields.get(f.owner);
        if (fields === undefined) this.#fields.set(f.owner, (fields = new Map<string, Reading>()));
        if (!fields.has(f.field)) fields.set(f.field, readingOf(f.category, f.confidence));
      }
    }
    const r = this.#fields.get(type)?.get(name);
    return r === undefined || COARSE_FIELD.test(name) ? undefined : r;
  }
}

/** A record type of the text: the categories its fields hold, and the strongest confidence of them. */
export interface RecordType {
  readonly categories: readonly CategoryKey[];
  readonly confidence: Confidence;
}

/**
 * Record types declared in the same text with their PI categories (`interface User { phone }`):
 * a parameter typed `User` carries them. From the scan's own findings, so nothing is read twice.
 * Types with the same categories share one list (lists are never changed once made), made to its
 * size: the map lives as long as the analysis, and a list grown by `push` kept a 17-slot store
 * each (0.1 MB promoted per 10,000-line file, where hundreds of types hold the same few).
 */
export function recordTypes(findings: readonly Finding[], hidden?: ReadonlySet<string>): RecordTypes {
  // Each type's few categories kept sorted as they come (the order sort() gives strings), where a
  // set per type, then a copy and a sort each, made 0.4 MB per 10,000-line file (sort's work array).
  const types = new Map<string, CategoryKey[]>();
  const strength = new Map<string, Confidence>();
  for (const f of findings) {
    if (f.role !== 'declaration' || f.owner === undefined || f.state === 'anonymized') continue;
    // A field its serialiser leaves out (Go's `json:"-"`, goHidden.ts) is no part of the whole value.
    if (hidden?.has(`${f.owner}.${f.field}`) === true) continue;
    const category = f.category;
    const list = types.get(f.owner);
    const was = strength.get(f.owner);
    if (was !== f.confidence)
      strength.set(f.owner, was === undefined ? f.confidence : stronger(was, f.confidence));
    if (list === undefined) types.set(f.owner, [category]);
    else if (!list.includes(category)) {
      let i = list.length;
      list.push(category);
      for (; i > 0 && (list[i - 1] as CategoryKey) > category; i--) list[i] = list[i - 1] as CategoryKey;
      list[i] = category;
    }
  }
  // Shared once every list is complete: no list is changed after this.
  const shared = new Map<string, RecordType>();
  const out = new RecordTypes(findings, hidden);
  for (const [owner, list] of types) {
    const confidence = strength.get(owner) ?? 'low';
    const key = `${confidence} ${list.length === 1 ? (list[0] as CategoryKey) : list.join(' ')}`;
    let one = shared.get(key);
    if (one === undefined) shared.set(key, (one = { categories: list.slice(), confidence }));
    out.set(owner, one);
  }
  return out;
}
