/**
 * What a whole file is for (issue 9): a record that names no domain of its own (`visit`,
 * `record`, `BedTransfer`) borrows its file's, when the file shows one strongly — a folder or
 * file name that names such a system (`his/`, `hospital/`), or several records of the domain
 * making up a good share of the file. Borrowing lends the record the domain's owner word
 * (`clinical`), so the domain's owner-gated terms (`reason`, `dosage`, `onset_date`) count in it
 * as they do in a record named for a patient; a field keeps only a reading of the domain, and
 * nothing else about the record changes. A key to a patient in one record makes no file clinical
 * (docs/detection-rulings.md, "No domain lent across records").
 */
import type { CategoryKey } from '../law/schema.js';
import type { Evidence, FieldCandidate, Finding } from '../types.js';
import { readOwner, type OwnerReading } from './readings.js';
import { tokenize } from './tokenize.js';
import { LOOKUP_HEADS, QUERY_OWNERS, RECORD_DOMAINS, type RecordDomainData } from './vocabulary/domains.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import {
  FILE_PURPOSES,
  PURPOSE_RECORDS,
  PURPOSE_SHARE,
  type FilePurposeData,
} from './vocabulary/purposes.js';
import { containsAny } from './wordIndex.js';

/** A file's purpose and what showed it. */
export interface FilePurpose {
  readonly category: CategoryKey;
  /** The record domain's label (`clinical`). */
  readonly label: string;
  /** The owner word its records borrow (`clinical`). */
  readonly gate: string;
  /** The path word (`his`) or the records (`Encounter`, `Prescription`) that showed it. */
  readonly shownBy: { readonly kind: 'path' | 'records'; readonly words: readonly string[] };
  /** Equal for equal purposes and evidence: a kept verdict is reused only under the same one. */
  readonly key: string;
}

/** The purpose of the file at `path` holding `candidates`, or `undefined` when nothing shows one. */
export function readFilePurpose(
  candidates: readonly FieldCandidate[],
  path: string | undefined,
  vocab: CompiledVocabulary,
): FilePurpose | undefined {
  const words = path === undefined ? [] : pathWords(path);
  for (const data of FILE_PURPOSES) {
    const named = words.find((x) => data.pathWords.includes(x));
    if (named !== undefined) return purpose(data, 'path', [named]);
  }
  const records = recordsOf(candidates);
  if (records.size < PURPOSE_RECORDS) return undefined;
  for (const data of FILE_PURPOSES) {
    const owners = domainRecords(records, data, vocab);
    if (owners.length >= PURPOSE_RECORDS && owners.length * PURPOSE_SHARE >= records.size)
      return purpose(data, 'records', owners.slice(0, 3));
  }
  return undefined;
}

/**
 * Findings for the fields nothing classified, in records that may borrow the file's purpose: each
 * is classified again by `classify` (which lends the record the purpose's owner word), and only a
 * reading of the purpose's category is kept, with the file's evidence beside it.
 */
export function withFilePurpose(
  candidates: readonly FieldCandidate[],
  classified: readonly (Finding | undefined)[],
  purpose: FilePurpose,
  vocab: CompiledVocabulary,
  classify: (c: FieldCandidate) => Finding | undefined,
): (Finding | undefined)[] {
  const evidence = purposeEvidence(purpose);
  return classified.map((f, k) => {
    const c = candidates[k];
    if (f !== undefined || c === undefined || c.owner === undefined || c.role !== 'declaration') return f;
    if (!mayBorrow(readOwner(c, vocab))) return undefined;
    const found = classify(c);
    if (found?.category !== purpose.category) return undefined;
    return { ...found, evidence: [...found.evidence, evidence] };
  });
}

/** The owner reading a record of a file with `purpose` is read under (itself when it may not borrow). */
export function lendPurpose(owner: OwnerReading, purpose: FilePurpose | undefined): OwnerReading {
  if (purpose === undefined || !mayBorrow(owner)) return owner;
  let byGate = lent.get(owner);
  if (byGate === undefined) {
    byGate = new Map();
    lent.set(owner, byGate);
  }
  let reading = byGate.get(purpose.gate);
  if (reading === undefined) {
    reading = {
      ...owner,
      words: new Set([...owner.words, purpose.gate]),
      signature: `${owner.signature}\u0000lent:${purpose.gate}`,
      id: `${owner.id}+${purpose.gate}`,
    };
    byGate.set(purpose.gate, reading);
  }
  return reading;
}

