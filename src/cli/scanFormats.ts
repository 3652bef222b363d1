/**
 * `pilens scan --format …`: the scan's formatters (core/report/formats.ts). They live in the CLI
 * because SARIF names the cwd as a `file:` URI and the tool version; both come in `ctx`.
 */
import { formatCsv } from '../core/report/csv.js';
import type { Formatter } from '../core/report/formats.js';
import { formatMarkdown } from '../core/report/markdown.js';
import type { ScanReport } from '../core/report/scanReport.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';

/** What the scan's renderers need besides the report. */
export interface ScanFormatContext {
  readonly cwd: string;
  readonly version: string;
}

export const SCAN_FORMATS: readonly Formatter<ScanReport, ScanFormatContext>[] = [
  {
    id: 'text',
    extension: 'txt',
    label: 'Text',
    description: {
      en: 'one line per finding, as linters print',
      zh: '每个发现一行，与代码检查工具的输出相同',
    },
    render: (report) => formatText(report),
  },
  {
    id: 'json',
    extension: 'json',
    label: 'JSON',
    description: { en: 'the JSON contract, for scripts and CI', zh: '供脚本和持续集成使用的 JSON 结构' },
    render: (report) => formatJson(report),
  },
  {
    id: 'sarif',
    extension: 'sarif',
    label: 'SARIF',
    description: { en: 'SARIF 2.1.0, for code scanning', zh: 'SARIF 2.1.0，用于代码扫描' },
    render: (report, ctx) => formatSarif(report, ctx.cwd, ctx.version),
  },
  {
    id: 'markdown',
    extension: 'md',
    label: 'Markdown',
    description: { en: 'a pull-request comment', zh: '拉取请求评论' },
    render: (report) => formatMarkdown(report),
  },
  {
    id: 'csv',
    extension: 'csv',
    label: 'CSV',
    description: { en: 'one row per field, for spreadsheets', zh: '每个字段一行，适用于电子表格' },
    render: (report) => formatCsv(report),
  },
];
