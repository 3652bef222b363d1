/**
 * Classification kept across scans of one document (issue 8, speed in the editor): after a
 * one-line edit almost every record is as it was, and classifying it again gives the same
 * verdicts. `classifyCandidates` reads a record (the candidates sharing an owner) as a whole and
 * nothing outside it, so a record whose candidates read the same (everything but their ranges)
 * under the same vocabulary and contested reading is taken from the previous scan, with the new
 * ranges. The memo holds only the records of the latest scan: it is as large as that scan's
 * candidates, never more, whatever the number of edits.
 */
import { withoutRelationFields } from './relationFields.js';
import { withoutThingRecordFields } from './thingRecords.js';
import type { ContestedReading } from '../law/schema.js';
import type { CompiledVocabulary } from '../detect/vocabulary/index.js';
import { usesRelation } from '../detect/relationNames.js';
import { ofUnownedRecord } from '../detect/unowned.js';
import type { WorkspaceContext } from '../detect/workspaceContext.js';
import type { FieldCandidate, Finding, Range } from '../types.js';
import { classifyCandidates, classifyRecordsOf, recordsOf } from './classifyCandidates.js';

/**
 * What one scan's classification leaves for the next scan of the same document: its candidates
 * and verdicts (in the same order), its records by owner (candidate indexes, `recordsOf`), and
 * its candidates without an owner (each its own record) by name. A class, so a memo that did not
 * come from here is recognised and ignored. It points into the scan's own arrays rather than
 * copying each record's candidates and verdicts out of them (issue 8: those copies were a tenth
 * of classifying a 10,000-line file).
 */
export class RecordMemo {
  constructor(
    readonly vocabulary: CompiledVocabulary,
    readonly contestedReading: ContestedReading,
    readonly workspace: WorkspaceContext | undefined,
    readonly candidates: readonly FieldCandidate[],
    readonly verdicts: readonly (Finding | undefined)[],
    readonly owned: ReadonlyMap<string, readonly number[]>,
    readonly alone: ReadonlyMap<string, readonly number[]>,
  ) {}

  /** How many records it holds (each owner, each distinct owner-less candidate). */
  get size(): number {
    let size = this.owned.size;
    for (const list of this.alone.values()) size += list.length;
    return size;
  }
}

/** The options classification reads; the memo is valid only for the same ones. */
export interface RecordOptions {
  readonly vocabulary: CompiledVocabulary;
  readonly contestedReading: ContestedReading;
  /**
   * The file's path as the scan was given it. Classification reads nothing from it today (a
   * file-purpose rule was tried and dropped, docs/detection-rulings.md); the lexicon eval hands
   * it over as `scanText` does, so a file-level rule sees the same context in both.
   */
  readonly path?: string;
  /**
   * What the rest of the workspace says of its records (a workspace scan's first pass,
   * `detect/workspaceContext.ts`); a scan of one file has none and reads as before.
   */
  readonly workspace?: WorkspaceContext;
}

/**
 * `classifyCandidates(candidates, options)`, reusing the verdicts of `previous` for every record
 * that reads the same; the returned memo is for the next scan, and holds `classified` itself.
 */
export function classifyRecords(
  candidates: readonly FieldCandidate[],
  options: RecordOptions,
  previous: RecordMemo | undefined,
): { classified: readonly (Finding | undefined)[]; memo: RecordMemo } {
  const reusable =
    previous instanceof RecordMemo &&
    previous.vocabulary === options.vocabulary &&
    previous.contestedReading === options.contestedReading &&
    previous.workspace === options.workspace
      ? previous
      : undefined;
  const records = recordsOf(candidates);
  // Nothing to reuse (a first scan, the CLI): every record is read, in one pass.
  const classified =
    reusable === undefined
      ? classifyRecordsOf(candidates, records, options)
      : reuse(candidates, records, options, reusable);
  const alone = new Map<string, number[]>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as FieldCandidate;
    if (c.owner !== undefined) continue;
    const list = alone.get(c.name);
    if (list === undefined) alone.set(c.name, [k]);
    else if (list.length < PER_NAME && !list.some((j) => sameCandidate(candidates[j], c))) list.push(k);
  }
  const memo = new RecordMemo(
    options.vocabulary,
    options.contestedReading,
    options.workspace,
    candidates,
    classified,
    records,
    alone,
  );
  const related = withoutRelationFields(candidates, records, classified, options.path);
  const ofThings = withoutThingRecordFields(candidates, records, related, options.path, options.vocabulary);
  return { classified: withoutUnowned(candidates, ofThings, options), memo };
}

