/**
 * The typed messages between the extension and the report webview (media/report.js), and the
 * view model the webview draws. Everything here is plain, already-localised text and numbers:
 * the webview computes nothing legal and renders every string with `textContent`. Dataset
 * values never appear; column examples are masked by the engine before they get here.
 */
import type { LegalClass } from '../core/law/schema.js';

export type ReportTier = 'none' | 'below' | 'serious' | 'especially_serious';

export interface ClassBar {
  readonly cls: LegalClass;
  readonly pieces: number;
  /** Effective thresholds (halved for insiders when applied). */
  readonly serious: number;
  readonly especiallySerious: number;
  /** "120 more to serious", "especially serious reached"… */
  readonly distance: string;
}

export interface CategoryRow {
  readonly key: string;
  readonly name: string;
  readonly cls: string;
  readonly pieces: number;
}

export interface ColumnRow {
  readonly file: string;
  readonly column: string;
  readonly category: string;
  readonly cls: string;
  readonly source: string;
  /** "97 %" or "—". */
  readonly share: string;
  /** Masked examples only. */
  readonly examples: readonly string[];
  readonly evidence: readonly string[];
}

export interface TextItem {
  readonly text: string;
  /** Article or instrument the text rests on, when it has one. */
  readonly basis?: string;
  /** Partially verified or contested: the view labels it so. */
  readonly partial?: boolean;
}

export interface NingboFigure {
  readonly label: string;
  readonly cases: number;
}

export interface ReportLabels {
  readonly [key: string]: string;
}

export interface ReportViewModel {
  readonly title: string;
  readonly tier: ReportTier;
  readonly tierLabel: string;
  /** What the numbers mean for the chosen conduct, in one sentence: the report's first line. */
  readonly headline: string;
  /** R formatted, with the insider note when applied. */
  readonly ratio: string;
  /** Key figures: records, distinct with PI, duplicates, persons… as label/value pairs. */
  readonly figures: readonly { readonly label: string; readonly value: string }[];
  readonly classes: readonly ClassBar[];
  readonly categories: readonly CategoryRow[];
  readonly columns: readonly ColumnRow[];
  readonly answers: readonly { readonly label: string; readonly value: string }[];
  readonly duties: readonly TextItem[];
  readonly reasons: readonly TextItem[];
  readonly caveats: readonly TextItem[];
  readonly notes: readonly string[];
  readonly ningbo: { readonly summary: string; readonly types: readonly NingboFigure[] };
  /** Headings and button captions, localised by the extension. */
  readonly labels: ReportLabels;
}

/** Extension → webview. */
export type ToWebviewMessage = { readonly type: 'report'; readonly model: ReportViewModel };

export type ExportFormat = 'json' | 'markdown';

/** Webview → extension. */
export type FromWebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'export'; readonly format: ExportFormat }
  | { readonly type: 'changeMapping' }
  | { readonly type: 'changeAnswers' };

/** Validates a message from the webview (it is untrusted input like any other). */
export function parseWebviewMessage(raw: unknown): FromWebviewMessage | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const m = raw as { type?: unknown; format?: unknown };
  switch (m.type) {
    case 'ready':
    case 'changeMapping':
    case 'changeAnswers':
      return { type: m.type };
    case 'export':
      return m.format === 'json' || m.format === 'markdown'
        ? { type: 'export', format: m.format }
        : undefined;
    default:
      return undefined;
  }
}
