/**
 * SARIF 2.1.0 for GitHub code scanning and other review tools.
 *
 * - One rule per category of the catalogue (id = category key), with the legal explanation
 *   as help (text and Markdown, English then Chinese).
 * - `level` from the class: A → `error`, B → `warning`, C → `note`. Classes A and B are the
 *   information the Interpretation treats as dangerous at 50 and 500 pieces and PIPL mostly
 *   treats as sensitive; class C is "all other PI" at 5,000. A mere usage (`user.idCard`)
 *   and a de-identified field are one level lower, as in the editor, never below `note`.
 * - URIs relative to `%SRCROOT%` (the cwd), declared in `originalUriBaseIds`.
 * - `partialFingerprints["pilens/v1"]` from core/review/fingerprint.ts: independent of the
 *   line number, so a finding keeps its identity when lines move.
 * - No `informationUri`: pilens makes no network promises.
 * - At most 5,000 results: GitHub code scanning shows at most 5,000 results per run and drops
 *   the rest. Past that, the results are ranked by level (class A errors first, then B, then C,
 *   usages a step lower) and the 5,000 highest kept, in report order; a warning notification
 *   says how many were left out and that the JSON and CSV formats list them all.
 */
import { pathToFileURL } from 'node:url';
import { FINGERPRINT_KEY } from '../../core/review/fingerprint.js';
import type { CategoryKey } from '../../core/law/schema.js';
import type { LegalClass } from '../../core/types.js';
import { categoryLabel } from '../../core/law/labels.js';
import type { ReportedFinding } from '../../core/report/finding.js';
import {
  allCategories,
  categorySummary,
  explanationMarkdown,
  explanationText,
} from '../../core/report/lawText.js';
import type { ScanReport } from '../../core/report/scanReport.js';
import { flowResults, flowRules } from './sarifFlows.js';
import { whyText } from './text.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning shows at most this many results of one run. */
export const SARIF_MAX_RESULTS = 5000;

type Level = 'error' | 'warning' | 'note';
const LEVELS: readonly Level[] = ['error', 'warning', 'note'];
const CLASS_LEVEL: Record<LegalClass, Level> = { A: 'error', B: 'warning', C: 'note' };

/** The level of a finding: from its class, one step lower for usages and de-identified data. */
export function sarifLevel(f: Pick<ReportedFinding, 'class' | 'role' | 'deidentified'>): Level {
  const base = LEVELS.indexOf(CLASS_LEVEL[f.class]);
  const lower = f.role === 'usage' || f.deidentified === true ? 1 : 0;
  return LEVELS[Math.min(base + lower, LEVELS.length - 1)] ?? 'note';
}

/** `id_number` → `IdNumber`: SARIF rule names are PascalCase by convention. */
function ruleName(key: string): string {
  return key.replace(/(^|_)([a-z0-9])/g, (_m, _u, c: string) => c.toUpperCase());
}

/** Percent-encodes each segment of a `/`-separated relative path. */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function rule(key: CategoryKey) {
  const label = categoryLabel(key);
  const cls = label.class;
  return {
    id: key,
    name: ruleName(key),
    shortDescription: { text: `${label.en} (${label.zh})${cls ? `, class ${cls}` : ''}` },
    fullDescription: { text: categorySummary(key, 'en') },
    help: { text: explanationText(key), markdown: explanationMarkdown(key) },
    defaultConfiguration: { level: cls ? CLASS_LEVEL[cls] : 'note' },
    properties: {
      tags: ['privacy', 'personal-information', 'pipl', ...(cls ? [`class-${cls}`] : [])],
      ...(cls ? { class: cls } : {}),
    },
  };
}

function message(f: ReportedFinding): string {
  const label = categoryLabel(f.category);
  const field = f.owner ? `${f.owner}.${f.field}` : f.field;
  const role = f.role === 'usage' ? 'uses' : 'declares';
  return `\`${field}\` ${role} ${label.en} (${label.zh}), class ${f.class}. Why: ${whyText(f)}.`;
}

export function formatSarif(
  report: ScanReport,
  cwd: string,
  version: string,
  maxResults = SARIF_MAX_RESULTS,
): string {
  const keys: readonly CategoryKey[] = allCategories().map((c) => c.key);
  // Flow rules only when flows were analysed: a plain scan's SARIF stays as it was.
  const rules: Record<string, unknown>[] = [
    ...keys.map(rule),
    ...(report.flows !== undefined ? flowRules() : []),
  ];
  const results = report.findings.map((f) => ({
    ruleId: f.category,
    ruleIndex: keys.indexOf(f.category),
    level: sarifLevel(f),
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
        ...(f.owner
          ? {
              logicalLocations: [
                { name: f.field, fullyQualifiedName: `${f.owner}.${f.field}`, kind: 'member' },
              ],
            }
          : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(report.baselineFile !== undefined ? { baselineState: 'new' } : {}),
    properties: {
      class: f.class,
      confidence: f.confidence,
      role: f.role,
      ...(f.minor ? { minorUnder14: true } : {}),
      ...(f.deidentified ? { processingState: 'deidentified' } : {}),
      evidence: f.evidence.map((e) => ({ kind: e.kind, matched: e.matched })),
    },
  }));
  const all: Record<string, unknown>[] =
    report.flows === undefined
      ? results
      : [...results, ...flowResults(report.flows, keys.length, relativeUri)];
  const kept = capResults(all, maxResults);
  const omitted = all.length - kept.length;
  const srcRoot = pathToFileURL(cwd).href.replace(/\/?$/, '/');
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pilens', version, semanticVersion: version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results: kept,
        invocations: [
          {
            // Unreadable input means the run did not see everything it was asked to scan.
            executionSuccessful: !report.skipped.some((s) => s.reason === 'unreadable'),
            toolExecutionNotifications: [
              ...(omitted > 0
                ? [
                    {
                      level: 'warning',
                      message: {
                        text:
                          `${omitted} of ${all.length} results left out: GitHub code scanning shows at most ` +
                          `${maxResults} results per run, so the ${maxResults} highest by class (A, then B, then C; ` +
                          'usages one step lower) are kept. "pilens scan --format json" or "--format csv" lists every finding.',
                      },
                    },
                  ]
                : []),
              ...report.skipped.map((s) =>
                notification(
                  s.reason === 'unreadable' ? 'error' : 'note',
                  `skipped (${s.reason}${s.detail !== undefined ? `: ${s.detail}` : ''}): ${s.file}`,
                  s.file,
                ),
              ),
              ...report.parseErrors.map((p) =>
                notification(
                  'note',
                  `could not parse (${p.error}); used the generic scanner: ${p.file}`,
                  p.file,
                ),
              ),
            ],
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** One entry of `toolExecutionNotifications`: a gap in the scan, located at its file. */
function notification(level: 'error' | 'note', text: string, file: string): Record<string, unknown> {
  return {
    level,
    message: { text },
    locations: [
      { physicalLocation: { artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' } } },
    ],
  };
}

/**
 * The `max` highest-ranked results by level (error, warning, note), kept in their report order;
 * all of them when they fit.
 */
export function capResults<T extends Record<string, unknown>>(results: readonly T[], max: number): T[] {
  if (results.length <= max) return [...results];
  // A result without a level is a warning (SARIF §3.27.10 default).
  const rank = (r: T): number => LEVELS.indexOf(typeof r.level === 'string' ? (r.level as Level) : 'warning');
  const ranked = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  return ranked.map((x) => x.r);
}
