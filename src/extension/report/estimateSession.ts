/**
 * What every estimate in the editor does once its source is counted — a file or folder, or a
 * database table: confirm the column mapping, answer the questions (remembered per workspace),
 * show the report panel, whose buttons re-map (counting again) or re-answer (without counting).
 */
import * as vscode from 'vscode';
import type { DatasetPart } from '../../core/dataset/assess.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import type { EstimateDeps } from './estimateCommand.js';
import { exportReport } from './estimateCommand.js';
import {
  askAnswers,
  hasRememberedAnswers,
  parseAnswers,
  rememberAnswers,
  rememberedAnswers,
  type EstimateAnswers,
} from './answers.js';
import { effectiveOverrides, sameMapping, type ColumnMapping } from './mapping.js';
import { confirmMapping } from './mappingPick.js';
import { ReportPanel } from './ReportPanel.js';
import { relativizeReport } from './reportFiles.js';
import { buildReportView } from './reportView.js';

/** A counted source: its parts (columns for the mapping pick) and its assessment for answers. */
export interface Counted {
  readonly parts: readonly DatasetPart[];
  assess(answers: EstimateAnswers): EstimateReport;
}

/** Counts the source again under a column mapping (with progress and cancel). */
export type Recount = (mapping: ColumnMapping) => Promise<Counted>;

/** The prompts automation and tests skip: answers, mapping, and whether to open the panel. */
export interface SessionArgs {
  readonly answers?: unknown;
  readonly mapping?: ColumnMapping;
  readonly show?: boolean;
}

interface Session {
  readonly recount: Recount;
  mapping: ColumnMapping;
  counted: Counted;
  answers: EstimateAnswers;
  report: EstimateReport;
}

/** A label for a part's file: workspace-relative for files, as is for database sources. */
export function fileLabel(file: string): string {
  return vscode.workspace.asRelativePath(file, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** Whether whereabouts were counted: only then can Art. 5(1)(1) (whereabouts used in a crime) apply. */
function hasWhereabouts(counted: Counted): boolean {
  return (
    (counted.assess({ conduct: 'hold', insider: false, priorRecord: false }).byCategory.whereabouts ?? 0) > 0
  );
}

/** Counts, confirms the mapping, asks the questions and shows the report; undefined if cancelled. */
export async function completeEstimate(
  deps: EstimateDeps,
  args: SessionArgs,
  recount: Recount,
): Promise<EstimateReport | undefined> {
  let mapping: ColumnMapping = args.mapping ?? {};
  let counted = await recount(mapping);
  if (args.mapping === undefined) {
    const columns = counted.parts.flatMap((p) => p.columns);
    const confirmed = await confirmMapping(columns, {}, deps.settings.locale);
    if (confirmed === undefined) return undefined;
    const overrides = effectiveOverrides(columns, confirmed);
    if (!sameMapping(overrides, {})) {
      mapping = overrides;
      counted = await recount(mapping);
    }
  }
  const state = deps.context.workspaceState;
  const answers =
    args.answers !== undefined
      ? parseAnswers(args.answers, rememberedAnswers(state))
      : await askAnswers(
          rememberedAnswers(state),
          hasRememberedAnswers(state),
          (sofar) => counted.assess(sofar).tier,
          hasWhereabouts(counted),
        );
  if (answers === undefined) return undefined;
  if (args.answers === undefined) await rememberAnswers(state, answers);
  const session: Session = { recount, mapping, counted, answers, report: counted.assess(answers) };
  if (args.show !== false) showReport(deps, session);
  return relativizeReport(session.report, fileLabel);
}

function showReport(deps: EstimateDeps, session: Session): void {
  const locale = deps.settings.locale;
  const model = buildReportView(session.report, { locale, fileLabel });
  ReportPanel.show(deps.context.extensionUri, model, {
    export: async (format) => {
      await exportReport(session.report, format);
    },
    changeMapping: async () => {
      const all = session.counted.parts.flatMap((p) => p.columns);
      const confirmed = await confirmMapping(all, session.mapping, locale);
      if (confirmed === undefined) return;
      const overrides = effectiveOverrides(all, confirmed);
      if (sameMapping(overrides, session.mapping)) return;
      session.mapping = overrides;
      session.counted = await session.recount(overrides);
      session.report = session.counted.assess(session.answers);
      showReport(deps, session);
    },
    changeAnswers: async () => {
      const answers = await askAnswers(
        session.answers,
        true,
        (sofar) => session.counted.assess(sofar).tier,
        hasWhereabouts(session.counted),
      );
      if (answers === undefined) return;
      await rememberAnswers(deps.context.workspaceState, answers);
      session.answers = answers;
      session.report = session.counted.assess(answers);
      showReport(deps, session);
    },
  });
}
