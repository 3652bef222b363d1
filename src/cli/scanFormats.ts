/**
 * `pilens scan --format …`: the scan's formatters (core/report/formats.ts). They live in the CLI
 * because SARIF names the cwd as a `file:` URI and the tool version; both come in `ctx`.
 */
import { formatCsv } from '../core/report/csv.js';
import { scanToCi } from '../core/report/ci/ciFromScan.js';
import { ciFormats } from '../core/report/ci/ciFormats.js';
import { ciContext, type Formatter, type RunContext } from '../core/report/formats.js';
import { formatDataMap } from '../core/report/dataMap.js';
import { formatMarkdown } from '../core/report/markdown.js';
import type { ScanReport } from '../core/report/scanReport.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';

/** What the scan's renderers need besides the report. */
export interface ScanFormatContext extends RunContext {
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
    // With --flows, the data map follows the findings in the same comment.
    render: (report) =>
      report.flows === undefined
        ? formatMarkdown(report)
        : `${formatMarkdown(report)}\n${formatDataMap(report.flows)}`,
  },
  {
    id: 'csv',
    extension: 'csv',
    label: 'CSV',
    description: { en: 'one row per field, for spreadsheets', zh: '每个字段一行，适用于电子表格' },
    render: (report) => formatCsv(report),
  },
  {
    id: 'datamap',
    extension: 'md',
    label: 'Data map',
    description: {
      en: 'where personal information goes: categories → sinks, with a Mermaid diagram',
      zh: '个人信息流向：类别 → 去向，附流向图',
    },
    render: (report) => formatDataMap(report.flows ?? []),
  },
  ...ciFormats<ScanReport, ScanFormatContext>((report) => scanToCi(report), ciContext),
];
