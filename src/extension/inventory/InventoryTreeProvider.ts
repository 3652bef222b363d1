import * as vscode from 'vscode';
import { categoryLabel } from '../../core/law/labels.js';
import type { ContestedReading, LegalClass, Locale } from '../../core/law/schema.js';
import type { ReportedFinding } from '../../core/report/finding.js';
import { inventoryRow } from '../../core/report/inventoryRows.js';
import { gradeName } from '../../core/report/inventoryText.js';
import type { InventoryIndex } from './InventoryIndex.js';
import {
  classCountsText,
  countInventoryByClass,
  groupInventory,
  type InventoryCategory,
  type InventoryFileGroup,
} from './inventoryModel.js';

export type InventoryNode =
  | { readonly kind: 'category'; readonly category: InventoryCategory }
  | { readonly kind: 'file'; readonly category: string; readonly group: InventoryFileGroup }
  | { readonly kind: 'field'; readonly uri: string; readonly finding: ReportedFinding };

const CLASS_ICON: Readonly<Record<LegalClass, vscode.ThemeIcon>> = {
  A: new vscode.ThemeIcon('shield', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  B: new vscode.ThemeIcon('shield', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  C: new vscode.ThemeIcon('shield', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

/**
 * The "PI Inventory" tree: category → file → field. Reading it the first time starts the
 * workspace scan; afterwards it redraws when the index reports a change.
 */
export class InventoryTreeProvider implements vscode.TreeDataProvider<InventoryNode>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<InventoryNode | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #index: InventoryIndex;
  readonly #locale: () => Locale;
  readonly #reading: () => ContestedReading;
  readonly #subscription: vscode.Disposable;
  #categories: InventoryCategory[] = [];
  /** Set by the view after creation so the summary line can be shown as its message. */
  view: vscode.TreeView<InventoryNode> | undefined;

  constructor(index: InventoryIndex, locale: () => Locale, reading: () => ContestedReading) {
    this.#index = index;
    this.#locale = locale;
    this.#reading = reading;
    this.#subscription = index.onDidChange(() => {
      this.#regroup();
      this.#changed.fire(undefined);
    });
  }

  /** The current grouping (after the first build); tests and the export read it. */
  get categories(): readonly InventoryCategory[] {
    return this.#categories;
  }

  #regroup(): void {
    this.#categories = groupInventory(this.#index.files());
    if (this.view !== undefined) {
      const counts = countInventoryByClass(this.#categories);
      const fields = counts.A + counts.B + counts.C;
      this.view.message =
        fields === 0
          ? vscode.l10n.t('No personal-information fields found in {0} files.', this.#index.fileCount)
          : vscode.l10n.t('{0} fields by class: {1}', fields, classCountsText(counts));
    }
  }

  async getChildren(node?: InventoryNode): Promise<InventoryNode[]> {
    if (node === undefined) {
      if (!this.#index.loaded) {
        await vscode.window.withProgress({ location: { viewId: 'pilens.inventory' } }, () =>
          this.#index.ready(),
        );
        this.#regroup();
      }
      return this.#categories.map((category) => ({ kind: 'category', category }));
    }
    if (node.kind === 'category')
      return node.category.files.map((group) => ({ kind: 'file', category: node.category.category, group }));
    if (node.kind === 'file')
      return node.group.fields.map((finding) => ({ kind: 'field', uri: node.group.uri, finding }));
    return [];
  }

  getTreeItem(node: InventoryNode): vscode.TreeItem {
    switch (node.kind) {
      case 'category': {
        const { category, fieldCount, files } = node.category;
        const label = categoryLabel(category);
        const item = new vscode.TreeItem(
          this.#locale() === 'zh' ? label.zh : label.en,
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `category:${category}`;
        item.description = vscode.l10n.t(
          'class {0} · {1} fields in {2} files',
          node.category.class,
          fieldCount,
          files.length,
        );
        item.tooltip = `${label.zh} ${label.en} (${category})`;
        item.iconPath = CLASS_ICON[node.category.class];
        item.contextValue = 'pilens.inventory.category';
        return item;
      }
      case 'file': {
        const uri = vscode.Uri.parse(node.group.uri);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `file:${node.category}:${node.group.uri}`;
        item.description = `${node.group.file} · ${node.group.fields.length}`;
        item.contextValue = 'pilens.inventory.file';
        return item;
      }
      case 'field': {
        const f = node.finding;
        const item = new vscode.TreeItem(
          f.owner !== undefined ? `${f.owner}.${f.field}` : f.field,
          vscode.TreeItemCollapsibleState.None,
        );
        item.id = `field:${node.uri}:${f.line}:${f.column}:${f.category}`;
        // The grade of the exported inventory (general data, sensitive PI at the top).
        const grade = inventoryRow(f, { reading: this.#reading() }).grade.id;
        item.description = `${f.file}:${f.line} · ${f.confidence} · ${gradeName(grade, this.#locale())}`;
        item.tooltip = f.evidence.map((e) => `${e.kind}: ${e.matched}`).join('\n');
        item.iconPath = new vscode.ThemeIcon('symbol-field');
        item.contextValue = 'pilens.inventory.field';
        const range = new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
        item.command = {
          command: 'vscode.open',
          title: vscode.l10n.t('Open'),
          arguments: [vscode.Uri.parse(node.uri), { selection: range }],
        };
        return item;
      }
    }
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changed.dispose();
  }
}
