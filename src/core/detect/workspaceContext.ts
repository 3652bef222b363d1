/**
 * What the rest of an application says about a record (issue 9): a record is read with its
 * file's others, and an `Encounter` declared in one file, keyed to a `Patient` declared in
 * another, shows nothing of the patient to a reader of its file alone. A workspace scan keeps
 * every file's records (their names and the records their fields point to, nothing else),
 * links each record to the person record of a sensitive domain it belongs to (`Encounter` →
 * `Patient`, directly or through one record between) when the application is in that domain
 * (it holds the domain's records: a clinic's prescriptions and diagnoses), and hands that link
 * to classification,
 * which reads the record's domain with it as it reads a key to the person beside it
 * (`recordDomain.ts`). A scan of one file without a workspace reads as before.
 */
import type { FieldCandidate } from '../types.js';
import { boundedMemo } from './memo.js';
import { TABLE_PREFIXES } from './ownerHead.js';
import { identifierWords as wordsOf } from './readings.js';
import { singularOf } from './plural.js';
import { isManyRelation, relationNames } from './relationNames.js';
import { mentionsUnowned, personalField, unownedHeads } from './unowned.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import { LOOKUP_HEADS, QUERY_OWNERS, RECORD_DOMAINS } from './vocabulary/domains.js';

/** How a record is tied to a person record of a domain elsewhere in the workspace. */
export interface RecordLink {
  /** The domain's label (`clinical`, `employment`, `study`: `vocabulary/domains.ts`). */
  readonly domain: string;
  /** The person record linked to, as written (`Patient`). */
  readonly person: string;
  /** The file declaring it, as the scan was given its path. */
  readonly path: string;
  /** The record between them, for a link through another record (`Encounter`). */
  readonly through?: string;
}

/** The files of one workspace, each with the field candidates its extractor gave. */
export interface WorkspaceFile {
  readonly path: string;
  readonly candidates: readonly FieldCandidate[];
}

/**
 * One record as the first pass keeps it: plain data, so it crosses to and from scan workers.
 * `refs` and `lists` hold the keys of the records its fields point to (`patient`).
 */
export interface RecordSummary {
  readonly owner: string;
  /** The domain whose person the record is named for (`Patient`, `员工信息`), by its label. */
  readonly person?: string;
  /** Records one of its fields keys or holds one of (`patient_id`, `patient: Patient`). */
  readonly refs: readonly string[];
  /** Records it lists (`encounters: List<Encounter>`, a `One2Many`). */
  readonly lists: readonly string[];
  /**
   * Three fields or more besides its keys, none of them a person's own (a person's name, a login,
   * a password, a birth date, a mobile, an account number…) nor a key to a person (`user_id`): a
   * ledger's or a company's record (`unowned.ts`).
   */
  readonly nobody?: true;
  /** One of its fields is a person's own or keys a person (`unowned.ts`). */
  readonly personal?: true;
  /** Its fields declared as relations to many records (`contacts = ManyToManyField(...)`). */
  readonly relations?: readonly string[];
}

/** One file's records as the first pass keeps them. */
export interface FileRecords {
  readonly path: string;
  readonly records: readonly RecordSummary[];
}

/**
 * The links of a workspace's records, by owner name as written: plain data (a `Map` crosses to
 * scan workers), built once per workspace scan, compared by identity by the verdict memo.
 */
export interface WorkspaceContext {
  readonly links: ReadonlyMap<string, RecordLink>;
  /**
   * Heads of records that may be a person's or a thing's (`account`) where every record of the
   * workspace so named is nobody's (`unowned.ts`): a company's settlement account, a CRM's
   * customer company. Absent or empty when there is none.
   */
  readonly unowned?: ReadonlySet<string>;
  /** Field names declared only as relations to many records (`relationNames.ts`). */
  readonly relations?: ReadonlySet<string>;
}

/** The link of the record named `owner`, when the workspace ties it to a person record. */
export function linkOf(
  workspace: WorkspaceContext | undefined,
  owner: string | undefined,
): RecordLink | undefined {
  return workspace === undefined || owner === undefined ? undefined : workspace.links.get(owner);
}

/**
 * Whether a file naming `owners` holds a record the workspace links: only such a file reads
 * differently with the workspace than alone, so a workspace scan classifies only it again.
 */
export function holdsLinkedRecord(
  workspace: WorkspaceContext,
  owners: readonly string[],
  fields: readonly string[] = [],
): boolean {
  return (
    owners.some((owner) => workspace.links.has(owner)) ||
    (workspace.unowned !== undefined && mentionsUnowned(workspace.unowned, owners, fields)) ||
    (workspace.relations !== undefined && fields.some((f) => workspace.relations?.has(f) === true))
  );
}

