import * as path from 'node:path';
import * as vscode from 'vscode';
import { categoryLabel } from '../../core/law/labels.js';
import { scanText } from '../../core/scan/index.js';
import { readTextFile } from '../../node/readText.js';
import { changedLinesSince, GitError } from '../../node/git.js';
import { COMMANDS } from '../commands.js';
import type { ConfigStore } from '../config.js';
import type { DocumentScanner } from '../documentScanner.js';
import { languageExtensions } from '../workspaceFiles.js';
import type { Settings } from '../settings.js';
import { listRefs, renamesSince, repositoryRoot } from './gitRefs.js';
import { refUri } from './refContentProvider.js';
import { findingsOnChangedLines, sortTouched, type TouchedField } from './touchedFields.js';
import { messageOf } from '../../core/errors.js';

export interface ReviewDeps {
  readonly settings: Settings;
  readonly configs: ConfigStore;
  readonly scanner: DocumentScanner;
  readonly log: vscode.LogOutputChannel;
}

/** Arguments for automation and tests: no prompts when `ref` is given and `pick` is false. */
interface ReviewArgs {
  readonly ref?: string;
  /** Repository folder (path or Uri); default: the repositories of the workspace folders. */
  readonly root?: string;
  readonly pick?: boolean;
  /** Opens the diff of the n-th touched field, as selecting it in the pick would. */
  readonly open?: number;
}

function parseArgs(raw: unknown): ReviewArgs {
  if (raw === null || typeof raw !== 'object') return {};
  const o = raw as Record<string, unknown>;
  const root = o.root instanceof vscode.Uri ? o.root.fsPath : typeof o.root === 'string' ? o.root : undefined;
  return {
    ...(typeof o.ref === 'string' ? { ref: o.ref } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(typeof o.pick === 'boolean' ? { pick: o.pick } : {}),
    ...(typeof o.open === 'number' ? { open: o.open } : {}),
  };
}

/**
 * "PI Lens: Review changes": pick a git ref, scan the files changed since it (working tree,
 * staged or not, and untracked files), list the PI fields on added or changed lines, and open
 * the diff at a field when it is picked. Resolves with the touched fields.
 */
export function registerReviewCommand(deps: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.reviewChanges, async (raw?: unknown) => {
    const args = parseArgs(raw);
    try {
      return await review(deps, args);
    } catch (error) {
      const message = messageOf(error);
      if (!(error instanceof GitError)) deps.log.error('Review changes failed', error);
      void vscode.window.showErrorMessage(vscode.l10n.t('PI Lens: review changes: {0}', message));
      if (args.ref !== undefined) throw error;
      return undefined;
    }
  });
}

async function roots(args: ReviewArgs): Promise<string[]> {
  if (args.root !== undefined) {
    const root = await repositoryRoot(args.root);
    if (root === undefined) throw new GitError(vscode.l10n.t('{0} is not in a git repository', args.root));
    return [root];
  }
  const found = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const root = await repositoryRoot(folder.uri.fsPath);
    if (root !== undefined) found.add(root);
  }
  if (found.size === 0) throw new GitError(vscode.l10n.t('no workspace folder is in a git repository'));
  return [...found];
}

async function review(deps: ReviewDeps, args: ReviewArgs): Promise<TouchedField[] | undefined> {
  const repos = await roots(args);
  const ref = args.ref ?? (await pickRef(repos[0] ?? ''));
  if (ref === undefined) return undefined;
  const touched = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Window,
      title: vscode.l10n.t('PI Lens: scanning changes since {0}', ref),
    },
    async () => (await Promise.all(repos.map((root) => touchedIn(deps, root, ref)))).flat(),
  );
  sortTouched(touched);
  if (args.open !== undefined) {
    const field = touched[args.open];
    if (field !== undefined) await openDiff(field, ref);
  }
  if (args.pick !== false) showTouched(touched, ref);
  return touched;
}

