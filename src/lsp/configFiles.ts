/**
 * `.pilens.json` for the language server: the nearest one at or above a document's folder
 * applies, as in the extension. Reads are cached per folder and dropped when the client reports
 * a change (`workspace/didChangeWatchedFiles`) or when the server re-reads on its own (clients
 * without file watching), so an edit to the file takes effect without a restart.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PilensConfig } from '../core/config/schema.js';
import { readConfigText } from '../shared/configText.js';
import { readTextFile } from '../node/readText.js';

export const CONFIG_FILE_NAME = '.pilens.json';
/** The same cap the CLI puts on a config file. */
const CONFIG_MAX_BYTES = 1024 * 1024;

/** The config that applies to a document, and the folder its paths are relative to. */
export interface AppliedConfig {
  /** Absolute path of the governing file; undefined when none was found. */
  readonly path?: string;
  /** Undefined when no file applies or the file is invalid (defaults apply). */
  readonly config?: PilensConfig;
  /** Set when the file is invalid: one line naming the file, for the log. */
  readonly problem?: string;
}

export class ConfigFiles {
  /** By folder: the nearest config file at or above it (or none). */
  readonly #nearest = new Map<string, string | undefined>();
  /** By config file path: what it holds. */
  readonly #loaded = new Map<string, AppliedConfig>();

  /** The config governing the file at `filePath` (absolute, native separators). */
  forFile(filePath: string): AppliedConfig {
    const path = this.#find(dirname(filePath));
    if (path === undefined) return {};
    let loaded = this.#loaded.get(path);
    if (loaded === undefined) {
      loaded = load(path);
      this.#loaded.set(path, loaded);
    }
    return loaded;
  }

  /** Forgets everything read so far: the next scan reads the files again. */
  clear(): void {
    this.#nearest.clear();
    this.#loaded.clear();
  }

  #find(folder: string): string | undefined {
    const seen: string[] = [];
    let dir = folder;
    let found: string | undefined;
    for (;;) {
      if (this.#nearest.has(dir)) {
        found = this.#nearest.get(dir);
        break;
      }
      seen.push(dir);
      const candidate = join(dir, CONFIG_FILE_NAME);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const d of seen) this.#nearest.set(d, found);
    return found;
  }
}

function load(path: string): AppliedConfig {
  const read = readTextFile(path, CONFIG_MAX_BYTES);
  if (read.kind !== 'text')
    return {
      path,
      problem: `${path}: ${read.kind === 'error' ? read.message : read.reason}; defaults apply`,
    };
  // An editor user opened this workspace on purpose, as a CLI user runs the CLI in it.
  const result = readConfigText(read.text, true);
  if (result.problem !== undefined) {
    const { line, character } = result.problem.range.start;
    return {
      path,
      problem: `${path}:${line + 1}:${character + 1}: ${result.problem.message}; defaults apply`,
    };
  }
  return result.config === undefined ? { path } : { path, config: result.config };
}
