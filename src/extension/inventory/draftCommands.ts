/**
 * `pilens.draftRopa` and `pilens.draftPia`: the drafts of `pilens report ropa|pia`, built from
 * the inventory view's index and estimate results the user picks (the JSON the estimate report
 * exports, or `pilens estimate --format json`), written through the same writers as the CLI.
 */
import * as vscode from 'vscode';
import { version } from '../../../package.json';
import type { ContestedReading, Locale } from '../../core/law/schema.js';
import type { DraftKind } from '../../core/report/drafts/draftDoc.js';
import { parseEstimateResult, type EstimateResult } from '../../core/report/drafts/estimateInput.js';
import { buildPia } from '../../core/report/drafts/pia.js';
import { buildRopa } from '../../core/report/drafts/ropa.js';
import { exportFileName, findFormat, saveFilters, type Formatter } from '../../core/report/formats.js';
import type { DraftDocument } from '../../core/report/drafts/draftDoc.js';
import { buildInventory } from '../../core/report/inventoryRows.js';
import { REPORT_FORMATS } from '../../node/report/reportFormats.js';
import { COMMANDS } from '../commands.js';
import type { InventoryIndex } from './InventoryIndex.js';
import { inventoryAsScanReport } from './inventoryModel.js';

/** Arguments from automation and tests: no dialogs when `uri` is set. */
export interface DraftArgs {
  readonly format?: string;
  readonly uri?: vscode.Uri;
  /** Estimate results to fold in; absent: the user is asked. */
  readonly estimates?: readonly vscode.Uri[];
}

export interface DraftDeps {
  readonly index: InventoryIndex;
  readonly locale: () => Locale;
  readonly reading: () => ContestedReading;
}

const BUILDERS = { ropa: buildRopa, pia: buildPia } as const;
const FILE_NAMES: Readonly<Record<DraftKind, string>> = {
  ropa: 'pi-processing-record',
  pia: 'pi-impact-assessment',
};

export function registerDraftCommands(deps: DraftDeps): vscode.Disposable[] {
  const run = (kind: DraftKind) => (args?: DraftArgs) => draft(kind, deps, args);
  return [
    vscode.commands.registerCommand(COMMANDS.draftRopa, run('ropa')),
    vscode.commands.registerCommand(COMMANDS.draftPia, run('pia')),
  ];
}

/** Builds and writes one draft; resolves with the Markdown text (undefined for DOCX or when cancelled). */
async function draft(kind: DraftKind, deps: DraftDeps, args?: DraftArgs): Promise<string | undefined> {
  const locale = deps.locale();
  const format =
    args?.format !== undefined ? findFormat(REPORT_FORMATS, args.format) : await pickFormat(locale);
  if (format === undefined) return undefined;
  const estimateUris = args?.estimates ?? (await pickEstimates());
  if (estimateUris === undefined) return undefined;
  const estimates = await readEstimates(estimateUris);
  if (estimates === undefined) return undefined;
  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('PI Lens: building the inventory'),
    },
    () => deps.index.ready(),
  );
  const reading = deps.reading();
  const findings = inventoryAsScanReport(deps.index.files(), deps.index.fileCount).findings;
  const doc = BUILDERS[kind]({
    inventory: buildInventory(findings, { reading }),
    estimates,
    scanned: (vscode.workspace.workspaceFolders ?? []).map((f) => f.name),
    reading,
    locale,
    version,
  });
  const rendered = await format.render(doc, undefined);
  const target = args?.uri ?? (await saveTarget(kind, format));
  if (target === undefined) return undefined;
  const bytes = typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered;
  await vscode.workspace.fs.writeFile(target, bytes);
  if (args?.uri === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Draft written to {0}', target.fsPath));
  }
  return typeof rendered === 'string' ? rendered : undefined;
}

async function pickFormat(locale: Locale): Promise<Formatter<DraftDocument> | undefined> {
  const items = REPORT_FORMATS.map((format) => ({
    label: format.label,
    description: format.description[locale],
    format,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Write the draft as') });
  return picked?.format;
}

/** Estimate results to fold in: none, or files the user chooses; undefined when cancelled. */
async function pickEstimates(): Promise<readonly vscode.Uri[] | undefined> {
  const none = vscode.l10n.t('Without estimate results');
  const choose = vscode.l10n.t('Add estimate results (JSON)…');
  const picked = await vscode.window.showQuickPick([none, choose], {
    title: vscode.l10n.t('Fold in dataset figures from "Estimate risk tier"?'),
  });
  if (picked === undefined) return undefined;
  if (picked === none) return [];
  const files = await vscode.window.showOpenDialog({
    canSelectMany: true,
    filters: { JSON: ['json'] },
    title: vscode.l10n.t('Estimate results (JSON)'),
  });
  return files ?? undefined;
}

/** The parsed results; on a bad file, an error naming it and undefined (the user ran the command). */
async function readEstimates(uris: readonly vscode.Uri[]): Promise<EstimateResult[] | undefined> {
  const results: EstimateResult[] = [];
  for (const uri of uris) {
    const name = vscode.workspace.asRelativePath(uri, false);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      void vscode.window.showErrorMessage(vscode.l10n.t('PI Lens: cannot read {0}', name));
      return undefined;
    }
    const parsed = parseEstimateResult(text, name);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('PI Lens: {0} is not an estimate result ({1})', name, parsed.error),
      );
      return undefined;
    }
    results.push(parsed.value);
  }
  return results;
}

async function saveTarget(
  kind: DraftKind,
  format: Formatter<DraftDocument>,
): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = exportFileName(FILE_NAMES[kind], format);
  return vscode.window.showSaveDialog({
    ...(folder !== undefined ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: saveFilters(format),
    title: vscode.l10n.t('Save the draft'),
  });
}
