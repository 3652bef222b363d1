/**
 * The scan pipeline: pick an extractor, fall back to the generic scanner when it fails,
 * classify each candidate, then apply (in order of authority) `@pi` annotations, `.pilens.json`
 * decisions and overrides, and `pilens-disable…` directives. Synchronous and pure: text in, findings out.
 */
import { matchGlob } from '../config/glob.js';
import { pilensConfigSchema, type PilensConfig } from '../config/schema.js';
import { parseDirectives, type Directive } from '../detect/annotations.js';
import { vocabularyFor } from '../detect/custom.js';
import {
  buildWorkspaceContext,
  summariseRecords,
  type FileRecords,
  type RecordSummary,
  type WorkspaceContext,
} from '../detect/workspaceContext.js';
import type { Confidence, Evidence, FieldCandidate, Finding } from '../types.js';
import { applyDirectives } from './directives.js';
import type { SourceInfo } from './extractor.js';
import { genericExtractor } from './generic.js';
import { guarded } from './kit/index.js';
import { scanLiterals } from './literals.js';
import { toolFileKind, inPeopleSection } from './manifests.js';
import { applyDecisions } from './decisions.js';
import { applyOverrides } from './overrides.js';
import { classifyRecords, type RecordMemo } from './recordMemo.js';
import { extractors } from './registry.js';
import { nameMasker } from '../values/names.js';

import type { ContestedReading } from '../law/schema.js';

/** Options that shape one scan. Everything optional has a sensible default. */
export interface ScanOptions {
  /**
   * `.pilens.json` as returned by `parseConfig` (a `PilensConfig`). Typed loosely so hosts can
   * pass what they hold; anything that does not validate is ignored rather than trusted.
   */
  readonly config?: unknown;
  /** `strict` (default) takes the lower threshold for contested mappings; overrides the config's. */
  readonly contestedReading?: ContestedReading;
  /** Report usages (`user.idCard`) as well as declarations; default true (or the config's). */
  readonly includeUsages?: boolean;
  /** Drop findings below this confidence; default `low` (or the config's). */
  readonly minimumConfidence?: Confidence;
  /**
   * The `memo` of the previous scan of this same document (an editor re-scanning after an
   * edit): the extractor re-parses only what changed. Findings are the same as without it.
   */
  readonly previous?: ScanMemo;
  /**
   * What the rest of the workspace says of its records, from every file's records (a scan
   * `withRecords`, or `fileRecords`, then `buildWorkspaceContext`): a workspace scan passes it,
   * and a record tied to a person record elsewhere reads its domain from that link. A scan of
   * one file has none.
   */
  readonly workspace?: WorkspaceContext;
  /**
   * Also return the text's `records` and `owners` (a workspace scan reads each file once: the
   * context is built from these, and only files owning a linked record are classified again).
   */
  readonly withRecords?: boolean;
}

/**
 * Opaque to hosts: what a scan leaves for the next scan of the same document. Its `state` is
 * used only by the extractor that made it; its verdicts only under the same vocabulary and
 * contested reading (recordMemo.ts); anything else passed as `previous` is ignored.
 */