/** The records of one file's candidates: names, keys and typed relations only. */
export function summariseRecords(
  candidates: readonly FieldCandidate[],
  vocab: CompiledVocabulary,
): RecordSummary[] {
  const records = new Map<
    string,
    {
      person?: string;
      refs: Set<string>;
      lists: Set<string>;
      personal: boolean;
      plain: number;
      relations: string[];
    }
  >();
  for (const c of candidates) {
    if (c.owner === undefined || c.owner === '' || c.role !== 'declaration') continue;
    let record = records.get(c.owner);
    if (record === undefined) {
      const person = personDomain(c.owner, c.ownerComment, vocab);
      record = {
        refs: new Set(),
        lists: new Set(),
        personal: false,
        plain: 0,
        relations: [],
        ...(person !== undefined ? { person } : {}),
      };
      records.set(c.owner, record);
    }
    const words = wordsOf(c.name, vocab);
    record.personal ||= personalField(c, words, vocab);
    if (!KEY_ENDS.has(words[words.length - 1] ?? '')) record.plain++;
    if (isManyRelation(c)) record.relations.push(c.name);
    const many = c.declaredType !== undefined && LISTS.test(c.declaredType);
    for (const ref of referencesOf(c, vocab)) (many ? record.lists : record.refs).add(ref);
  }
  return [...records].map(([owner, r]) => ({
    owner,
    refs: [...r.refs],
    lists: [...r.lists],
    ...(r.person !== undefined ? { person: r.person } : {}),
    ...(r.personal ? { personal: true as const } : r.plain >= 3 ? { nobody: true as const } : {}),
    ...(r.relations.length > 0 ? { relations: r.relations } : {}),
  }));
}

/** `buildWorkspaceContext` over files whose candidates are at hand (the lexicon, tests). */
export function workspaceOfCandidates(
  files: readonly WorkspaceFile[],
  vocab: CompiledVocabulary,
): WorkspaceContext {
  return buildWorkspaceContext(
    files.map((f) => ({ path: f.path, records: summariseRecords(f.candidates, vocab) })),
    vocab,
  );
}

/** One record of the workspace while links are made. */
interface Node extends RecordSummary {
  readonly path: string;
}

/**
 * Links each record that is not itself a domain's person record to one: a field typed as that
 * record or keyed to it (`patient: Patient`, `patient_id`), or the person record listing it
 * (`encounters: List<Encounter>`); else the same through one record linked so. A record named
 * alike in two files is read once, from the first.
 */
export function buildWorkspaceContext(
  files: readonly FileRecords[],
  vocab: CompiledVocabulary,
): WorkspaceContext {
  const nodes = new Map<string, Node>();
  for (const file of files)
    for (const record of file.records)
      if (!nodes.has(record.owner)) nodes.set(record.owner, { ...record, path: file.path });
  // Records by the key their fields name them with (`Patient`, `patients`, `t_patient` → patient).
  const byKey = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const key = recordKey(node.owner, vocab);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [node]);
    else list.push(node);
  }
  // Whose each record is: an encounter keys its patient, a patient lists its encounters. A
  // patient keying a lookup (`diet_belief = Many2One(...)`) does not make the lookup theirs.
  const near = new Map<Node, Set<Node>>();
  const join = (record: Node, whose: Node): void => {
    if (record === whose) return;
    let list = near.get(record);
    if (list === undefined) near.set(record, (list = new Set()));
    list.add(whose);
  };
  for (const node of nodes.values()) {
    for (const ref of node.refs) for (const other of byKey.get(ref) ?? []) join(node, other);
    for (const ref of node.lists) for (const other of byKey.get(ref) ?? []) join(other, node);
  }
  const domains = applicationDomains(nodes.values(), vocab);
  const persons = (n: Node): boolean => n.person !== undefined && domains.has(n.person);
  const links = new Map<string, RecordLink>();
  for (const node of nodes.values()) {
    if (node.person !== undefined) continue;
    const around = [...(near.get(node) ?? [])];
    const direct = around.find(persons);
    if (direct !== undefined) {
      links.set(node.owner, { domain: direct.person as string, person: direct.owner, path: direct.path });
      continue;
    }
    for (const between of around) {
      const far = [...(near.get(between) ?? [])].find(persons);
      if (far === undefined) continue;
      links.set(node.owner, {
        domain: far.person as string,
        person: far.owner,
        path: far.path,
        through: between.owner,
      });
      break;
    }
  }
  return { links, unowned: unownedHeads(nodes.values(), vocab), relations: relationNames(nodes.values()) };
}

/**
 * The domains the application is in: those whose records it holds, at least
 * `APPLICATION_RECORDS` of them named for the domain's records (`Prescription`, `Diagnosis`,
 * `Encounter`, a `病历` table; lookups such as `EncounterType` aside). A clinic's patients with
 * their prescriptions and diagnoses make a clinical application; a `Patient` beside a shop's
 * orders does not, and the records keyed to it say nothing clinical.
 */
