import * as vscode from 'vscode';
import type { ContestedReading } from '../core/law/index.js';
import type { ReportedFlow } from '../core/report/flows.js';
import { scanText, type ScanMemo, type ScanResult, type WorkspaceContext } from '../core/scan/index.js';
import { documentFlows } from '../shared/shownFlows.js';
import { documentScanOptions } from '../shared/shownFindings.js';
import type { ConfigStore } from './config.js';
import { isScannable } from './documents.js';
import type { Settings } from './settings.js';
import type { WorkspaceLinks } from './workspaceLinks.js';

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  readonly result: ScanResult;
  /** Where its personal information goes (none when `pilens.severity.flows` is off). */
  readonly flows: readonly ReportedFlow[];
}

/** How much of a file's start is checked for NUL characters, the mark of a binary file. */
const BINARY_PROBE_CHARS = 8192;

/**
 * How many documents keep a scan memo (a syntax tree and a copy of the text, a few MB for a
 * 10,000-line file): the ones being edited; any other document re-parses in full once.
 */
const MAX_MEMOS = 8;

/**
 * Scans documents and caches the result by (uri, version), so diagnostics, hovers, code
 * actions and the status bar share one scan per edit. The flows of the same version are
 * analysed with it, on the scan's own tree, and cached beside it. Each scan reads the
 * workspace's links (`WorkspaceLinks`): a record keyed to a patient declared in another file
 * reads as a clinical record, as `pilens scan <folder>` reads it. `invalidate()` (settings or config
 * changed) makes every cached result stale without throwing the map away. The last scan's memo
 * of the most recently scanned documents is passed to the next scan, so an edit re-parses only
 * what changed; memos are dropped when a document closes.
 */
export class DocumentScanner implements vscode.Disposable {
  readonly #cache = new Map<string, CacheEntry>();
  /** By uri, least recently scanned first; at most MAX_MEMOS. */
  readonly #memos = new Map<string, ScanMemo>();
  /** Files already logged as skipped, so a huge file open all day logs once. */
  readonly #skipLogged = new Set<string>();
  readonly #settings: Settings;
  readonly #configs: ConfigStore;
  readonly #links: WorkspaceLinks;
  readonly #log: vscode.LogOutputChannel;
  readonly #closeSubscription: vscode.Disposable;
  #generation = 0;

