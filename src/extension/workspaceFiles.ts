/**
 * Which workspace files the inventory and the workspace's links read: files of the languages pilens scans, minus
 * `files.exclude`, `search.exclude` and `pilens.exclude` (through `findFiles`), minus what
 * `.gitignore` and the `.pilens.json` ignores exclude (through the CLI's walker, so the editor
 * and `pilens scan` agree on the file set).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { alwaysReadExtensions, extensionsOfLanguages } from '../core/scan/languages.js';
import { ignoresExcluder } from '../node/ignores.js';
import { walkFiles } from '../node/walk.js';
import type { ConfigStore } from './config.js';
import type { Settings } from './settings.js';

/**
 * The file extensions (lower case, no dot) the editor reads with these languages enabled: the
 * languages' own, and the always-read ones it reads even when they open as plain text.
 */
export function languageExtensions(languages: readonly string[]): Set<string> {
  const exts = new Set<string>();
  for (const ext of [...extensionsOfLanguages(languages), ...alwaysReadExtensions()]) exts.add(ext.slice(1));
  return exts;
}

/** The glob of files to list for the enabled languages, or undefined when none is enabled. */
export function includeGlob(languages: readonly string[]): string | undefined {
  const exts = languageExtensions(languages);
  if (exts.size === 0) return undefined;
  return `**/*.{${[...exts].sort().join(',')}}`;
}

/** Patterns whose value is `true` in an exclude setting (`{ "**\/x": true }`). */
function enabledPatterns(setting: unknown): string[] {
  if (setting === null || typeof setting !== 'object') return [];
  return Object.entries(setting as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([pattern]) => pattern);
}

/**
 * One exclude glob from `files.exclude`, `search.exclude` and `pilens.exclude`. Passing an
 * exclude to `findFiles` replaces its default (`files.exclude`), so all three are combined.
 */
export function excludeGlob(
  folder: vscode.WorkspaceFolder,
  pilensExclude: readonly string[],
): string | undefined {
  const patterns = new Set<string>([
    ...enabledPatterns(vscode.workspace.getConfiguration('files', folder).get('exclude')),
    ...enabledPatterns(vscode.workspace.getConfiguration('search', folder).get('exclude')),
    ...pilensExclude,
  ]);
  // Globs with braces cannot nest inside `{a,b}`; findFiles would reject the whole exclude.
  const usable = [...patterns].filter((p) => !p.includes('{') && !p.includes(','));
  return usable.length === 0 ? undefined : `{${usable.join(',')}}`;
}

/** `.pilens.json`'s `ignores` patterns from the config that applies to the folder. */
export function configIgnores(config: unknown): string[] {
  if (config === null || typeof config !== 'object') return [];
  const ignores = (config as { ignores?: unknown }).ignores;
  return Array.isArray(ignores) ? ignores.filter((x): x is string => typeof x === 'string') : [];
}

export interface FileSetOptions {
  readonly languages: readonly string[];
  readonly exclude: readonly string[];
  /** The `.pilens.json` ignore patterns, relative to the folder. */
  readonly ignores: readonly string[];
  readonly maxFiles: number;
}

/** The files of `folder` the inventory scans, by URI string. */
export async function listFolderFiles(
  folder: vscode.WorkspaceFolder,
  options: FileSetOptions,
  token?: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  const include = includeGlob(options.languages);
  if (include === undefined) return [];
  const found = await vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, include),
    excludeGlob(folder, options.exclude),
    options.maxFiles,
    token,
  );
  if (folder.uri.scheme !== 'file') return found;
  const allowed = await notIgnored(folder.uri.fsPath, options.ignores);
  return found.filter((uri) => allowed.has(path.resolve(uri.fsPath)));
}

/**
 * Whether one file passes the same language and exclude filters as `listFolderFiles`: a
 * `findFiles` for exactly that file, so the exclude settings are applied by VS Code itself.
 */
export async function matchesFileSet(
  folder: vscode.WorkspaceFolder,
  uri: vscode.Uri,
  options: FileSetOptions,
): Promise<boolean> {
  const include = includeGlob(options.languages);
  const name = path.posix.basename(uri.path);
  if (
    include === undefined ||
    !languageExtensions(options.languages).has(path.posix.extname(name).slice(1).toLowerCase())
  )
    return false;
  // A name with glob characters cannot be matched literally; the extension check above has to do.
  if (/[[\]{}*?]/.test(name)) return true;
  const relative = path.posix.relative(folder.uri.path, uri.path);
  const found = await vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, relative),
    excludeGlob(folder, options.exclude),
    1,
  );
  return found.length > 0;
}

/** Absolute paths under `root` that `.gitignore` files and `ignores` leave in. */
export async function notIgnored(root: string, ignores: readonly string[]): Promise<Set<string>> {
  const walked = await walkFiles([root], { cwd: root, exclude: ignoresExcluder(root, ignores) });
  return new Set(walked.files.map((f) => path.resolve(f.absPath)));
}

/**
 * Whether one file (a newly created one) is left in by `.gitignore` and `ignores`. The walk
 * starts at the folder's root, as the full listing does, so every `.gitignore` from there down
 * applies (outside a repository a walk from the file's own directory would not read its
 * parents'); it descends only along the file's path.
 */
export async function isFileIncluded(
  folderRoot: string,
  file: string,
  ignores: readonly string[],
): Promise<boolean> {
  const target = path.resolve(file);
  const ignored = ignoresExcluder(folderRoot, ignores);
  const walked = await walkFiles([folderRoot], {
    cwd: folderRoot,
    exclude: (absPath, isDir) => {
      const abs = path.resolve(absPath);
      const onPath = isDir ? target.startsWith(abs + path.sep) : abs === target;
      return !onPath || ignored(absPath, isDir);
    },
  });
  return walked.files.some((f) => path.resolve(f.absPath) === target);
}

/** The editor stops listing files here; a workspace that large wants `pilens scan`. */
export const MAX_WORKSPACE_FILES = 20_000;

/** What listing the workspace's files reads: the settings and the folders' configs. */
export interface ListingDeps {
  readonly settings: Settings;
  readonly configs: ConfigStore;
  readonly log: vscode.LogOutputChannel;
}

/**
 * The files of every workspace folder pilens reads (the inventory, the workspace's links): a
 * folder whose listing fails is logged and left out.
 */
export async function listWorkspaceFiles(deps: ListingDeps): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  const settings = deps.settings.current;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const ignores = configIgnores(deps.configs.configFor(vscode.Uri.joinPath(folder.uri, '.pilens.json')));
      const options = {
        languages: settings.languages,
        exclude: settings.exclude,
        ignores,
        maxFiles: MAX_WORKSPACE_FILES,
      };
      uris.push(...(await listFolderFiles(folder, options)));
    } catch (error) {
      deps.log.error(`Listing files of ${folder.name} failed`, error);
    }
  }
  return uris;
}

/**
 * Whether a file not listed before (a creation or a rename target) belongs with the listed
 * ones: the same language, exclude and ignore filters, for that file alone.
 */
export async function joinsWorkspaceFiles(uri: vscode.Uri, deps: ListingDeps): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder === undefined) return false;
  const settings = deps.settings.current;
  const ignores = configIgnores(deps.configs.configFor(uri));
  const options = { languages: settings.languages, exclude: settings.exclude, ignores, maxFiles: 1 };
  return (
    (await matchesFileSet(folder, uri, options)) &&
    (await isFileIncluded(folder.uri.fsPath, uri.fsPath, ignores))
  );
}
