/**
 * The field lexicon read again from source (issue 9): each labelled file is read from a fetched
 * snapshot of its repository and scanned as `pilens scan` scans it (`scanText`, one workspace per
 * repository), so a reader fix shows in the figures, which the stored records cannot show. The
 * scan's declarations are matched to the labelled records by (file, owner, name); only labelled
 * keys are scored. A dev benchmark, not a test: snapshots are fetched outside the repository.
 * Used by `npm run eval -- --lexicon --from-source <mirror-dir>` (lexiconEval.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractCandidates, fileRecords, scanText, workspaceContextOf } from '../../src/core/scan/index.js';
import type { FieldCandidate } from '../../src/core/types.js';
import { decodeText } from '../../src/node/decode.js';
import { agrees, type LexiconRecord } from '../support/lexicon.js';

/**
 * How a record was found in today's scan: by its exact owner, by an owner spelt differently
 * (case, a qualifier such as `Outer.Inner`), by its name alone (unique in the file on both
 * sides), or not at all (`unmatched`, scored as a miss). `file-missing` (the snapshot, newer than
 * the extraction, has no such file) and `not-fetched` are left out of the figures.
 */
export type MatchStatus = 'exact' | 'owner' | 'name' | 'unmatched' | 'file-missing' | 'not-fetched';

/** Statuses whose records are scored. */
export const SCORED: ReadonlySet<MatchStatus> = new Set(['exact', 'owner', 'name', 'unmatched']);

export interface SourceReading {
  /** Per record, in order: the scan's category (`none` when it reports nothing or missed it). */
  readonly predicted: string[];
  readonly status: MatchStatus[];
  /** Per record: which of its matched field's type, comment, owner comment differ from the record's. */
  readonly changed: string[][];
  /** Files whose own extractor failed, read by the generic scanner instead. */
  readonly parseErrors: number;
  readonly filesRead: number;
  readonly filesMissing: number;
  /** Repositories without a snapshot in the mirror directory. */
  readonly notFetched: string[];
}

/** The git directory of a fetched snapshot (`<dir>/<owner>+<name>/repo[/.git]`), if any. */
function gitDirOf(mirror: string, source: string): string | undefined {
  const root = join(mirror, source.replace('/', '+'));
  return [join(root, 'repo', '.git'), join(root, 'repo'), root].find((d) => existsSync(join(d, 'HEAD')));
}

