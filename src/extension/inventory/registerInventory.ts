import * as vscode from 'vscode';
import type { Locale } from '../../core/law/schema.js';
import {
  exportFileName,
  findFormat,
  saveFilters,
  SCAN_INVENTORY_FORMATS,
  type Formatter,
} from '../../core/report/formats.js';
import type { ScanReport } from '../../core/report/scanReport.js';
import { COMMANDS } from '../commands.js';
import { InventoryIndex, type InventoryDeps } from './InventoryIndex.js';
import { InventoryTreeProvider, type InventoryNode } from './InventoryTreeProvider.js';
import { inventoryAsScanReport, type InventoryCategory } from './inventoryModel.js';

export const INVENTORY_VIEW_ID = 'pilens.inventory';

/** The id of one of SCAN_INVENTORY_FORMATS (`csv`, `markdown`). */
export type InventoryFormat = string;
type InventoryFormatter = Formatter<ScanReport>;

/** Arguments for `pilens.exportInventory` from automation and tests (no dialogs when `uri` is set). */
export interface ExportInventoryArgs {
  readonly format?: InventoryFormat;
  readonly uri?: vscode.Uri;
}

export interface InventoryRegistration {
  readonly index: InventoryIndex;
  readonly disposables: { dispose(): unknown }[];
}

/**
 * The PI inventory view and its two commands. `pilens.showInventory` focuses the view and
 * resolves with the grouped inventory once built; `pilens.exportInventory` writes CSV or
 * Markdown through the renderers `pilens scan` uses, so both hosts export the same document.
 */
export function registerInventory(
  deps: InventoryDeps & { readonly locale: () => Locale },
): InventoryRegistration {
  const pick = (): Promise<InventoryFormatter | undefined> => pickFormat(deps.locale());
  const index = new InventoryIndex(deps);
  const provider = new InventoryTreeProvider(index, deps.locale);
  const view = vscode.window.createTreeView<InventoryNode>(INVENTORY_VIEW_ID, {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  provider.view = view;

  const show = async (): Promise<readonly InventoryCategory[]> => {
    await vscode.commands.executeCommand(`${INVENTORY_VIEW_ID}.focus`);
    await index.ready();
    await provider.getChildren();
    return provider.categories;
  };

  const exportInventory = async (args?: ExportInventoryArgs): Promise<string | undefined> => {
    const format =
      args?.format !== undefined ? findFormat(SCAN_INVENTORY_FORMATS, args.format) : await pick();
    if (format === undefined) return undefined;
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('PI Lens: building the inventory'),
      },
      () => index.ready(),
    );
    const report = inventoryAsScanReport(index.files(), index.fileCount);
    const rendered = await format.render(report, undefined);
    const target = args?.uri ?? (await saveTarget(format));
    if (target === undefined) return undefined;
    const bytes = typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered;
    await vscode.workspace.fs.writeFile(target, bytes);
    if (args?.uri === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('PI inventory exported to {0}', target.fsPath));
    }
    return typeof rendered === 'string' ? rendered : undefined;
  };

  return {
    index,
    disposables: [
      index,
      provider,
      view,
      view.onDidChangeVisibility((e) => {
        if (e.visible) void index.ready();
      }),
      vscode.commands.registerCommand(COMMANDS.showInventory, show),
      vscode.commands.registerCommand(COMMANDS.exportInventory, exportInventory),
    ],
  };
}

async function pickFormat(locale: Locale): Promise<InventoryFormatter | undefined> {
  const items = SCAN_INVENTORY_FORMATS.map((format) => ({
    label: format.label,
    description: format.description[locale],
    format,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Export the PI inventory as'),
  });
  return picked?.format;
}

async function saveTarget(format: InventoryFormatter): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = exportFileName('pi-inventory', format);
  return vscode.window.showSaveDialog({
    ...(folder !== undefined ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: saveFilters(format),
    title: vscode.l10n.t('Export the PI inventory'),
  });
}
