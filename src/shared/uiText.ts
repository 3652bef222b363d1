/**
 * The extension's own strings in the language `pilens.display.language` chose, free of `vscode`
 * so the renderers using it are unit-tested in both languages. English is the message itself;
 * Chinese comes from the same bundle VS Code's `l10n.t` reads (l10n/bundle.l10n.zh-cn.json),
 * so one translation serves both and the l10n test checks every message used here too.
 */
import zhBundle from '../../l10n/bundle.l10n.zh-cn.json';
import type { Locale } from '../core/law/index.js';

const ZH: Readonly<Record<string, string>> = zhBundle;

/** A translator with `vscode.l10n.t`'s shape: `{0}`, `{1}`… are replaced by the arguments. */
export interface UiText {
  readonly locale: Locale;
  t(message: string, ...args: readonly (string | number)[]): string;
}

function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, k: string) => {
    const value = args[Number(k)];
    return value === undefined ? whole : String(value);
  });
}

/** The translator for `locale`; a message missing from the bundle stays English (a test forbids that). */
export function uiText(locale: Locale): UiText {
  return {
    locale,
    t: (message, ...args) => format(locale === 'zh' ? (ZH[message] ?? message) : message, args),
  };
}