async function touchedIn(deps: ReviewDeps, root: string, ref: string): Promise<TouchedField[]> {
  const changed = await changedLinesSince(root, ref);
  const renames = await renamesSince(root, ref);
  const settings = deps.settings.current;
  const extensions = languageExtensions(settings.languages);
  const out: TouchedField[] = [];
  for (const [absPath, spans] of changed) {
    if (spans !== 'all' && spans.length === 0) continue; // a pure rename changes no line
    if (!extensions.has(path.extname(absPath).slice(1).toLowerCase())) continue;
    const uri = vscode.Uri.file(absPath);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text = open?.getText();
    if (text === undefined) {
      const read = readTextFile(absPath, settings.maxFileSizeKb * 1024);
      if (read.kind !== 'text') continue;
      text = read.text;
    }
    const file = path.relative(root, absPath).split(path.sep).join('/');
    const result = scanText(
      text,
      {
        path: deps.configs.sourcePathFor(uri),
        ...(open !== undefined ? { languageId: open.languageId } : {}),
      },
      {
        config: deps.configs.configFor(uri),
        // The editor's rule (config first, then the setting), so the review and the squiggles agree.
        contestedReading: deps.scanner.readingFor(uri),
        includeUsages: settings.severity.usages !== 'off',
      },
    );
    const oldFile = renames.get(file);
    for (const f of findingsOnChangedLines(result.findings, spans)) {
      out.push({
        root,
        file,
        ...(oldFile !== undefined ? { oldFile } : {}),
        field: f.field,
        ...(f.owner !== undefined ? { owner: f.owner } : {}),
        category: f.category,
        class: f.class,
        role: f.role,
        line: f.range.start.line,
        character: f.range.start.character,
        endLine: f.range.end.line,
        endCharacter: f.range.end.character,
      });
    }
  }
  return out;
}

async function pickRef(root: string): Promise<string | undefined> {
  const refs = await listRefs(root).catch(() => []);
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { ref: string }>();
  const fixed = [
    { label: 'HEAD', description: vscode.l10n.t('uncommitted changes'), ref: 'HEAD' },
    { label: 'HEAD~1', description: vscode.l10n.t('the last commit and uncommitted changes'), ref: 'HEAD~1' },
    ...refs.map((r) => ({
      label: r.name,
      description: r.kind,
      ...(r.subject !== undefined ? { detail: r.subject } : {}),
      ref: r.name,
    })),
  ];
  quickPick.items = fixed;
  quickPick.title = vscode.l10n.t('PI Lens: review changes since which git ref?');
  quickPick.placeholder = vscode.l10n.t('A branch, tag or commit; or type any ref');
  quickPick.onDidChangeValue((value) => {
    const typed = value.trim();
    const known = fixed.some((i) => i.ref === typed);
    quickPick.items =
      typed === '' || known
        ? fixed
        : [{ label: typed, description: vscode.l10n.t('typed ref'), ref: typed }, ...fixed];
  });
  return new Promise((resolve) => {
    let done = false;
    quickPick.onDidAccept(() => {
      done = true;
      resolve(quickPick.selectedItems[0]?.ref);
      quickPick.dispose();
    });
    quickPick.onDidHide(() => {
      if (!done) resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

function fieldRange(field: TouchedField): vscode.Range {
  return new vscode.Range(field.line, field.character, field.endLine, field.endCharacter);
}

async function openDiff(field: TouchedField, ref: string): Promise<void> {
  const right = vscode.Uri.file(path.join(field.root, ...field.file.split('/')));
  const left = refUri(field.root, ref, field.oldFile ?? field.file);
  const title = `${path.posix.basename(field.file)} (${ref} ↔ ${vscode.l10n.t('working tree')})`;
  await vscode.commands.executeCommand('vscode.diff', left, right, title, {
    selection: fieldRange(field),
    preview: true,
  });
}

function showTouched(touched: TouchedField[], ref: string): void {
  if (touched.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('PI Lens: no personal-information fields on lines changed since {0}.', ref),
    );
    return;
  }
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { field: TouchedField }>();
  quickPick.title = vscode.l10n.t('PI Lens: {0} PI fields touched since {1}', touched.length, ref);
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.ignoreFocusOut = true;
  quickPick.items = touched.map((field) => {
    const label = categoryLabel(field.category);
    return {
      label: `$(shield) ${field.owner !== undefined ? `${field.owner}.${field.field}` : field.field}`,
      description: `${label.zh} ${label.en} · ${vscode.l10n.t('class {0}', field.class)}${field.role === 'usage' ? ` · ${vscode.l10n.t('usage')}` : ''}`,
      detail: `${field.file}:${field.line + 1}`,
      field,
    };
  });
  // Picking opens the diff and keeps the list, so a reviewer can walk through every field.
  quickPick.onDidAccept(() => {
    const field = quickPick.selectedItems[0]?.field;
    if (field !== undefined) void openDiff(field, ref);
  });
  quickPick.onDidHide(() => {
    quickPick.dispose();
  });
  quickPick.show();
}
