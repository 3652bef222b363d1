import * as vscode from 'vscode';
import { BaselineStore } from './baseline.js';
import type { ConfigStore } from './config.js';
import type { DiagnosticsScheduler } from './diagnostics.js';
import type { DocumentScanner } from './documentScanner.js';
import { registerInventory } from './inventory/registerInventory.js';
import { registerDatabaseCommand } from './report/databaseCommand.js';
import { registerEstimateCommand } from './report/estimateCommand.js';
import { registerRefContentProvider } from './review/refContentProvider.js';
import { registerReviewCommand } from './review/reviewChanges.js';
import type { Settings } from './settings.js';
import type { WorkspaceLinks } from './workspaceLinks.js';

export interface PiFeatureDeps {
  readonly log: vscode.LogOutputChannel;
  readonly settings: Settings;
  readonly configs: ConfigStore;
  readonly scanner: DocumentScanner;
  readonly links: WorkspaceLinks;
  readonly diagnostics: DiagnosticsScheduler;
}

/**
 * The workspace-level features: the PI inventory view and its export, the dataset estimate
 * and its report, "Review changes", and the baseline honoured by diagnostics. Nothing here
 * scans during activation: the inventory builds when its view is first shown.
 */
export function registerPiFeatures(context: vscode.ExtensionContext, deps: PiFeatureDeps): void {
  const baseline = new BaselineStore(deps.log);
  deps.diagnostics.useBaseline(baseline);
  const inventory = registerInventory({
    ...deps,
    locale: () => deps.settings.locale,
    reading: () => deps.settings.current.contestedReading,
  });
  context.subscriptions.push(
    baseline,
    baseline.onDidChange(() => {
      deps.diagnostics.rescanAll();
    }),
    // eslint-disable-next-line no-restricted-syntax -- a handful of disposables
    ...inventory.disposables,
    registerEstimateCommand({ context, settings: deps.settings, log: deps.log, configs: deps.configs }),
    registerDatabaseCommand({ context, settings: deps.settings, log: deps.log, configs: deps.configs }),
    registerRefContentProvider(),
    registerReviewCommand(deps),
  );
}
