/**
 * Scores detection over fixture folders whose files carry their expectations:
 * - inline: a comment on a field's line containing `expect: <category>` or `expect: none`;
 * - sidecar (formats without comments: JSON, CSV, .avsc): `<file>.expect` with lines
 *   `<1-based line> <category|none> [field]` (`#` starts a comment).
 * Over declaration findings: the expected category found on that line (or field) is a true
 * positive; missing is a false negative; a finding on a line marked none or unmarked is a false
 * positive; a wrong category is both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import {
  fileRecords,
  scanText,
  workspaceContextOf,
  type WorkspaceContext,
} from '../../src/core/scan/index.js';
import { blankMarkers } from '../support/fixtureMarkers.js';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export interface Mistake {
  readonly file: string;
  readonly line: number;
  readonly kind: 'FP' | 'FN';
  readonly detail: string;
}

export interface FileScore extends Score {
  readonly file: string;
  readonly mistakes: Mistake[];
}

interface Expectation {
  readonly line: number; // 0-based
  readonly category: string; // or 'none'
  readonly field?: string;
  /** The author marked the label debatable (`# debatable`); `firmOnly` scoring ignores it. */
  readonly debatable?: boolean;
}

const INLINE = /expect:\s*([a-z_]+)/g;
const DEBATABLE = /\bdebatable\b/;

/** Every fixture file under a folder (recursively), sidecars and READMEs excluded. */
export function fixtureFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.expect') && !/^readme/i.test(name)) out.push(path);
    }
  };
  walk(root);
  return out;
}

function expectations(path: string, text: string): Expectation[] {
  let sidecar: string | undefined;
  try {
    sidecar = readFileSync(path + '.expect', 'utf8');
  } catch {
    sidecar = undefined;
  }
  const out: Expectation[] = [];
  if (sidecar !== undefined) {
    for (const raw of sidecar.split('\n')) {
      const line = raw.replace(/#.*$/, '').trim();
      if (line === '') continue;
      const [num, category, ...field] = line.split(/\s+/);
      if (num === undefined || category === undefined || !/^\d+$/.test(num)) continue;
      out.push({
        line: Number(num) - 1,
        category,
        ...(field.length > 0 ? { field: field.join(' ') } : {}),
        ...(DEBATABLE.test(raw) ? { debatable: true } : {}),
      });
    }
    return out;
  }
  text.split('\n').forEach((raw, line) => {
    for (const m of raw.matchAll(INLINE))
      out.push({ line, category: m[1] ?? 'none', ...(DEBATABLE.test(raw) ? { debatable: true } : {}) });
  });
  return out;
}

const norm = (s: string): string => s.replace(/^["'`]|["'`]$/g, '').toLowerCase();

/**
 * Scores one fixture file. With `firmOnly`, labels their author marked debatable are left out:
 * neither a hit nor a miss, whatever pilens says there.
 */
export function scoreFile(
  path: string,
  root: string,
  firmOnly = false,
  workspace?: WorkspaceContext,
): FileScore {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const options = workspace === undefined ? {} : { workspace };
  const findings = scanText(blankMarkers(text), { path }, options).findings.filter(
    (f) => f.role === 'declaration',
  );
  const expected = expectations(path, text);
  const score: FileScore = { file, tp: 0, fp: 0, fn: 0, mistakes: [] };
  const miss = (line: number, kind: 'FP' | 'FN', detail: string): void => {
    score.mistakes.push({ file, line: line + 1, kind, detail });
    if (kind === 'FP') score.fp++;
    else score.fn++;
  };
  const lines = new Set([...findings.map((f) => f.range.start.line), ...expected.map((e) => e.line)]);
  for (const line of [...lines].sort((a, b) => a - b)) {
    const here = findings.filter((f) => f.range.start.line === line);
    const exp = expected.filter((e) => e.line === line);
    if (firmOnly && exp.some((e) => e.debatable === true && e.field === undefined)) continue;
    const byField = exp.filter((e) => e.field !== undefined);
    const claimed = new Set<number>();
    for (const e of byField) {
      const found = new Set(
        here.filter((f, k) => norm(f.field) === norm(e.field ?? '') && claimed.add(k)).map((f) => f.category),
      );
      if (firmOnly && e.debatable === true) continue;
      score.tp += tally(found, e.category === 'none' ? [] : [e.category], line, miss, e.field);
    }
    const rest = here.filter((f) => !byField.some((e) => norm(e.field ?? '') === norm(f.field)));
    const wanted = exp.filter((e) => e.field === undefined && e.category !== 'none').map((e) => e.category);
    score.tp += tally(
      new Set(rest.map((f) => f.category)),
      wanted,
      line,
      miss,
      rest.map((f) => f.field).join(','),
    );
  }
  return score;
}

/**
 * Categories the legal model split out of a broader one (issue 10: face information from
 * biometrics, ID-card images from ID numbers). Sets labelled before the split name the broader
 * category; finding the narrower one there is the same answer, not a miss and a false alarm.
 */
const SPLIT_FROM: Readonly<Record<string, string>> = { face: 'biometric', id_card_image: 'id_number' };

function tally(
  foundRaw: Set<string>,
  wanted: readonly string[],
  line: number,
  miss: (l: number, k: 'FP' | 'FN', d: string) => void,
  field?: string,
): number {
  let tp = 0;
  const want = new Set(wanted);
  const broader = (c: string): string => {
    const parent = SPLIT_FROM[c];
    return parent !== undefined && !want.has(c) && want.has(parent) ? parent : c;
  };
  const found = new Set([...foundRaw].map(broader));
  for (const c of want) {
    if (found.has(c)) tp++;
    else
      miss(
        line,
        'FN',
        `expected ${c}${field ? ` (${field})` : ''}, found ${[...found].join(',') || 'nothing'}`,
      );
  }
  for (const c of found)
    if (!want.has(c))
      miss(line, 'FP', `found ${c}${field ? ` (${field})` : ''}, expected ${[...want].join(',') || 'none'}`);
  return tp;
}

/**
 * Scores every file of a folder, scanned as `pilens scan <folder>` scans it: the folder is one
 * workspace, whose records' links (`fileRecords`, `workspaceContextOf`) every file is read with.
 * `PILENS_EVAL_NO_WORKSPACE=1` scores each file alone instead, for a before-and-after.
 */
export function scoreFolder(root: string, firmOnly = false): FileScore[] {
  const paths = fixtureFiles(root);
  const workspace =
    process.env.PILENS_EVAL_NO_WORKSPACE === '1'
      ? undefined
      : workspaceContextOf(
          paths.map((path) => fileRecords(blankMarkers(readFileSync(path, 'utf8')), { path })),
        );
  return paths.map((path) => scoreFile(path, root, firmOnly, workspace));
}

export function total(scores: readonly Score[]): Score {
  return scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

export function precision(s: Score): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}

export function recall(s: Score): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}

/** Groups file scores by extension (`.sql`, `.yaml`…). */
export function byExtension(scores: readonly FileScore[]): Map<string, Score> {
  const out = new Map<string, Score>();
  for (const s of scores) {
    const ext = extname(s.file) || '(none)';
    const t = out.get(ext) ?? { tp: 0, fp: 0, fn: 0 };
    out.set(ext, { tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn });
  }
  return out;
}
