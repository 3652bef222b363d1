import * as vscode from 'vscode';
import { kindMeaning, type SinkKind } from '../../core/flow/kinds.js';
import { categoryLabel } from '../../core/law/labels.js';
import type { LegalClass, Locale } from '../../core/law/schema.js';
import { stepText } from '../../shared/flowText.js';
import type { InventoryIndex } from './InventoryIndex.js';
import { groupDataMap, type DataMapCategory, type DataMapPlace, type DataMapSink } from './dataMapModel.js';

export type DataMapNode =
  | { readonly kind: 'category'; readonly category: DataMapCategory }
  | { readonly kind: 'sink'; readonly category: string; readonly sink: DataMapSink }
  | { readonly kind: 'place'; readonly category: string; readonly place: DataMapPlace };

export const DATA_MAP_VIEW_ID = 'pilens.dataMap';

const CLASS_COLOUR: Readonly<Record<LegalClass, string>> = {
  A: 'problemsErrorIcon.foreground',
  B: 'problemsWarningIcon.foreground',
  C: 'problemsInfoIcon.foreground',
};

const KIND_ICON: Readonly<Record<SinkKind, string>> = {
  log: 'output',
  http: 'cloud-upload',
  sdk: 'package',
  queue: 'list-ordered',
  export: 'file-symlink-file',
  cache: 'database',
};

/** Opens a place at its sink, selecting the callee's start. */
function openCommand(place: DataMapPlace): vscode.Command {
  const { line, column } = place.flow;
  return {
    command: 'vscode.open',
    title: vscode.l10n.t('Open'),
    arguments: [
      vscode.Uri.parse(place.uri),
      { selection: new vscode.Range(line - 1, column - 1, line - 1, column - 1) },
    ],
  };
}

function whereText(crossBorder: boolean | null): string | undefined {
  if (crossBorder === true) return vscode.l10n.t('abroad');
  if (crossBorder === false) return vscode.l10n.t('mainland China');
  return undefined;
}

/**
 * The "Data map" tree: category → sink (kind and recipient, where it is) → the places in the
 * code. Reading it the first time builds the workspace index it shares with the PI inventory;
 * afterwards it redraws when the index changes. Clicking a sink or a place opens the sink.
 */
export class DataMapTreeProvider implements vscode.TreeDataProvider<DataMapNode>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<DataMapNode | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #index: InventoryIndex;
  readonly #locale: () => Locale;
  readonly #flowsOn: () => boolean;
  readonly #subscription: vscode.Disposable;
  #categories: DataMapCategory[] = [];
  /** Set after creation so the summary line can be shown as the view's message. */
  view: vscode.TreeView<DataMapNode> | undefined;

  constructor(index: InventoryIndex, locale: () => Locale, flowsOn: () => boolean) {
    this.#index = index;
    this.#locale = locale;
    this.#flowsOn = flowsOn;
    this.#subscription = index.onDidChange(() => {
      this.#regroup();
      this.#changed.fire(undefined);
    });
  }

  /** The current grouping (after the first build); tests read it. */
  get categories(): readonly DataMapCategory[] {
    return this.#categories;
  }

  #regroup(): void {
    const files = this.#index.flowFiles();
    this.#categories = groupDataMap(files);
    if (this.view === undefined) return;
    const flows = files.reduce((n, f) => n + (f.flows?.length ?? 0), 0);
    const abroad = files.reduce(
      (n, f) => n + (f.flows?.filter((x) => x.crossBorder === true).length ?? 0),
      0,
    );
    this.view.message = !this.#flowsOn()
      ? vscode.l10n.t('Flows are off (pilens.severity.flows).')
      : flows === 0
        ? vscode.l10n.t('No personal information reaches a sink in {0} files.', this.#index.fileCount)
        : vscode.l10n.t('{0} flows to sinks, {1} of them abroad.', flows, abroad);
  }

  async getChildren(node?: DataMapNode): Promise<DataMapNode[]> {
    if (node === undefined) {
      if (!this.#index.loaded) {
        await vscode.window.withProgress({ location: { viewId: DATA_MAP_VIEW_ID } }, () =>
          this.#index.ready(),
        );
        this.#regroup();
      }
      return this.#categories.map((category) => ({ kind: 'category', category }));
    }
    if (node.kind === 'category')
      return node.category.sinks.map((sink) => ({ kind: 'sink', category: node.category.category, sink }));
    if (node.kind === 'sink')
      return node.sink.places.map((place) => ({ kind: 'place', category: node.category, place }));
    return [];
  }

  getTreeItem(node: DataMapNode): vscode.TreeItem {
    const locale = this.#locale();
    switch (node.kind) {
      case 'category': {
        const { category, flowCount, sinks } = node.category;
        const label = categoryLabel(category);
        const item = new vscode.TreeItem(label[locale], vscode.TreeItemCollapsibleState.Expanded);
        item.id = `dataMap:${category}`;
        item.description = vscode.l10n.t('{0} flows to {1} sinks', flowCount, sinks.length);
        item.tooltip = `${label.zh} ${label.en} (${category})`;
        const cls = node.category.class;
        item.iconPath = new vscode.ThemeIcon(
          'shield',
          cls === null ? undefined : new vscode.ThemeColor(CLASS_COLOUR[cls]),
        );
        item.contextValue = 'pilens.dataMap.category';
        return item;
      }
      case 'sink': {
        const { sink } = node;
        const meaning = kindMeaning(sink.kind);
        const item = new vscode.TreeItem(
          `${meaning.label[locale]}: ${sink.recipient}`,
          vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `dataMap:${node.category}:${sink.kind}:${sink.recipient}:${String(sink.crossBorder)}`;
        const where = whereText(sink.crossBorder);
        item.description = [
          ...(where !== undefined ? [where] : []),
          vscode.l10n.t('{0} places', sink.places.length),
          ...(sink.masked > 0 ? [vscode.l10n.t('{0} masked', sink.masked)] : []),
        ].join(' · ');
        item.tooltip = meaning.meaning[locale];
        item.iconPath = new vscode.ThemeIcon(
          sink.crossBorder === true ? 'globe' : KIND_ICON[sink.kind],
          sink.crossBorder === true ? new vscode.ThemeColor('problemsErrorIcon.foreground') : undefined,
        );
        item.contextValue = 'pilens.dataMap.sink';
        const first = sink.places[0];
        if (first !== undefined) item.command = openCommand(first);
        return item;
      }
      case 'place': {
        const { flow } = node.place;
        const item = new vscode.TreeItem(
          `${flow.file}:${String(flow.line)}`,
          vscode.TreeItemCollapsibleState.None,
        );
        item.id = `dataMap:${node.category}:${node.place.uri}:${String(flow.line)}:${String(flow.column)}`;
        item.description = flow.deidentified
          ? `${flow.sink.callee} · ${vscode.l10n.t('masked, still personal information')}`
          : flow.confidence === 'low'
            ? `${flow.sink.callee} · ${vscode.l10n.t('only keys to a person or order numbers')}`
            : flow.sink.callee;
        // The path in words, names only (Markdown: the names are code spans).
        item.tooltip = new vscode.MarkdownString(
          flow.path
            .map((s) => `${vscode.l10n.t('line {0}', s.line)}: ${stepText(s.label, locale)}`)
            .join('  \n'),
        );
        item.iconPath = new vscode.ThemeIcon('arrow-right');
        item.contextValue = 'pilens.dataMap.place';
        item.command = openCommand(node.place);
        return item;
      }
    }
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changed.dispose();
  }
}
