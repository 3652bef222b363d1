import * as vscode from 'vscode';
import type { Locale } from '../core/law/schema.js';
import { parseSettings, type PilensSettings } from '../shared/settingsSchema.js';

/**
 * The one place settings are read. Values are parsed once and re-read only when a `pilens`
 * setting changes; listeners then rescan.
 */
export class Settings implements vscode.Disposable {
  #current: PilensSettings;
  readonly #changed = new vscode.EventEmitter<PilensSettings>();
  readonly #subscription: vscode.Disposable;
  readonly onDidChange = this.#changed.event;

  constructor() {
    this.#current = Settings.#read();
    this.#subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('pilens')) return;
      this.#current = Settings.#read();
      this.#changed.fire(this.#current);
    });
  }

  get current(): PilensSettings {
    return this.#current;
  }

  /** `zh` when hovers and messages should lead with Chinese. */
  get locale(): Locale {
    const chosen = this.#current.displayLanguage;
    if (chosen === 'zh-cn') return 'zh';
    if (chosen === 'en') return 'en';
    return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  static #read(): PilensSettings {
    const config = vscode.workspace.getConfiguration('pilens');
    return parseSettings((key) => config.get(key));
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changed.dispose();
  }
}