/**
 * The verdicts of `candidates`, taken from `previous` for every record that reads the same and
 * classified afresh for the others.
 */
function reuse(
  candidates: readonly FieldCandidate[],
  records: ReadonlyMap<string, readonly number[]>,
  options: RecordOptions,
  previous: RecordMemo,
): (Finding | undefined)[] {
  const classified = new Array<Finding | undefined>(candidates.length);
  const missed: number[] = [];
  for (const [owner, members] of records) {
    const kept = previous.owned.get(owner);
    if (kept === undefined || !sameRecord(previous.candidates, kept, candidates, members)) {
      for (const k of members) missed.push(k);
      continue;
    }
    members.forEach(
      (k, i) => (classified[k] = placed(previous.verdicts[kept[i] as number], candidates[k]?.range)),
    );
  }
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as FieldCandidate;
    if (c.owner !== undefined) continue;
    const kept = previous.alone.get(c.name)?.find((j) => sameCandidate(previous.candidates[j], c));
    if (kept === undefined) {
      missed.push(k);
      continue;
    }
    classified[k] = placed(previous.verdicts[kept], c.range);
  }
  if (missed.length === 0) return classified;
  // Records are independent, so the records not kept are classified together, in file order.
  missed.sort((a, b) => a - b);
  const fresh = classifyCandidates(
    missed.map((k) => candidates[k] as FieldCandidate),
    options,
  );
  missed.forEach((k, i) => (classified[k] = fresh[i]));
  return classified;
}

/**
 * Owner-less candidates of one name kept at most: a name read in many different ways (a
 * generated file's `value` with a thousand comments) is classified afresh beyond them, so
 * looking one up stays constant time.
 */
const PER_NAME = 8;

function sameRecord(
  keptCandidates: readonly FieldCandidate[],
  kept: readonly number[],
  candidates: readonly FieldCandidate[],
  members: readonly number[],
): boolean {
  return (
    kept.length === members.length &&
    members.every((k, i) => sameCandidate(keptCandidates[kept[i] as number], candidates[k]))
  );
}

/** Whether two candidates read the same: everything classification reads but the range. */
function sameCandidate(a: FieldCandidate | undefined, b: FieldCandidate | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (
    a.name === b.name &&
    a.role === b.role &&
    a.owner === b.owner &&
    a.declaredType === b.declaredType &&
    a.comment === b.comment &&
    a.ownerComment === b.ownerComment &&
    a.validation === b.validation &&
    a.takesArguments === b.takesArguments &&
    a.searchCriterion === b.searchCriterion &&
    sameList(a.siblings, b.siblings)
  );
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
/** The kept verdict at the candidate's current range (the same object when it has not moved). */
function placed(finding: Finding | undefined, range: Range | undefined): Finding | undefined {
  if (finding === undefined || range === undefined || sameRange(finding.range, range)) return finding;
  return { ...finding, range };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * The verdicts less those of fields that belong to or key a record the workspace shows to be
 * nobody's (`detect/unowned.ts`: a company's settlement account, a CRM's customer company), and
 * of usages of a relation to many records it declares (`detect/relationNames.ts`).
 */
function withoutUnowned(
  candidates: readonly FieldCandidate[],
  classified: readonly (Finding | undefined)[],
  options: RecordOptions,
): readonly (Finding | undefined)[] {
  const unowned = options.workspace?.unowned;
  const relations = options.workspace?.relations;
  if ((unowned === undefined || unowned.size === 0) && (relations === undefined || relations.size === 0))
    return classified;
  let out: (Finding | undefined)[] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    if (classified[k] === undefined) continue;
    const c = candidates[k] as FieldCandidate;
    if (!ofUnownedRecord(c, unowned, options.vocabulary) && !usesRelation(c, relations)) continue;
    out ??= [...classified];
    out[k] = undefined;
  }
  return out ?? classified;
}
