/**
 * Scans open documents for the server and caches the result by (uri, version, generation), so
 * diagnostics, hovers and code actions share one scan per edit. Files over
 * `pilens.maxFileSizeKb`, binary content and scanner failures give no findings and are logged
 * once by path, never by content. The flows of the same version are traced on the scan's own
 * tree when first asked for (after the fields are published: tracing can cost more than the
 * scan, a Lezer parse for Python) and cached beside it. The last memo of the few most recent documents goes to the
 * next scan of the same document, so an edit re-parses only what changed.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { matchGlob } from '../core/config/glob.js';
import type { ReportedFlow } from '../core/report/flows.js';
import { scanText, type ScanMemo, type ScanResult, type WorkspaceContext } from '../core/scan/index.js';
import { scanSourcePath } from '../shared/paths.js';
import type { PilensSettings } from '../shared/settingsSchema.js';
import { documentFlows, flowsTraced } from '../shared/shownFlows.js';
import { documentScanOptions } from '../shared/shownFindings.js';
import type { ConfigFiles } from './configFiles.js';
import type { LspWorkspaceLinks } from './workspaceLinks.js';

/** How much of a file's start is checked for NUL characters, the mark of a binary file. */
const BINARY_PROBE_CHARS = 8192;
/** Documents that keep a scan memo (a tree and a copy of the text): the ones being edited. */
const MAX_MEMOS = 8;

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  readonly result: ScanResult | undefined;
  /** Set once traced; until then `trace` holds what tracing needs (the scan with its tree). */
  flows?: readonly ReportedFlow[];
  trace?: (() => readonly ReportedFlow[]) | undefined;
}

export interface ScanLog {
  info(message: string): void;
  error(message: string): void;
}

export class DocumentScans {
  readonly #cache = new Map<string, CacheEntry>();
  readonly #memos = new Map<string, ScanMemo>();
  readonly #logged = new Set<string>();
  readonly #configs: ConfigFiles;
  readonly #log: ScanLog;
  #generation = 0;
  /** The workspace root's path: documents are scanned relative to it when no config applies. */
  root: string | undefined;
  /** The workspace's links (`workspaceLinks.ts`), when the server reads them. */
  links: LspWorkspaceLinks | undefined;

  constructor(configs: ConfigFiles, log: ScanLog) {
    this.#configs = configs;
    this.#log = log;
  }

  /** Marks every cached scan stale (settings or `.pilens.json` changed). */
  invalidate(): void {
    this.#generation++;
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
    this.#memos.delete(uri);
    this.#logged.delete(uri);
  }

  /** The path a file is scanned under: relative to its config's folder, else to the root. */
  sourcePathOf(path: string): string {
    const applied = this.#configs.forFile(path);
    return scanSourcePath(path, applied.path === undefined ? this.root : dirname(applied.path));
  }

  /** The contested reading for a document: its `.pilens.json`'s, else the setting. */
  readingFor(uri: string, settings: PilensSettings): PilensSettings['contestedReading'] {
    const path = filePath(uri);
    return (
      (path === undefined ? undefined : this.#configs.forFile(path).config?.contestedReading) ??
      settings.contestedReading
    );
  }

  /** The scan of this exact version of `document`; undefined when it is not scanned at all. */
  scan(document: TextDocument, settings: PilensSettings): ScanResult | undefined {
    return this.#entry(document, settings).result;
  }

  /** Where the personal information of this version of `document` goes; none when not scanned. */
  flows(document: TextDocument, settings: PilensSettings): readonly ReportedFlow[] {
    const entry = this.#entry(document, settings);
    if (entry.flows === undefined) {
      entry.flows = this.#traced(document.uri, entry.trace);
      entry.trace = undefined;
    }
    return entry.flows;
  }

  /** Whether this version's flows are known without tracing (cached, or none to trace). */
  flowsKnown(document: TextDocument, settings: PilensSettings): boolean {
    const entry = this.#entry(document, settings);
    return entry.flows !== undefined || entry.trace === undefined;
  }

  #traced(uri: string, trace: (() => readonly ReportedFlow[]) | undefined): readonly ReportedFlow[] {
    if (trace === undefined) return [];
    try {
      return trace();
    } catch (error) {
      this.#log.error(`Tracing flows in ${uri} failed (${error instanceof Error ? error.name : 'error'})`);
      return [];
    }
  }