function applicationDomains(nodes: Iterable<Node>, vocab: CompiledVocabulary): Set<string> {
  const heads = [...nodes].map((n) => ({ owner: n.owner, words: wordsOf(n.owner, vocab) }));
  const found = new Set<string>();
  for (const domain of RECORD_DOMAINS) {
    const words = new Set([...domain.records.en, ...domain.shared, ...domain.alone]);
    let count = 0;
    for (const { owner, words: own } of heads) {
      const head = own[own.length - 1] ?? '';
      if (LOOKUP_HEADS.has(head) || LOOKUP_HEADS.has(singularOf(head))) continue;
      if (
        own.some((w) => words.has(w) || words.has(singularOf(w))) ||
        domain.records.zh.some((z) => owner.includes(z))
      )
        count++;
      if (count >= APPLICATION_RECORDS) break;
    }
    if (count >= APPLICATION_RECORDS) found.add(domain.label);
  }
  return found;
}

/** Records of a domain an application holds at least (two: one could be a catalogue's). */
const APPLICATION_RECORDS = 2;

/** Record keys by name, read once each (names repeat across a workspace's files). */
const keyMemo = boundedMemo<string>(20_000);

/**
 * The key a record is named by: its words less code suffixes and a one-letter table prefix,
 * the last made singular (`PatientEntity`, `patients`, `t_patient` → patient).
 */
function recordKey(owner: string, vocab: CompiledVocabulary): string {
  return keyMemo.get(vocab, owner, () => readRecordKey(owner, vocab));
}

function readRecordKey(owner: string, vocab: CompiledVocabulary): string {
  const words = wordsOf(owner, vocab);
  let end = words.length;
  while (end > 1 && vocab.ownerSuffixes.has(words[end - 1] ?? '')) end--;
  let start = 0;
  while (start < end - 1 && TABLE_PREFIXES.has(words[start] ?? '')) start++;
  const kept = words.slice(start, end);
  if (kept.length === 0) return '';
  kept[kept.length - 1] = singularOf(kept[kept.length - 1] ?? '');
  return kept.join('');
}

/** Last words of a key to another record (`patient_id`, `encounterUuid`). */
const KEY_ENDS: ReadonlySet<string> = new Set(['id', 'ids', 'no', 'uuid', 'guid', 'key', 'fk']);

/** Declared types of an ORM key column, whose field is named for the record it keys. */
const KEY_TYPES = /ForeignKey|OneToOne|Many2One|ManyToOne|ObjectId|Reference/;

/**
 * The records a field points to, by key: every identifier in its declared type (`List<Encounter>`,
 * `Promise<Patient>`), and the record its name keys (`patient_id`; a Django `patient =
 * ForeignKey(...)` typed only as the key).
 */
function referencesOf(c: FieldCandidate, vocab: CompiledVocabulary): string[] {
  const refs: string[] = [];
  const type = c.declaredType;
  if (type !== undefined) for (const id of type.match(IDENTIFIERS) ?? []) refs.push(recordKey(id, vocab));
  const words = wordsOf(c.name, vocab);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && KEY_ENDS.has(last)) refs.push(recordKey(words.slice(0, -1).join('_'), vocab));
  else if (words.length >= 1 && type !== undefined && KEY_TYPES.test(type))
    refs.push(recordKey(c.name, vocab));
  return refs.filter((r) => r !== '');
}

const IDENTIFIERS = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Declared types holding many records (`List<Encounter>`, `Encounter[]`, `One2Many`). */
const LISTS =
  /\[\]|^\[|\b(?:List|Set|Array|Collection|Iterable|Seq|MutableList|ICollection|IEnumerable|IList)\b|One2Many|OneToMany|\barray</;

/**
 * The domain whose person a record is named for (`Patient`, `ZyPatientBase`, `EmployeeInfo`, a
 * table described as `患者信息`), unless it is a lookup or a search (`PatientStatus`,
 * `PatientQuery`).
 */
function personDomain(
  owner: string,
  ownerComment: string | undefined,
  vocab: CompiledVocabulary,
): string | undefined {
  const words = wordsOf(owner, vocab).map(singularOf);
  let end = words.length;
  while (end > 1 && vocab.ownerSuffixes.has(words[end - 1] ?? '')) end--;
  const head = words[end - 1] ?? '';
  if (LOOKUP_HEADS.has(head) || words.some((w) => QUERY_OWNERS.has(w))) return undefined;
  for (const domain of RECORD_DOMAINS) {
    const people = domain.people.en;
    if (people.length === 0) continue;
    if (words.some((w) => people.includes(w))) return domain.label;
    if (ownerComment !== undefined && domain.people.zh.some((p) => ownerComment.includes(p)))
      return domain.label;
  }
  return undefined;
}
