/**
 * Finds and validates `.pilens.json`: `--config F`, else the one in the cwd, else the one at
 * the repository root. An invalid file is a usage error (exit 2) with a one-line reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findRepoRoot } from '../node/walk.js';
import { UsageError } from './io.js';

export const CONFIG_FILE_NAME = '.pilens.json';

export interface LoadedConfig {
  /** Absolute path of the file read, if any. */
  readonly path?: string;
  /** The validated config, passed to `scanText` as `options.config`. */
  readonly config?: unknown;
  /** Gitignore-style patterns, relative to the config's directory. */
  readonly ignorePatterns: readonly string[];
  readonly ignoreBase: string;
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
  if (path === undefined) return { ignorePatterns: [], ignoreBase: cwd };
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const parsed = parseConfigText(text);
  if (!parsed.ok) throw new UsageError(`invalid config ${shown}: ${parsed.error}`);
  return { path, config: parsed.config, ignorePatterns: parsed.ignore, ignoreBase: dirname(path) };
}

type Parsed = { ok: true; config: unknown; ignore: string[] } | { ok: false; error: string };

// PROVISIONAL until src/core/config's parseConfig lands: JSON syntax and an object at the top.
function parseConfigText(text: string): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'the top level must be an object' };
  const ignore = (raw as { ignore?: unknown }).ignore;
  return { ok: true, config: raw, ignore: Array.isArray(ignore) ? ignore.filter((x): x is string => typeof x === 'string') : [] };
}
