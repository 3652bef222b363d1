/**
 * Expanding the inputs: files as given, folders walked for files of a known dataset format, and
 * quoted glob patterns (`'exports/2024-*.csv'`, `'lake/**\/*.parquet'`) expanded here, so both
 * engines read the same files whatever the shell did.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { formatFromName } from './formats.js';
import { describeInputError, InputError } from './inputError.js';

/** The dataset files found, and the folders that could not be listed (each with its one-line reason). */
export interface ExpandedInputs {
  readonly files: string[];
  readonly unreadable: { readonly folder: string; readonly reason: string }[];
}

type ListDir = (dir: string) => Promise<Dirent[]>;
const listDir: ListDir = (dir) => fs.readdir(dir, { withFileTypes: true });

/**
 * Dataset files under the given paths, folders walked recursively (hidden entries skipped),
 * sorted. A subfolder that cannot be listed (no permission) is reported, not fatal: the rest is
 * still counted. A path that does not exist but is a glob pattern is expanded (hidden entries
 * skipped, matched files of a dataset format, matched folders walked, in sorted order); a
 * pattern matching nothing, or a path given explicitly that does not exist, rejects.
 */
export async function expandInputs(
  paths: readonly string[],
  list: ListDir = listDir,
): Promise<ExpandedInputs> {
  const files: string[] = [];
  const unreadable: { folder: string; reason: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await list(dir);
    } catch (e) {
      unreadable.push({ folder: dir, reason: `folder not read: ${describeInputError(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && formatFromName(e.name).format !== null) files.push(full);
    }
  };
  for (const p of paths) {
    const stat = await fs.stat(p).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || !isDynamicPattern(globOf(p))) throw e;
      return undefined;
    });
    if (stat === undefined) {
      const matched = await globMatches(p);
      for (const m of matched) {
        if (m.folder) await walk(m.path);
        else if (formatFromName(m.path).format !== null) files.push(m.path);
      }
    } else if (stat.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, unreadable };
}

/** A path as a glob pattern: patterns take forward slashes (a Windows path's backslashes are separators). */
const globOf = (p: string): string => (path.sep === '\\' ? p.split(path.sep).join('/') : p);

/** Files and folders matching a pattern, sorted; none rejects with the pattern named. */
async function globMatches(pattern: string): Promise<{ path: string; folder: boolean }[]> {
  const matched = await glob(globOf(pattern), {
    absolute: true,
    onlyFiles: false,
    expandDirectories: false,
    dot: false,
  });
  if (matched.length === 0) throw new InputError(`${pattern}: no file or folder matches this pattern`);
  // Folders come back with a trailing slash.
  return matched.sort().map((m) => ({ path: path.resolve(m), folder: m.endsWith('/') }));
}