export interface ScanMemo {
  readonly extractor: string;
  /** The extractor's own (a syntax tree, tokens), or undefined when it keeps none. */
  readonly state: unknown;
  /** The verdicts of the scan's records, reused for records an edit left as they were. */
  readonly records?: RecordMemo;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** Which extractor read the text, or `generic` for the language-agnostic scanner. */
  readonly extractor: string;
  /** Set when a structured extractor failed and the generic scanner was used instead. */
  readonly parseError?: string;
  /** Findings silenced by directives (`pilens-disable…`, `@pi none`, anonymised); counted, not listed. */
  readonly suppressed: number;
  /**
   * Why nothing was scanned: binary-looking text, a path in the config's `ignores`, or a
   * lockfile (`yarn.lock`, `go.sum`, `requirements.txt`: software, not people).
   */
  readonly skipped?: 'binary' | 'ignored' | 'manifest';
  /** Every directive in the text, for the editor (grammar checks, code actions, invalid `@pi`). */
  readonly directives?: readonly Directive[];
  /**
   * Pass as `ScanOptions.previous` when scanning this document again; absent when nothing was
   * scanned (`skipped`). After a failed parse it holds the verdicts alone, no extractor state.
   */
  readonly memo?: ScanMemo;
  /** Its records, as `fileRecords` gives them; with `ScanOptions.withRecords` only. */
  readonly records?: readonly RecordSummary[];
  /** Every owner its classified candidates name; with `ScanOptions.withRecords` only. */
  readonly owners?: readonly string[];
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const DATA_FILE = /\.(?:csv|tsv)$/i;

/**
 * The first pass of a workspace scan over one text: its records' names, keys and typed
 * relations (`summariseRecords`), read by the same extractor a scan uses. Nothing for a text a
 * scan would skip (ignored, a lockfile or manifest, binary).
 */
export function fileRecords(text: string, source: SourceInfo, options: ScanOptions = {}): FileRecords {
  const config = asConfig(options.config);
  if (
    config?.ignores?.some((glob) => matchGlob(glob, source.path)) === true ||
    toolFileKind(source.path) !== undefined ||
    looksBinary(text)
  )
    return { path: source.path, records: [] };
  const { fields } = extract(text, source, undefined);
  return { path: source.path, records: summariseRecords(fields, vocabularyFor(config)) };
}

/**
 * The workspace context of a workspace scan's files (`fileRecords` of each), under the scan's
 * vocabulary; `undefined` when it says nothing (no record linked or unowned, no relation), so
 * a scan reads as without one.
 */
export function workspaceContextOf(
  files: readonly FileRecords[],
  options: ScanOptions = {},
): WorkspaceContext | undefined {
  const workspace = buildWorkspaceContext(files, vocabularyFor(asConfig(options.config)));
  const empty =
    workspace.links.size === 0 &&
    (workspace.unowned?.size ?? 0) === 0 &&
    (workspace.relations?.size ?? 0) === 0;
  return empty ? undefined : workspace;
}

/** Scans one text and returns its personal-information findings. Pure and synchronous. */
export function scanText(text: string, source: SourceInfo, options: ScanOptions = {}): ScanResult {
  const config = asConfig(options.config);
  if (config?.ignores?.some((glob) => matchGlob(glob, source.path)) === true) {
    return { findings: [], extractor: 'none', suppressed: 0, skipped: 'ignored', directives: [] };
  }
  const toolFile = toolFileKind(source.path);
  if (toolFile === 'unread')
    return { findings: [], extractor: 'none', suppressed: 0, skipped: 'manifest', directives: [] };
  if (looksBinary(text))
    return { findings: [], extractor: 'none', suppressed: 0, skipped: 'binary', directives: [] };

  const { fields, extractor, parseError, memo } = extract(text, source, options.previous);
  const reading = options.contestedReading ?? config?.contestedReading ?? 'strict';
  const includeUsages = options.includeUsages ?? config?.includeUsages ?? true;
  const minimum = RANK[options.minimumConfidence ?? config?.minimumConfidence ?? 'low'];
  const vocabulary = vocabularyFor(config);

  // A manifest's dependencies are package names: only its sections about people are read.
  const read = toolFile === 'manifest' ? fields.filter(inPeopleSection) : fields;
  const candidates = includeUsages ? read : read.filter((f) => f.role === 'declaration');
  const { classified, memo: records } = classifyRecords(
    candidates,
    {
      vocabulary,
      contestedReading: reading,
      path: source.path,
      ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
    },
    options.previous?.records,
  );
  const overridden = applyOverrides(candidates, classified, config?.overrides ?? [], reading);
  const decided = applyDecisions(candidates, overridden.findings, config?.decisions ?? [], reading);
  const directives = parseDirectives(text);
  const applied = applyDirectives(
    text,
    candidates,
    decided.findings,
    directives,
    reading,
    () => genericFields(text, source),
    // Data files (CSV/TSV) are for `estimate`: their values are counted there, not listed here.
    DATA_FILE.test(source.path) ? [] : scanLiterals(text, reading),
  );
  // The default minimum (`low`) keeps every finding: no need to look at each.
  const kept =
    minimum === RANK.low
      ? applied.findings
      : applied.findings.filter(
          (f) => RANK[f.confidence] >= minimum || f.evidence.some((e) => e.kind === 'annotation'),
        );
  const findings = kept.map(findingMasker());
  return {
    findings,
    extractor,
    ...(parseError !== undefined ? { parseError } : {}),
    suppressed: overridden.suppressed + decided.suppressed + applied.suppressed,
    directives,
    memo: { extractor, state: memo?.state, records },
    ...(options.withRecords === true
      ? {
          // As `fileRecords`: a manifest's records are left out (its names are packages).
          records: toolFile === undefined ? summariseRecords(fields, vocabulary) : [],
          owners: ownersOf(candidates),
        }
      : {}),
  };
}

/** The distinct owners of `candidates`: a workspace link reaches a record by its owner. */
function ownersOf(candidates: readonly FieldCandidate[]): string[] {
  const owners = new Set<string>();
  for (const c of candidates) if (c.owner !== undefined && c.owner !== '') owners.add(c.owner);
  return [...owners];
}

/**
 * Evidence already masked, by the evidence object: a cached verdict (detect/classify.ts) shares
 * its evidence with every finding it gives, in this scan and the next, and masking reads
 * nothing but the evidence, so each is masked once rather than once per finding (issue 8).
 */
const maskedEvidence = new WeakMap<Evidence, Evidence>();

/**
 * A finding whose names carry a personal value (a JSON key that is a phone number as the
 * owner) gets them masked here, before any report, baseline or editor sees it. One masker per
 * scan (owners and fields repeat across findings); a finding with nothing to mask is
 * returned as it is, without copying its evidence.
 */
function findingMasker(): (f: Finding) => Finding {
  const mask = nameMasker();
  const maskEvidence = (e: Evidence): Evidence => {
    let masked = maskedEvidence.get(e);
    if (masked === undefined) {
      const matched = mask(e.matched);
      const detail = mask(e.detail);
      masked = matched === e.matched && detail === e.detail ? e : { ...e, matched, detail };
      maskedEvidence.set(e, masked);
    }
    return masked;
  };
  return (f) => {
    const owner = f.owner === undefined ? undefined : mask(f.owner);
    const field = mask(f.field);
    let copy: Evidence[] | undefined;
    const evidence = f.evidence;
    for (let i = 0; i < evidence.length; i++) {
      const e = evidence[i] as Evidence;
      const masked = maskEvidence(e);
      if (masked === e) continue;
      copy ??= [...evidence];
      copy[i] = masked;
    }
    if (owner === f.owner && field === f.field && copy === undefined) return f;
    return { ...f, field, evidence: copy ?? f.evidence, ...(owner !== undefined ? { owner } : {}) };
  };
}

const validated = new WeakMap<object, PilensConfig | undefined>();

/** The config when it validates (cached per object), else undefined. */
function asConfig(value: unknown): PilensConfig | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (validated.has(value)) return validated.get(value);
  const parsed = pilensConfigSchema.safeParse(value);
  // Keep the caller's object (identity matters for the vocabulary cache) when it is valid.
  const config = parsed.success ? (value as PilensConfig) : undefined;
  validated.set(value, config);
  return config;
}

