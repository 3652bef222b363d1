import * as path from 'node:path';
import * as vscode from 'vscode';
import { assessDataset } from '../../core/dataset/assess.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import {
  ESTIMATE_EXPORT_FORMATS,
  exportFileName,
  findFormat,
  saveFilters,
} from '../../core/report/formats.js';
import { CancelledError, countDataset, type CountedDataset } from '../../node/dataset/estimate.js';
import { COMMANDS } from '../commands.js';
import type { ConfigStore } from '../config.js';
import type { Settings } from '../settings.js';
import type { ExportFormat } from '../../shared/reportMessages.js';
import { parseEstimateArgs, type EstimateArgs } from './estimateArgs.js';
import type { ColumnMapping } from './mapping.js';
import { completeEstimate, fileLabel } from './estimateSession.js';
import { DATASET_GLOB, isDatasetDocument, isOfferedDataFile, relativizeReport } from './reportFiles.js';

export interface EstimateDeps {
  readonly context: vscode.ExtensionContext;
  readonly settings: Settings;
  readonly log: vscode.LogOutputChannel;
  /** The `.pilens.json` in force, whose team decisions map columns as they classify fields. */
  readonly configs: ConfigStore;
}

/**
 * `pilens.estimateRiskTier`: pick a file or folder, count it with progress and cancel, confirm
 * the column mapping, answer the four questions (remembered per workspace), show the report.
 * Automation and tests pass `{ uri, answers, mapping }` to skip every prompt; the command
 * resolves with the report model (paths relative to the workspace), or undefined if cancelled.
 */
export function registerEstimateCommand(deps: EstimateDeps): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.estimateRiskTier, async (...raw: unknown[]) => {
    const args = parseEstimateArgs(raw);
    try {
      return await runEstimate(deps, args);
    } catch (error) {
      if (error instanceof CancelledError) {
        void vscode.window.showInformationMessage(vscode.l10n.t('PI Lens: the estimate was cancelled.'));
        return undefined;
      }
      deps.log.error('Estimating the risk tier failed', error);
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('PI Lens could not estimate the dataset: {0}', reason),
      );
      if (args.answers !== undefined) throw error; // automation wants the failure, not a toast
      return undefined;
    }
  });
}

async function runEstimate(deps: EstimateDeps, args: EstimateArgs): Promise<EstimateReport | undefined> {
  const uri = args.uri ?? (await pickTarget());
  if (uri === undefined) return undefined;
  if (uri.scheme !== 'file') throw new Error(vscode.l10n.t('only files on disk can be estimated'));
  return completeEstimate(deps, args, async (mapping) => {
    const counted = await countWithProgress(deps, uri, mapping);
    return {
      parts: counted.parts,
      assess: (answers) => assessDataset(counted.parts, counted.counters, answers),
    };
  });
}

async function countWithProgress(
  deps: EstimateDeps,
  uri: vscode.Uri,
  mapping: ColumnMapping,
): Promise<CountedDataset> {
  const name = path.basename(uri.fsPath);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('PI Lens: estimating {0}', name),
      cancellable: true,
    },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => {
        abort.abort();
      });
      let reported = 0;
      try {
        const started = Date.now();
        const counted = await countDataset(
          [uri.fsPath],
          {
            map: mapping,
            reading: deps.settings.current.contestedReading,
            decisions: deps.configs.configFor(uri)?.decisions,
          },
          {
            signal: abort.signal,
            onProgress: (p) => {
              const percent = p.bytesTotal > 0 ? Math.floor((p.bytesDone / p.bytesTotal) * 100) : 100;
              if (percent > reported) {
                progress.report({ increment: percent - reported, message: `${percent} %` });
                reported = percent;
              }
            },
          },
        );
        // Sizes and timings only: never a value from the data.
        deps.log.info(
          `Estimate of ${fileLabel(uri.fsPath)}: ${counted.parts.length} parts counted in ${Date.now() - started} ms`,
        );
        return counted;
      } finally {
        subscription.dispose();
      }
    },
  );
}

/** How much of the active file is read to tell a SQL dump (rows) from a schema. */
const SQL_PROBE_CHARS = 256 * 1024;
/** Data files offered from the workspace before "Browse…". */
const MAX_OFFERED_FILES = 30;

/**
 * The dataset to estimate when none was passed: the active file if it is a dataset (a SQL
 * schema is not), else a pick among the workspace's data files, or the file dialog.
 */
async function pickTarget(): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (
    document?.uri.scheme === 'file' &&
    isDatasetDocument(document.uri.path, document.getText().slice(0, SQL_PROBE_CHARS))
  )
    return document.uri;
  const found = await vscode.workspace.findFiles(DATASET_GLOB, '{**/node_modules/**,**/.git/**}', 200);
  const candidates = found
    .filter((uri) => uri.toString() !== document?.uri.toString() && isOfferedDataFile(uri.path))
    .slice(0, MAX_OFFERED_FILES);
  if (candidates.length > 0) {
    const browse = {
      label: `$(folder-opened) ${vscode.l10n.t('Browse for a file or folder…')}`,
      uri: undefined,
    };
    const items = [
      ...candidates.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      browse,
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('PI Lens: which dataset should be estimated?'),
      placeHolder:
        document === undefined
          ? vscode.l10n.t('Data files in this workspace')
          : vscode.l10n.t('The open file is not a dataset; choose a data file'),
    });
    if (picked === undefined) return undefined;
    if (picked.uri !== undefined) return picked.uri;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: false,
    title: vscode.l10n.t('PI Lens: choose a dataset file or folder to estimate'),
    openLabel: vscode.l10n.t('Estimate'),
    ...(vscode.workspace.workspaceFolders?.[0] !== undefined
      ? { defaultUri: vscode.workspace.workspaceFolders[0].uri }
      : {}),
  });
  return chosen?.[0];
}

/** Saves the report as the §5 JSON contract or as Markdown, paths relative to the workspace. */
export async function exportReport(
  report: EstimateReport,
  format: ExportFormat,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const formatter = findFormat(ESTIMATE_EXPORT_FORMATS, format);
  if (formatter === undefined) return undefined;
  const shown = relativizeReport(report, fileLabel);
  const rendered = await formatter.render(shown, undefined);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = exportFileName('pi-estimate', formatter);
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      ...(folder !== undefined ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
      filters: saveFilters(formatter),
      title: vscode.l10n.t('Export the PI risk estimate'),
    }));
  if (uri === undefined) return undefined;
  const bytes = typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered;
  await vscode.workspace.fs.writeFile(uri, bytes);
  if (target === undefined)
    void vscode.window.showInformationMessage(vscode.l10n.t('PI risk estimate exported to {0}', uri.fsPath));
  return uri;
}