const lent = new WeakMap<OwnerReading, Map<string, OwnerReading>>();

/**
 * A record without a domain of its own, about no thing: a thing's record (`hospital_department`),
 * a lookup (`encounter_type`, `drug_dict`) and a search (`PatientQuery`) borrow nothing.
 */
function mayBorrow(owner: OwnerReading): boolean {
  if (owner.domain !== undefined) return false;
  const kind = owner.context?.kind;
  return kind !== 'nonperson' && kind !== 'meta' && !lookup(owner);
}

function lookup(owner: OwnerReading): boolean {
  for (const x of owner.words) if (LOOKUP_HEADS.has(x) || QUERY_OWNERS.has(x)) return true;
  return false;
}

/** The words of a path's folders and file name, its extension left out. */
function pathWords(path: string): string[] {
  return tokenize(path.replace(/\.[A-Za-z0-9]+$/, ''))
    .filter((t) => t.kind === 'word')
    .map((t) => t.text.toLowerCase());
}

interface RecordOfFile {
  readonly first: FieldCandidate;
  readonly names: string[];
}

/** The file's records (declarations sharing an owner), by owner. */
function recordsOf(candidates: readonly FieldCandidate[]): Map<string, RecordOfFile> {
  const records = new Map<string, RecordOfFile>();
  for (const c of candidates) {
    if (c.owner === undefined || c.owner === '' || c.role !== 'declaration') continue;
    const record = records.get(c.owner);
    if (record === undefined) records.set(c.owner, { first: c, names: [c.name] });
    else record.names.push(c.name);
  }
  return records;
}

/**
 * The owners of the records that show the purpose's domain: named for its person (`Patient`,
 * `病人信息`) or, where the purpose says so, for one of its records (`Prescription`), or read as
 * the domain's by the record's own words and fields. Lookups (`encounter_type`) show nothing.
 */
function domainRecords(
  records: ReadonlyMap<string, RecordOfFile>,
  data: FilePurposeData,
  vocab: CompiledVocabulary,
): string[] {
  const domain = RECORD_DOMAINS.find((d) => d.label === data.domain) as RecordDomainData;
  const words = data.recordsShow ? [...domain.people.en, ...domain.records.en] : domain.people.en;
  const zh = data.recordsShow ? [...domain.people.zh, ...domain.records.zh] : domain.people.zh;
  const owners: string[] = [];
  for (const [owner, { first, names }] of records) {
    const reading = readOwner({ ...first, name: '' }, vocab);
    if (lookup(reading) || reading.context?.kind === 'nonperson') continue;
    const shows =
      reading.domain?.label === domain.label ||
      words.some((x) => reading.words.has(x)) ||
      [owner, first.ownerComment ?? ''].some((t) => containsAny(t, zh)) ||
      (reading.domainNamed &&
        readOwner({ ...first, name: '', siblings: names }, vocab).domain?.label === domain.label);
    if (shows) owners.push(owner);
  }
  return owners;
}

function purpose(data: FilePurposeData, kind: 'path' | 'records', words: readonly string[]): FilePurpose {
  const domain = RECORD_DOMAINS.find((d) => d.label === data.domain) as RecordDomainData;
  return {
    category: domain.category,
    label: domain.label,
    gate: data.gate,
    shownBy: { kind, words },
    key: `${domain.label}:${kind}:${words.join(' ')}`,
  };
}

function purposeEvidence(purpose: FilePurpose): Evidence {
  const { shownBy, label } = purpose;
  const quoted = shownBy.words.map((x) => `"${x}"`).join(', ');
  const why =
    shownBy.kind === 'path' ? `its path names ${quoted}` : `the same file holds ${label} records (${quoted})`;
  return {
    kind: 'owner',
    matched: shownBy.words[0] ?? '',
    detail: `the file is a ${label} system's (${why}), so its records hold ${label} data`,
  };
}