/**
 * The candidates a scan reads from a text before classifying them: the chosen extractor's, or the
 * generic scanner's when it fails (`parseError` then says why). For tools that score extraction
 * against labelled fields (the lexicon's from-source evaluation) and must read what a scan reads.
 */
export function extractCandidates(
  text: string,
  source: SourceInfo,
): { readonly fields: readonly FieldCandidate[]; readonly extractor: string; readonly parseError?: string } {
  const { fields, extractor, parseError } = extract(text, source, undefined);
  return { fields, extractor, ...(parseError !== undefined ? { parseError } : {}) };
}

function extract(
  text: string,
  source: SourceInfo,
  previous: ScanMemo | undefined,
): { fields: readonly FieldCandidate[]; extractor: string; parseError?: string; memo?: ScanMemo } {
  // The generic extractor is last and handles everything, so one is always chosen.
  const chosen = extractors.find((e) => safeHandles(e.handles.bind(e), source)) ?? genericExtractor;
  // A memo is only ever handed back to the extractor that made it.
  const state = previous?.extractor === chosen.id ? previous.state : undefined;
  // Extractors must not throw; if one does, the scan still answers.
  const result = guarded(() => chosen.extract(text, source, state));
  if (result.ok) {
    const memo = result.memo === undefined ? {} : { memo: { extractor: chosen.id, state: result.memo } };
    return { fields: result.fields, extractor: chosen.id, ...memo };
  }
  const fields = genericFields(text, source);
  if (result.notApplicable === true) return { fields, extractor: genericExtractor.id };
  return { fields, extractor: genericExtractor.id, parseError: `${chosen.id}: ${result.error}` };
}

/** The language-agnostic reading: the fallback of a failed extractor, and what directives re-read. */
function genericFields(text: string, source: SourceInfo): readonly FieldCandidate[] {
  const result = genericExtractor.extract(text, source);
  return result.ok ? result.fields : [];
}

function safeHandles(handles: (s: SourceInfo) => boolean, source: SourceInfo): boolean {
  try {
    return handles(source);
  } catch {
    return false;
  }
}

/** NUL characters in the first 8 KB, or mostly control characters: not text we should read. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export type { Directive } from '../detect/annotations.js';
export { classifyCandidates, type CandidateOptions } from './classifyCandidates.js';
export {
  holdsLinkedRecord,
  type FileRecords,
  type RecordLink,
  type RecordSummary,
  type WorkspaceContext,
} from '../detect/workspaceContext.js';