  #entry(document: TextDocument, settings: PilensSettings): CacheEntry {
    const cached = this.#cache.get(document.uri);
    if (cached?.version === document.version && cached.generation === this.#generation) return cached;
    const entry: CacheEntry = {
      version: document.version,
      generation: this.#generation,
      ...this.#scan(document, settings),
    };
    this.#cache.set(document.uri, entry);
    return entry;
  }

  #scan(document: TextDocument, settings: PilensSettings): Pick<CacheEntry, 'result' | 'trace'> {
    const none = { result: undefined };
    if (!settings.enable) return none;
    const uri = document.uri;
    const path = filePath(uri);
    if (path?.endsWith('.pilens.json') === true) return none;
    const applied = path === undefined ? {} : this.#configs.forFile(path);
    if (applied.problem !== undefined) this.#once(`config ${applied.problem}`, applied.problem);
    const sourcePath = path === undefined ? uriPath(uri) : this.sourcePathOf(path);
    if (settings.exclude.some((glob) => matchGlob(glob, sourcePath))) return none;
    const text = document.getText();
    const skip =
      text.length > settings.maxFileSizeKb * 1024
        ? `larger than pilens.maxFileSizeKb (${settings.maxFileSizeKb} KB)`
        : text.slice(0, BINARY_PROBE_CHARS).includes('\u0000')
          ? 'binary content'
          : undefined;
    if (skip !== undefined) {
      this.#memos.delete(uri);
      this.#once(uri, `Skipped ${uri}: ${skip}`);
      return none;
    }
    this.#logged.delete(uri);
    const previous = this.#memos.get(uri);
    try {
      const scanned = scanText(
        text,
        { path: sourcePath, languageId: document.languageId },
        {
          ...documentScanOptions(
            settings,
            applied.config,
            applied.config?.contestedReading ?? settings.contestedReading,
            previous,
          ),
          // What other files' records say of this one's, as `pilens scan <folder>` reads it.
          ...withWorkspace(this.links?.current(this.root, settings)),
        },
      );
      const { memo, ...result } = scanned;
      this.#keepMemo(uri, memo);
      return {
        result,
        ...(flowsTraced(sourcePath, settings)
          ? { trace: () => documentFlows(text, sourcePath, scanned, settings) }
          : {}),
      };
    } catch (error) {
      // A detector bug must never take the server down; the message may quote the text, so
      // only the fact and the path are logged.
      this.#memos.delete(uri);
      this.#log.error(`Scanning ${uri} failed (${error instanceof Error ? error.name : 'error'})`);
      return none;
    }
  }

  #once(key: string, message: string): void {
    if (this.#logged.has(key)) return;
    this.#logged.add(key);
    this.#log.info(message);
  }

  #keepMemo(uri: string, memo: ScanMemo | undefined): void {
    this.#memos.delete(uri);
    if (memo === undefined) return;
    this.#memos.set(uri, memo);
    for (const oldest of this.#memos.keys()) {
      if (this.#memos.size <= MAX_MEMOS) break;
      this.#memos.delete(oldest);
    }
  }
}

/** The local path of a `file:` URI; undefined for `untitled:` and other schemes. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The path part of any other URI (`untitled:Untitled-1` → `Untitled-1`), for the extractor choice. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

function withWorkspace(workspace: WorkspaceContext | undefined): { workspace?: WorkspaceContext } {
  return workspace === undefined ? {} : { workspace };
}
