/**
 * The baseline (`.pilens-baseline.json`): findings accepted on a given day, recorded by
 * fingerprint with an optional reason. Later scans report only findings that match no entry,
 * and entries that no longer match anything are stale. Pure: the CLI and the editor read and
 * write the file themselves.
 */
import { z } from 'zod';

export const BASELINE_FILE_NAME = '.pilens-baseline.json';

const entrySchema = z.object({
  /** Path relative to the directory holding the baseline, `/`-separated. */
  file: z.string().min(1),
  /** 1-based line when recorded: informative only, never used for matching. */
  line: z.number().int().positive(),
  category: z.string().min(1),
  field: z.string(),
  owner: z.string().optional(),
  fingerprint: z.string().min(1),
  reason: z.string().optional(),
});

const baselineSchema = z.object({
  version: z.literal(1),
  entries: z.array(entrySchema),
});

export type BaselineEntry = z.infer<typeof entrySchema>;
export type Baseline = z.infer<typeof baselineSchema>;

/** What matching needs from a finding. */
export interface BaselineCandidate {
  readonly file: string;
  readonly fingerprint: string;
}

export type ParseBaselineResult = { ok: true; baseline: Baseline } | { ok: false; error: string };

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses and validates baseline text; the error names the JSON path that is wrong. */
export function parseBaseline(text: string): ParseBaselineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // The engine's message quotes the text around the error, and a file given as the baseline
    // by mistake may be a dataset: only the position is reported, never its characters.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return {
      ok: false,
      error: `not valid JSON${at?.[1] === undefined ? '' : ` ${lineColumn(text, Number(at[1]))}`}`,
    };
  }
  const parsed = baselineSchema.safeParse(raw);
  if (parsed.success) return { ok: true, baseline: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return { ok: false, error: `${where}: ${issue?.message ?? 'invalid'}` };
}

export interface BaselineMatch<T extends BaselineCandidate> {
  /** Findings matching no entry: the ones to report. */
  readonly fresh: T[];
  /** Findings covered by an entry, with that entry. */
  readonly baselined: { finding: T; entry: BaselineEntry }[];
  /** Entries in scope that matched nothing. */
  readonly stale: BaselineEntry[];
}

/**
 * Matches findings to entries one-to-one: first by file and fingerprint, then, for what is
 * left, by fingerprint alone so a renamed file keeps its baseline. `inScope(file)` says
 * whether an entry's file was part of this scan; entries outside it are never stale.
 */
export function matchBaseline<T extends BaselineCandidate>(
  findings: readonly T[],
  baseline: Baseline,
  inScope: (file: string) => boolean,
): BaselineMatch<T> {
  const unused = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const list = unused.get(entry.fingerprint) ?? [];
    list.push(entry);
    unused.set(entry.fingerprint, list);
  }
  const take = (f: T, sameFile: boolean): BaselineEntry | undefined => {
    const list = unused.get(f.fingerprint);
    if (!list) return undefined;
    const i = sameFile ? list.findIndex((e) => e.file === f.file) : 0;
    if (i < 0 || list.length === 0) return undefined;
    const [entry] = list.splice(i, 1);
    return entry;
  };
  const baselined: { finding: T; entry: BaselineEntry }[] = [];
  const rest: T[] = [];
  for (const f of findings) {
    const entry = take(f, true);
    if (entry) baselined.push({ finding: f, entry });
    else rest.push(f);
  }
  const fresh: T[] = [];
  for (const f of rest) {
    const entry = take(f, false);
    if (entry) baselined.push({ finding: f, entry });
    else fresh.push(f);
  }
  const stale = [...unused.values()].flat().filter((e) => inScope(e.file));
  stale.sort(compareEntries);
  return { fresh, baselined, stale };
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.fingerprint < b.fingerprint ? -1 : 1);
}

/**
 * A new baseline from today's findings. Reasons recorded earlier are kept for findings still
 * matching their entry; `reason` applies to the others. Previous entries for which
 * `outOfScope(file)` is true (files this run did not look at) are carried over unchanged.
 */
export function createBaseline(
  findings: readonly (BaselineCandidate & Omit<BaselineEntry, 'reason'>)[],
  previous: Baseline | undefined,
  reason: string | undefined,
  outOfScope: (file: string) => boolean = () => false,
): Baseline {
  const carried = previous?.entries.filter((e) => outOfScope(e.file)) ?? [];
  const match = previous
    ? matchBaseline(
        findings,
        { version: 1, entries: previous.entries.filter((e) => !outOfScope(e.file)) },
        () => false,
      )
    : undefined;
  const kept = new Map(match?.baselined.map((b) => [b.finding, b.entry.reason]) ?? []);
  const entries: BaselineEntry[] = findings.map((f) => {
    const why = kept.has(f) ? kept.get(f) : reason;
    const entry: BaselineEntry = {
      file: f.file,
      line: f.line,
      category: f.category,
      field: f.field,
      fingerprint: f.fingerprint,
    };
    if (f.owner !== undefined) entry.owner = f.owner;
    if (why !== undefined) entry.reason = why;
    return entry;
  });
  for (const e of carried) entries.push(e); // no spread into a call: unbounded
  entries.sort(compareEntries);
  return { version: 1, entries };
}

/** The file's text: stable key order, one entry per line block, trailing newline. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
