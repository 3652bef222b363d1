/** Expanding the inputs: files as given, folders walked for files of a known dataset format. */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { formatFromName } from './formats.js';
import { describeInputError } from './inputError.js';

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
 * still counted. A path given explicitly that does not exist still rejects.
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
    const stat = await fs.stat(p);
    if (stat.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, unreadable };
}
