/**
 * One registry of output formats (after cspell's reporters): each
 * command lists its formatters once, and everything a host shows about them — `--format`
 * choices, help text, export pickers, save-dialog filters, default file names — is derived
 * from that list. Adding a format is one formatter plus one array entry.
 */
import { renderMarkdown, renderText } from '../dataset/render.js';
import { reportToJson, type EstimateReport } from '../dataset/report.js';
import type { Bilingual } from '../law/schema.js';
import { estimateToCi } from './ci/ciFromEstimate.js';
import type { CiContext } from './ci/ciIssue.js';
import { ciFormats } from './ci/ciFormats.js';

/** What a formatter produces: text, or bytes for binary documents (XLSX, DOCX). */
export type Rendered = string | Uint8Array;

/** One output format of one command. `C` is what the renderer needs besides the report. */
export interface Formatter<R, C = undefined> {
  /** The `--format` value and the export id. */
  readonly id: string;
  /** File extension without the dot (`md`, `csv`). */
  readonly extension: string;
  /** Shown in pickers and save-dialog filters (`Markdown`). */
  readonly label: string;
  /** One line for pickers, in both UI languages. */
  readonly description: Bilingual;
  render(report: R, ctx: C): Rendered | Promise<Rendered>;
}

/** The ids of `formats`, in order: the accepted `--format` values. */
export function formatIds(formats: readonly Formatter<never, never>[]): string[] {
  return formats.map((f) => f.id);
}

/** `text|json|markdown`: the choices as usage lines write them. */
export function formatChoices(formats: readonly Formatter<never, never>[], separator = '|'): string {
  return formatIds(formats).join(separator);
}

/** The formatter with `id`, if the list has one. */
export function findFormat<F extends Formatter<never, never>>(
  formats: readonly F[],
  id: string,
): F | undefined {
  return formats.find((f) => f.id === id);
}

/** `pi-inventory.csv`: the default file name of an export. */
export function exportFileName(base: string, format: Formatter<never, never>): string {
  return `${base}.${format.extension}`;
}

/** `{ CSV: ['csv'] }`: a save dialog's filter for one format. */
export function saveFilters(format: Formatter<never, never>): Record<string, string[]> {
  return { [format.label]: [format.extension] };
}

/** What the CI formats name besides the issues: the tool version and the run's times. */
export interface RunContext {
  readonly version?: string;
  readonly startedAt?: Date;
  /** Fixed in tests; the time of rendering otherwise. */
  readonly finishedAt?: Date;
}

/** The CI writers' context from a command's, with the version and times filled in. */
export function ciContext(ctx: RunContext | undefined): CiContext {
  const finishedAt = ctx?.finishedAt ?? new Date();
  return { version: ctx?.version ?? '0.0.0', startedAt: ctx?.startedAt ?? finishedAt, finishedAt };
}

/** What the estimate's CI formats need: the cwd makes dataset paths relative. */
export interface EstimateFormatContext extends RunContext {
  readonly cwd?: string;
}

/** `pilens estimate --format …` and the estimate report's exports. */
export const ESTIMATE_FORMATS: readonly Formatter<EstimateReport, EstimateFormatContext | undefined>[] = [
  {
    id: 'text',
    extension: 'txt',
    label: 'Text',
    description: { en: 'a plain-text summary', zh: '纯文本摘要' },
    render: (report) => renderText(report),
  },
  {
    id: 'json',
    extension: 'json',
    label: 'JSON',
    description: { en: 'the JSON contract, for scripts and CI', zh: '供脚本和持续集成使用的 JSON 结构' },
    render: (report) => `${reportToJson(report)}\n`,
  },
  {
    id: 'markdown',
    extension: 'md',
    label: 'Markdown',
    description: { en: 'a report to read or attach', zh: '可阅读或附送的报告' },
    render: (report) => renderMarkdown(report),
  },
  ...ciFormats<EstimateReport, EstimateFormatContext | undefined>(
    (report, ctx) => estimateToCi(report, ctx?.cwd),
    ciContext,
  ),
];

/** The estimate formats the editor's report page exports (documents; text and CI formats are for terminals). */
export const ESTIMATE_EXPORT_FORMATS = ESTIMATE_FORMATS.filter((f) => f.id === 'json' || f.id === 'markdown');
