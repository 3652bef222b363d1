import * as vscode from 'vscode';
import type { ContestedReading, Locale } from '../../core/law/schema.js';
import { SECTOR_PACKS } from '../../core/law/sectors/packs.js';
import type { SectorPack } from '../../core/law/sectors/schema.js';
import { exportFileName, findFormat, saveFilters, type Formatter } from '../../core/report/formats.js';
import type { InventoryContext } from '../../core/report/inventoryRender.js';
import { buildInventory, type Inventory } from '../../core/report/inventoryRows.js';
import { INVENTORY_FORMATS } from '../../node/report/inventoryFormats.js';
import { COMMANDS } from '../commands.js';
import { registerDraftCommands } from './draftCommands.js';
import { registerDataMap } from './registerDataMap.js';
import { InventoryIndex, type InventoryDeps } from './InventoryIndex.js';
import { InventoryTreeProvider, type InventoryNode } from './InventoryTreeProvider.js';
import { inventoryAsScanReport, type InventoryCategory } from './inventoryModel.js';

/** What the view and the export read of the settings. */
export interface InventoryViewDeps extends InventoryDeps {
  readonly locale: () => Locale;
  readonly reading: () => ContestedReading;
}

export const INVENTORY_VIEW_ID = 'pilens.inventory';

/** The id of one of INVENTORY_FORMATS (`csv`, `xlsx`, `markdown`, `json`). */
export type InventoryFormat = string;
type InventoryFormatter = Formatter<Inventory, InventoryContext>;

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
 * The PI inventory view and its two commands, and the data map view on the same index. `pilens.showInventory` focuses the view and
 * resolves with the grouped inventory once built; `pilens.exportInventory` writes the formats
 * of `pilens inventory` through the same writers, so both hosts export the same document.
 */
export function registerInventory(deps: InventoryViewDeps): InventoryRegistration {
  const pick = (): Promise<InventoryFormatter | undefined> => pickFormat(deps.locale());
  const index = new InventoryIndex(deps);
  const provider = new InventoryTreeProvider(index, deps.locale, deps.reading);
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
    const format = args?.format !== undefined ? findFormat(INVENTORY_FORMATS, args.format) : await pick();
    if (format === undefined) return undefined;
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('PI Lens: building the inventory'),
      },
      () => index.ready(),
    );
    const reading = deps.reading();
    const sector = sectorOf(deps);
    const options = { reading, ...(sector !== undefined ? { sector } : {}) };
    const findings = inventoryAsScanReport(index.files(), index.fileCount).findings;
    const inventory = buildInventory(findings, options);
    const rendered = await format.render(inventory, { locale: deps.locale(), ...options });
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
      ...registerDraftCommands({ index, locale: deps.locale, reading: deps.reading }),
      ...registerDataMap({
        index,
        locale: deps.locale,
        flowsOn: () => deps.settings.current.severity.flows !== 'off',
      }),
    ],
  };
}

/** The sector of the first folder's .pilens.json, as `pilens inventory` reads it in that folder. */
function sectorOf(deps: InventoryDeps): SectorPack | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) return undefined;
  const id = deps.configs.configFor(vscode.Uri.joinPath(folder.uri, '.pilens.json'))?.sector;
  return id === undefined ? undefined : SECTOR_PACKS[id];
}

async function pickFormat(locale: Locale): Promise<InventoryFormatter | undefined> {
  const items = INVENTORY_FORMATS.map((format) => ({
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
