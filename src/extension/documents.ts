import * as vscode from 'vscode';
import { isAlwaysRead } from '../core/scan/languages.js';
import type { PilensSettings } from '../shared/settingsSchema.js';

/**
 * URI schemes pilens reads. Beyond files on disk and unsaved buffers, reviewers read code in
 * diff editors (`git`, `gitlens`), remote repositories (`vscode-vfs`) and pull-request views
 * (`pr`, `review` from GitHub Pull Requests), so findings must show there too.
 */
export const SCHEMES: readonly string[] = [
  'file',
  'untitled',
  'vscode-remote',
  'vscode-vfs',
  'git',
  'gitlens',
  'pr',
  'review',
];

/** Schemes whose documents pilens may edit (quick fixes). Diff and PR views are read-only. */
const EDITABLE_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** The selector hovers and code actions register for; eligibility is checked per document. */
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = SCHEMES.map((scheme) => ({ scheme }));

/** Whether `document` should be scanned under the current settings. */
export function isScannable(document: vscode.TextDocument, settings: PilensSettings): boolean {
  if (!settings.enable || !SCHEMES.includes(document.uri.scheme)) return false;
  const path = document.uri.path;
  if (path.endsWith('/.pilens.json')) return false;
  const known =
    settings.languages.includes(document.languageId) ||
    (document.languageId === 'plaintext' && isAlwaysRead(path));
  if (!known) return false;
  return !settings.exclude.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

/** Whether quick fixes may insert annotations into `document`. */
export function isEditable(document: vscode.TextDocument): boolean {
  const scheme = document.uri.scheme;
  return EDITABLE_SCHEMES.has(scheme) || vscode.workspace.fs.isWritableFileSystem(scheme) === true;
}

/** Diff sides, PR views and other documents that are not a file the user edits. */
export function isReadOnlyView(document: vscode.TextDocument): boolean {
  return !EDITABLE_SCHEMES.has(document.uri.scheme);
}

/**
 * Whether diagnostics should be published for `document`. Git opens a `git:` copy of every
 * file in the background for the gutter's change markers; publishing for those would list
 * each finding twice in the Problems panel. So read-only views get diagnostics only while a
 * tab (plain or either side of a diff) shows them; hovers work on them regardless.
 */
export function shouldPublish(document: vscode.TextDocument): boolean {
  if (!isReadOnlyView(document)) return true;
  const key = document.uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some(({ input }) => {
      if (input instanceof vscode.TabInputText) return input.uri.toString() === key;
      if (input instanceof vscode.TabInputTextDiff)
        return input.original.toString() === key || input.modified.toString() === key;
      return false;
    }),
  );
}