/** The file at the snapshot's HEAD, decoded as a scan decodes files; undefined when absent. */
function show(gitDir: string, file: string): string | undefined {
  try {
    const bytes = execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${file}`], {
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const decoded = decodeText(bytes);
    return decoded.kind === 'text' ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** An owner as spelt loosely: case, generic arguments and qualifiers (`a.B`, `A::B`) dropped. */
function looseOwner(owner: string): string {
  const bare = owner.replace(/<.*>$/, '');
  return (bare.split(/[.:/$#]+/).pop() ?? bare).toLowerCase();
}

/** The longest comment the lexicon keeps (scripts/lexicon-extract.ts). */
const MAX_COMMENT = 60;

const at = (c: { range: FieldCandidate['range'] }): string =>
  `${c.range.start.line}:${c.range.start.character}`;

/**
 * Pairs the labelled records of one file (`indices` into `records`) with the scan's
 * declarations, one to one: exact owner first, then loose owner, then a name unique on both sides.
 */
function match(
  records: readonly LexiconRecord[],
  indices: readonly number[],
  fields: readonly FieldCandidate[],
): Map<number, { field: FieldCandidate; how: MatchStatus }> {
  // One per (owner, name), the first declared, as the lexicon's extraction kept them.
  const seen = new Set<string>();
  const free = fields.filter((f) => {
    const key = `${f.owner ?? ''}\u0000${f.name}`;
    if (f.role !== 'declaration' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const out = new Map<number, { field: FieldCandidate; how: MatchStatus }>();
  const tier = (how: MatchStatus, same: (r: LexiconRecord, f: FieldCandidate) => boolean): void => {
    for (const k of indices) {
      if (out.has(k)) continue;
      const r = records[k] as LexiconRecord;
      const found = free.filter((f) => f.name === r.name && same(r, f));
      const field = found[0];
      if (field === undefined || (how === 'name' && found.length > 1)) continue;
      if (how === 'name' && indices.filter((j) => !out.has(j) && records[j]?.name === r.name).length > 1)
        continue;
      out.set(k, { field, how });
      free.splice(free.indexOf(field), 1);
    }
  };
  tier('exact', (r, f) => (f.owner ?? '') === r.owner);
  tier('owner', (r, f) => looseOwner(f.owner ?? '') === looseOwner(r.owner));
  tier('name', () => true);
  return out;
}

/**
 * What differs between a record and the field it matched (attribute names, never values). A
 * comment over 60 characters is read by a scan but was left out of the record: named apart.
 */
function changes(r: LexiconRecord, f: FieldCandidate): string[] {
  const out: string[] = [];
  const compare = (name: string, scanned: string | undefined, stored: string | undefined): void => {
    const one = scanned?.replace(/\s+/g, ' ').trim();
    const kept = one !== undefined && one !== '' && one.length <= MAX_COMMENT ? one : undefined;
    if (kept === stored) {
      if (one !== undefined && one.length > MAX_COMMENT) out.push(`${name} over ${MAX_COMMENT}`);
    } else out.push(name);
  };
  if (f.declaredType !== r.type) out.push('type');
  compare('comment', f.comment, r.comment);
  compare('ownerComment', f.ownerComment, r.ownerComment);
  return out;
}

/** GraphQL's root operation types, whose fields are operations. */
const OPERATION_ROOTS: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * A GraphQL operation's record is labelled by the arguments it takes (lexicon README:
 * `getUserByMobile(mobile)` `contact`), which the scan reads as declarations owned by the
 * operation, right after it. The record stands for all of them: when the operation itself gives
 * no finding, its record gets an argument's that agrees with its label, else the first argument's.
 */
function operationVerdict(
  r: LexiconRecord,
  operation: FieldCandidate,
  fields: readonly FieldCandidate[],
  verdict: (f: FieldCandidate) => string | undefined,
): string | undefined {
  if (r.format !== 'graphql' || !OPERATION_ROOTS.has(r.owner)) return undefined;
  const found: string[] = [];
  for (let k = fields.indexOf(operation) + 1; k < fields.length; k++) {
    const argument = fields[k] as FieldCandidate;
    if (argument.owner !== operation.name || argument.role !== 'declaration') break;
    const category = verdict(argument);
    if (category !== undefined) found.push(category);
  }
  return found.find((c) => agrees(r.category, c)) ?? found[0];
}

/** Reads every labelled file of `records` from the snapshots under `mirror` and scans it. */
export function readFromSource(records: readonly LexiconRecord[], mirror: string): SourceReading {
  const predicted = new Array<string>(records.length).fill('none');
  const status = new Array<MatchStatus>(records.length).fill('unmatched');
  const changed: string[][] = records.map(() => []);
  const bySource = new Map<string, Map<string, number[]>>();
  records.forEach((r, k) => {
    const files = bySource.get(r.source) ?? new Map<string, number[]>();
    files.set(r.file, [...(files.get(r.file) ?? []), k]);
    bySource.set(r.source, files);
  });
  let parseErrors = 0;
  let filesRead = 0;
  let filesMissing = 0;
  const notFetched: string[] = [];
  for (const [source, files] of bySource) {
    const gitDir = gitDirOf(mirror, source);
    if (gitDir === undefined) notFetched.push(source);
    const texts = new Map<string, string>();
    for (const [file, indices] of files) {
      const text = gitDir === undefined ? undefined : show(gitDir, file);
      if (text !== undefined) texts.set(file, text);
      else {
        if (gitDir !== undefined) filesMissing++;
        for (const k of indices) status[k] = gitDir === undefined ? 'not-fetched' : 'file-missing';
      }
    }
    // One repository is one workspace, made of its labelled files (as the stored evaluation's).
    const workspace = workspaceContextOf([...texts].map(([path, text]) => fileRecords(text, { path })));
    for (const [file, text] of texts) {
      filesRead++;
      const info = { path: file };
      const { fields, parseError } = extractCandidates(text, info);
      if (parseError !== undefined) parseErrors++;
      const scan = scanText(text, info, workspace === undefined ? {} : { workspace });
      const found = new Map<string, string>();
      for (const f of scan.findings)
        if (f.role === 'declaration' && !found.has(`${at(f)}:${f.field}`))
          found.set(`${at(f)}:${f.field}`, f.category);
      const verdict = (f: FieldCandidate): string | undefined => found.get(`${at(f)}:${f.name}`);
      for (const [k, { field, how }] of match(records, files.get(file) ?? [], fields)) {
        const r = records[k] as LexiconRecord;
        status[k] = how;
        predicted[k] = verdict(field) ?? operationVerdict(r, field, fields, verdict) ?? 'none';
        changed[k] = changes(r, field);
      }
    }
  }
  return { predicted, status, changed, parseErrors, filesRead, filesMissing, notFetched };
}
