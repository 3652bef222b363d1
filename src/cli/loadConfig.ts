/**
 * Finds and validates `.pilens.json`: `--config F`, else the one in the cwd, else the one at
 * the repository root. An invalid file is a usage error (exit 2) with a one-line reason that
 * names the line and column.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseConfig } from '../core/config/parse.js';
import type { PilensConfig } from '../core/config/schema.js';
import { LineIndex } from '../core/text/lines.js';
import { ignoresExcluder } from '../node/ignores.js';
import { findRepoRoot } from '../node/walk.js';
import { UsageError } from './io.js';
import { readUserFile } from './userFile.js';

export const CONFIG_FILE_NAME = '.pilens.json';

export interface LoadedConfig {
  /** Absolute path of the file read, if any. */
  readonly path?: string;
  readonly config?: PilensConfig;
  /** The directory paths are relative to for the core (the config's, else the cwd). */
  readonly base: string;
  /** The config's `ignores`, applied relative to the config's directory. */
  readonly exclude: (absPath: string, isDir: boolean) => boolean;
}

function locate(cwd: string, explicit: string | undefined): string | undefined {
  if (explicit !== undefined) return resolve(cwd, explicit);
  const here = join(cwd, CONFIG_FILE_NAME);
  if (existsSync(here)) return here;
  const root = findRepoRoot(cwd);
  const atRoot = root === undefined ? undefined : join(root, CONFIG_FILE_NAME);
  return atRoot !== undefined && existsSync(atRoot) ? atRoot : undefined;
}

export function loadConfig(cwd: string, explicit: string | undefined): LoadedConfig {
  const path = locate(cwd, explicit);
  if (path === undefined) return { base: cwd, exclude: () => false };
  const shown = relative(cwd, path) || path;
  const text = readUserFile(path, shown, 'config');
  const parsed = parseConfig(text);
  if (!parsed.ok) {
    const [first, ...more] = parsed.errors;
    const at = new LineIndex(text).positionAt(first?.offset ?? 0);
    const extra = more.length > 0 ? ` (and ${more.length} more)` : '';
    throw new UsageError(
      `invalid config ${shown}:${at.line + 1}:${at.character + 1}: ${first?.message ?? 'invalid'}${extra}`,
    );
  }
  return {
    path,
    base: dirname(path),
    config: parsed.config,
    exclude: ignoresExcluder(dirname(path), parsed.config.ignores ?? []),
  };
}