  constructor(settings: Settings, configs: ConfigStore, links: WorkspaceLinks, log: vscode.LogOutputChannel) {
    this.#settings = settings;
    this.#configs = configs;
    this.#links = links;
    this.#log = log;
    this.#closeSubscription = vscode.workspace.onDidCloseTextDocument((d) => {
      this.forget(d.uri);
    });
  }

  /**
   * The contested reading for a document: `.pilens.json`'s when it sets one (the CLI in CI
   * reads the same file, so editor and CI agree), else the `pilens.law.contestedReading` setting.
   */
  readingFor(uri: vscode.Uri): ContestedReading {
    return this.#configs.configFor(uri)?.contestedReading ?? this.#settings.current.contestedReading;
  }

  /** Marks every cached scan stale (settings or `.pilens.json` changed). */
  invalidate(): void {
    this.#generation++;
  }

  forget(uri: vscode.Uri): void {
    this.#cache.delete(uri.toString());
    this.#memos.delete(uri.toString());
    this.#skipLogged.delete(uri.toString());
  }

  /** The cached scan of this exact version, without scanning. */
  peek(document: vscode.TextDocument): ScanResult | undefined {
    const entry = this.#cache.get(document.uri.toString());
    return entry?.version === document.version && entry.generation === this.#generation
      ? entry.result
      : undefined;
  }

  /** The findings of `document`, scanning if needed; undefined when it is not scanned at all. */
  scan(document: vscode.TextDocument): ScanResult | undefined {
    const settings = this.#settings.current;
    if (!isScannable(document, settings)) return undefined;
    const cached = this.peek(document);
    if (cached !== undefined) return cached;
    const text = document.getText();
    const key = document.uri.toString();
    if (!this.#withinLimits(document.uri, text, settings.maxFileSizeKb)) {
      this.#memos.delete(key);
      return undefined;
    }
    // The memo lives only in #memos (bounded), not in the cache of results.
    const scanned = this.#run(document, text, this.#memos.get(key));
    const flows = this.#flows(document, text, scanned);
    const { memo, ...result } = scanned;
    this.#keepMemo(key, memo);
    this.#cache.set(key, { version: document.version, generation: this.#generation, result, flows });
    return result;
  }

  /** The flows of `document` (scanning if needed), positioned in it; none when not scanned. */
  flows(document: vscode.TextDocument): readonly ReportedFlow[] {
    if (this.scan(document) === undefined) return [];
    return this.#cache.get(document.uri.toString())?.flows ?? [];
  }

  #flows(document: vscode.TextDocument, text: string, scanned: ScanResult): readonly ReportedFlow[] {
    try {
      return documentFlows(text, this.#configs.sourcePathFor(document.uri), scanned, this.#settings.current);
    } catch (error) {
      this.#log.error(`Tracing flows in ${document.uri.toString(true)} failed`, error);
      return [];
    }
  }

  #keepMemo(key: string, memo: ScanMemo | undefined): void {
    this.#memos.delete(key);
    if (memo === undefined) return;
    this.#memos.set(key, memo);
    for (const oldest of this.#memos.keys()) {
      if (this.#memos.size <= MAX_MEMOS) break;
      this.#memos.delete(oldest);
    }
  }

  #withinLimits(uri: vscode.Uri, text: string, maxFileSizeKb: number): boolean {
    const key = uri.toString();
    let reason: string | undefined;
    if (text.length > maxFileSizeKb * 1024) reason = `larger than pilens.maxFileSizeKb (${maxFileSizeKb} KB)`;
    else if (text.slice(0, BINARY_PROBE_CHARS).includes('\u0000')) reason = 'binary content';
    if (reason === undefined) {
      this.#skipLogged.delete(key);
      return true;
    }
    if (!this.#skipLogged.has(key)) {
      this.#skipLogged.add(key);
      this.#log.info(`Skipped ${uri.toString(true)}: ${reason}`);
    }
    return false;
  }

  #run(document: vscode.TextDocument, text: string, previous: ScanMemo | undefined): ScanResult {
    const settings = this.#settings.current;
    const config = this.#configs.configFor(document.uri);
    try {
      const started = Date.now();
      const result = scanText(
        text,
        { path: this.#configs.sourcePathFor(document.uri), languageId: document.languageId },
        {
          ...documentScanOptions(settings, config, this.readingFor(document.uri), previous),
          // What other files' records say of this one's, as `pilens scan <folder>` reads it.
          ...withWorkspace(this.#links.current()),
        },
      );
      if (result.parseError !== undefined) {
        // The parse error itself may quote the file's contents, so only the fact is logged.
        this.#log.debug(
          `${document.uri.toString(true)}: ${result.extractor} could not parse it; generic scan used`,
        );
      }
      this.#log.trace(
        `Scanned ${document.uri.toString(true)} in ${Date.now() - started} ms: ${result.findings.length} findings`,
      );
      return result;
    } catch (error) {
      // A detector bug must never take the extension host down; report it and show nothing.
      this.#log.error(`Scanning ${document.uri.toString(true)} failed`, error);
      return { findings: [], extractor: 'error', suppressed: 0, directives: [] };
    }
  }

  dispose(): void {
    this.#closeSubscription.dispose();
    this.#cache.clear();
    this.#memos.clear();
  }
}

function withWorkspace(workspace: WorkspaceContext | undefined): { workspace?: WorkspaceContext } {
  return workspace === undefined ? {} : { workspace };
}
