/**
 * Lists the files a scan should read: directories are walked recursively honouring every
 * `.gitignore` on the way (and those of parent directories up to the repository root, plus
 * `.git/info/exclude`), the caller's exclusions (the `.pilens.json` `ignores`), and a few
 * directories nobody wants scanned. Files named explicitly are always listed. Binary and oversized files are
 * detected later, when read (see readText.ts). What cannot be read (a folder without permission,
 * a FIFO or a device named explicitly) and ignore files that are not honoured are reported,
 * never dropped in silence.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readTextFile } from './readText.js';

/** Never worth scanning, even without a `.gitignore` saying so. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

/** Extensions that are binary by definition: skipped without reading a byte. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico webp tif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war ear class ' +
    'so dll dylib exe bin o a lib obj wasm woff woff2 ttf otf eot mp3 mp4 mov avi mkv wav flac ' +
    'ogg webm pyc pyo parquet xlsx xls docx doc pptx ppt sqlite db vsix node'
  ).split(' '),
);

/** Whether the walk would never list this `/`-separated path (a skipped folder, a binary extension). */
export function skippedByName(relPath: string): boolean {
  const parts = relPath.split('/');
  if (parts.slice(0, -1).some((p) => ALWAYS_SKIPPED_DIRS.has(p))) return true;
  return hasBinaryExtension(parts[parts.length - 1] ?? '');
}

function hasBinaryExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

export interface WalkOptions {
  /** Paths are reported relative to this directory. */
  readonly cwd: string;
  /** Extra exclusions (the config's `ignores`); directories are asked once, before descending. */
  readonly exclude?: (absPath: string, isDir: boolean) => boolean;
}

export interface WalkedFile {
  readonly absPath: string;
  /** Relative to `cwd`, `/`-separated. */
  readonly relPath: string;
}

/** A path the walk could not use, relative to `cwd`, and why (an errno code or a phrase). */
export interface WalkProblem {
  readonly relPath: string;
  readonly reason: string;
}

export interface WalkResult {
  readonly files: WalkedFile[];
  /** Paths given that do not exist. */
  readonly missing: string[];
  /** Inputs that exist but could not be read: folders that cannot be listed, FIFOs, devices. */
  readonly unreadable: WalkProblem[];
  /** `.gitignore` / `.git/info/exclude` files not honoured (not a regular file, too large). */
  readonly ignoredRules: WalkProblem[];
}

/** A `.gitignore` is a few KB; a larger one is refused rather than read into memory. */
export const IGNORE_FILE_MAX_BYTES = 1024 * 1024;

interface IgnoreLayer {
  /** The directory the patterns are relative to. */
  readonly base: string;
  readonly rules: Ignore;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Where the walk reports what it could not use (absolute paths). */
interface Problems {
  readonly unreadable: { abs: string; reason: string }[];
  readonly ignoredRules: { abs: string; reason: string }[];
}

/** The text of an ignore file; a missing one is normal, anything else unreadable is reported. */
function readIgnoreFile(file: string, problems: Problems): string | undefined {
  const read = readTextFile(file, IGNORE_FILE_MAX_BYTES);
  if (read.kind === 'text') return read.text;
  if (read.kind === 'error' && (read.message === 'ENOENT' || read.message === 'ENOTDIR')) return undefined;
  const reason =
    read.kind === 'error'
      ? read.message
      : read.reason === 'binary'
        ? 'binary'
        : `larger than ${IGNORE_FILE_MAX_BYTES / 1024} KB`;
  problems.ignoredRules.push({ abs: file, reason });
  return undefined;
}

function isIgnored(layers: readonly IgnoreLayer[], absPath: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = toPosix(relative(layer.base, absPath));
    if (rel === '' || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** The nearest directory at or above `dir` holding `.git`, if any. */
export function findRepoRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** `.git/info/exclude` and the `.gitignore` files from the repository root down to `dir`'s parent. */
function ancestorLayers(dir: string, problems: Problems): IgnoreLayer[] {
  const root = findRepoRoot(dir);
  if (!root) return []; // not in a repository: parent .gitignore files do not apply
  const layers: IgnoreLayer[] = [];
  const exclude = readIgnoreFile(join(root, '.git', 'info', 'exclude'), problems);
  if (exclude) layers.push({ base: root, rules: ignore().add(exclude) });
  const chain: string[] = [];
  for (let d = dirname(dir); dir !== root && d.length >= root.length; d = dirname(d)) {
    chain.unshift(d);
    if (d === root) break;
  }
  for (const d of chain) {
    const text = readIgnoreFile(join(d, '.gitignore'), problems);
    if (text) layers.push({ base: d, rules: ignore().add(text) });
  }
  return layers;
}

type Exclude = (absPath: string, isDir: boolean) => boolean;

async function walkDir(
  dir: string,
  layers: IgnoreLayer[],
  exclude: Exclude,
  out: string[],
  problems: Problems,
): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // A folder we cannot list is input we did not read: say so (exit 2), never pass silently.
    problems.unreadable.push({ abs: dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    return;
  }
  const own = readIgnoreFile(join(dir, '.gitignore'), problems);
  const here = own ? [...layers, { base: dir, rules: ignore().add(own) }] : layers;
  const subdirs: Promise<void>[] = [];
  for (const entry of entries) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(here, abs, true) || exclude(abs, true)) continue;
      subdirs.push(walkDir(abs, here, exclude, out, problems));
    } else if (entry.isFile()) {
      if (hasBinaryExtension(entry.name)) continue;
      if (!isIgnored(here, abs, false) && !exclude(abs, false)) out.push(abs);
    }
  }
  await Promise.all(subdirs);
}

/** Lists the files under `paths` (default: the cwd), sorted by relative path. */
export async function walkFiles(paths: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const cwd = resolve(options.cwd);
  const exclude: Exclude = options.exclude ?? (() => false);
  const found: string[] = [];
  const missing: string[] = [];
  const problems: Problems = { unreadable: [], ignoredRules: [] };
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) missing.push(p);
    else if (info.isDirectory()) await walkDir(abs, ancestorLayers(abs, problems), exclude, found, problems);
    else if (info.isFile()) found.push(abs);
    else problems.unreadable.push({ abs, reason: 'not a regular file' });
  }
  const unique = [...new Set(found)];
  const rel = (absPath: string): string => toPosix(relative(cwd, absPath)) || '.';
  const files = unique.map((absPath) => ({ absPath, relPath: rel(absPath) }));
  files.sort(byRelPath);
  const listed = (list: { abs: string; reason: string }[]): WalkProblem[] =>
    [...new Map(list.map((p) => [p.abs, { relPath: rel(p.abs), reason: p.reason }])).values()].sort(
      byRelPath,
    );
  return {
    files,
    missing,
    unreadable: listed(problems.unreadable),
    ignoredRules: listed(problems.ignoredRules),
  };
}

function byRelPath(a: { relPath: string }, b: { relPath: string }): number {
  return a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0;
}
