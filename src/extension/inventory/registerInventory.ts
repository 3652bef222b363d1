import * as vscode from 'vscode';
import type { Locale } from '../../core/law/schema.js';
import { formatCsv } from '../../core/report/csv.js';
import { formatMarkdown } from '../../core/report/markdown.js';
import { COMMANDS } from '../commands.js';
import { InventoryIndex, type InventoryDeps } from './InventoryIndex.js';
import { InventoryTreeProvider, type InventoryNode } from './InventoryTreeProvider.js';
import { inventoryAsScanReport, type InventoryCategory } from './inventoryModel.js';

export const INVENTORY_VIEW_ID = 'pilens.inventory';

export type InventoryFormat = 'csv' | 'markdown';

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
    const format = args?.format ?? (await pickFormat());
    if (format === undefined) return undefined;
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('PI Lens: building the inventory'),
      },
      () => index.ready(),
    );
    const report = inventoryAsScanReport(index.files(), index.fileCount);
    const text = format === 'csv' ? formatCsv(report) : formatMarkdown(report);
    const target = args?.uri ?? (await saveTarget(format));
    if (target === undefined) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (args?.uri === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('PI inventory exported to {0}', target.fsPath));
    }
    return text;
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

async function pickFormat(): Promise<InventoryFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: InventoryFormat })[] = [
    { label: 'CSV', description: vscode.l10n.t('one row per field, for spreadsheets'), format: 'csv' },
    {
      label: 'Markdown',
      description: vscode.l10n.t('a first draft of a record of processing activities'),
      format: 'markdown',
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Export the PI inventory as'),
  });
  return picked?.format;
}

async function saveTarget(format: InventoryFormat): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = format === 'csv' ? 'pi-inventory.csv' : 'pi-inventory.md';
  return vscode.window.showSaveDialog({
    ...(folder !== undefined ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
    title: vscode.l10n.t('Export the PI inventory'),
  });
}
