import * as vscode from 'vscode';
import type { Locale } from '../../core/law/schema.js';
import { COMMANDS } from '../commands.js';
import { DATA_MAP_VIEW_ID, DataMapTreeProvider, type DataMapNode } from './DataMapTreeProvider.js';
import type { DataMapCategory } from './dataMapModel.js';
import type { InventoryIndex } from './InventoryIndex.js';

export interface DataMapDeps {
  readonly index: InventoryIndex;
  readonly locale: () => Locale;
  /** Whether flows are traced (`pilens.severity.flows` is not `off`). */
  readonly flowsOn: () => boolean;
}

/**
 * The "Data map" view and `pilens.showDataMap`, which focuses it and resolves with the grouped
 * map once the workspace index (shared with the PI inventory) is built.
 */
export function registerDataMap(deps: DataMapDeps): { dispose(): unknown }[] {
  const provider = new DataMapTreeProvider(deps.index, deps.locale, deps.flowsOn);
  const view = vscode.window.createTreeView<DataMapNode>(DATA_MAP_VIEW_ID, {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  provider.view = view;
  const show = async (): Promise<readonly DataMapCategory[]> => {
    await vscode.commands.executeCommand(`${DATA_MAP_VIEW_ID}.focus`);
    await deps.index.ready();
    await provider.getChildren();
    return provider.categories;
  };
  return [
    provider,
    view,
    view.onDidChangeVisibility((e) => {
      if (e.visible) void deps.index.ready();
    }),
    vscode.commands.registerCommand(COMMANDS.showDataMap, show),
  ];
}
