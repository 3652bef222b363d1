import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import {
  parseWebviewMessage,
  type ExportFormat,
  type ReportViewModel,
  type ToWebviewMessage,
} from '../../shared/reportMessages.js';
import { messageOf } from '../../core/errors.js';

export interface ReportActions {
  export(format: ExportFormat): Promise<void>;
  changeMapping(): Promise<void>;
  changeAnswers(): Promise<void>;
}

const VIEW_TYPE = 'pilens.report';

/**
 * The report webview: one panel, reused for every estimate. Scripts and styles come from
 * `media/` only, under a CSP with a fresh nonce per page; the page draws the typed view model
 * with `textContent`, so dataset-derived text (column names, file names) can never become markup.
 */
export class ReportPanel implements vscode.Disposable {
  static #current: ReportPanel | undefined;
  readonly #panel: vscode.WebviewPanel;
  readonly #disposables: vscode.Disposable[] = [];
  #model: ReportViewModel;
  #actions: ReportActions;

  /** Shows `model` in the report panel, creating it or bringing it to the front. */
  static show(extensionUri: vscode.Uri, model: ReportViewModel, actions: ReportActions): ReportPanel {
    const current = ReportPanel.#current;
    if (current !== undefined) {
      current.#update(model, actions);
      current.#panel.reveal(current.#panel.viewColumn ?? vscode.ViewColumn.Active, false);
      return current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, model.title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
      retainContextWhenHidden: false,
    });
    ReportPanel.#current = new ReportPanel(panel, extensionUri, model, actions);
    return ReportPanel.#current;
  }

  /** The open panel, if any (tests read it). */
  static get current(): ReportPanel | undefined {
    return ReportPanel.#current;
  }

  private constructor(
    panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    model: ReportViewModel,
    actions: ReportActions,
  ) {
    this.#panel = panel;
    this.#model = model;
    this.#actions = actions;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
    panel.webview.html = reportHtml(panel.webview, extensionUri, vscode.env.language);
    this.#disposables.push(
      panel.onDidDispose(() => {
        this.dispose();
      }),
      panel.webview.onDidReceiveMessage((raw: unknown) => void this.#onMessage(raw)),
    );
  }

  get model(): ReportViewModel {
    return this.#model;
  }

  #update(model: ReportViewModel, actions: ReportActions): void {
    this.#model = model;
    this.#actions = actions;
    this.#panel.title = model.title;
    this.#post();
  }

  #post(): void {
    const message: ToWebviewMessage = { type: 'report', model: this.#model };
    void this.#panel.webview.postMessage(message);
  }

  async #onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (message === undefined) return;
    try {
      switch (message.type) {
        case 'ready':
          this.#post();
          return;
        case 'export':
          await this.#actions.export(message.format);
          return;
        case 'changeMapping':
          await this.#actions.changeMapping();
          return;
        case 'changeAnswers':
          await this.#actions.changeAnswers();
          return;
      }
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('PI Lens: {0}', messageOf(error)));
    }
  }

  dispose(): void {
    if (ReportPanel.#current === this) ReportPanel.#current = undefined;
    this.#panel.dispose();
    for (const d of this.#disposables) d.dispose();
    this.#disposables.length = 0;
  }
}

/** The page: no inline script or style; the nonce changes with every page. */
export function reportHtml(webview: vscode.Webview, extensionUri: vscode.Uri, language: string): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'report.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'report.css'));
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource};`;
  const lang = language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>PI Lens report</title>
</head>
<body>
<main id="report" aria-live="polite"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
