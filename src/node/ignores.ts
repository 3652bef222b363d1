/**
 * The `.pilens.json` `ignores` as a walker exclusion, shared by `pilens scan` and the editor's
 * inventory so both hosts leave out the same files.
 */
import { relative, sep } from 'node:path';
import { matchGlob } from '../core/config/glob.js';
import type { WalkOptions } from './walk.js';

/** Excludes what `globs` (relative to `base`, the config's folder) cover; paths outside `base` pass. */
export function ignoresExcluder(base: string, globs: readonly string[]): NonNullable<WalkOptions['exclude']> {
  if (globs.length === 0) return () => false;
  return (absPath, isDir) => {
    const rel = relative(base, absPath).split(sep).join('/');
    if (rel === '' || rel.startsWith('../')) return false;
    // A directory is excluded when the glob covers everything below it (`vendor/`, `gen/**`).
    const subject = isDir ? `${rel}/` : rel;
    return globs.some((g) => matchGlob(g, subject));
  };
}
