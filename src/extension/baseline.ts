import * as vscode from 'vscode';
import { toCliFindings } from '../cli/scanFile.js';
import { BASELINE_FILE_NAME, matchBaseline, parseBaseline, type Baseline } from '../core/review/baseline.js';
import type { Finding } from '../core/types.js';
import { relativeTo } from './review/paths.js';

interface LoadedBaseline {
  /** URI path of the folder holding the file: entries are relative to it. */
  readonly folderPath: string;
  readonly baseline: Baseline;
}

interface Matched {
  readonly generation: number;
  readonly baselined: ReadonlySet<Finding>;
}

const EMPTY: ReadonlySet<Finding> = new Set();

/** Key that identifies a finding across the core and CLI shapes (1-based, as the CLI counts). */
function positionKey(line: number, column: number, category: string, field: string): string {
  return `${line}:${column}:${category}:${field}`;
}

/**
 * `.pilens-baseline.json` in the editor: the findings the CLI would call baselined, computed
 * with the CLI's fingerprints and matching (src/core/review), so the editor and CI agree.
 * The nearest baseline above a document applies; diff and review documents are matched by
 * their path too, so a reviewer sees the same hints. Within the editor, entries match findings
 * of their own file only (a renamed file keeps its baseline once `pilens baseline` re-runs).
 */
export class BaselineStore implements vscode.Disposable {
  readonly #baselines = new Map<string, LoadedBaseline>();
  /** Keyed by the scan's findings array: a new scan (new objects) is matched afresh. */
  readonly #matched = new WeakMap<readonly Finding[], Matched>();
  readonly #changed = new vscode.EventEmitter<void>();
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly #log: vscode.LogOutputChannel;
  #generation = 0;
  /** Fires when a baseline file was created, changed or deleted: diagnostics rescan. */
  readonly onDidChange = this.#changed.event;
  readonly ready: Promise<void>;

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${BASELINE_FILE_NAME}`);
    this.#disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.#load(uri)),
      watcher.onDidChange((uri) => void this.#load(uri)),
      watcher.onDidDelete((uri) => {
        this.#forget(uri);
      }),
      this.#changed,
    );
    this.ready = this.#loadAll();
  }

  /**
   * The findings of `document` covered by its baseline. `findings` must be the document's
   * full scan (fingerprints number identical lines in document order).
   */
  baselined(document: vscode.TextDocument, findings: readonly Finding[]): ReadonlySet<Finding> {
    if (this.#baselines.size === 0 || findings.length === 0) return EMPTY;
    const cached = this.#matched.get(findings);
    if (cached?.generation === this.#generation) return cached.baselined;
    const baselined = this.#match(document, findings);
    this.#matched.set(findings, { generation: this.#generation, baselined });
    return baselined;
  }

  #match(document: vscode.TextDocument, findings: readonly Finding[]): ReadonlySet<Finding> {
    const applies = this.#nearest(document.uri.path);
    if (applies === undefined) return EMPTY;
    const file = relativeTo(applies.folderPath, document.uri.path);
    if (file === undefined) return EMPTY;
    const entries = applies.baseline.entries.filter((e) => e.file === file);
    if (entries.length === 0) return EMPTY;
    const byPosition = new Map<string, Finding>();
    for (const f of findings)
      byPosition.set(
        positionKey(f.range.start.line + 1, f.range.start.character + 1, f.category, f.field),
        f,
      );
    const candidates = toCliFindings(file, document.getText(), findings);
    const match = matchBaseline(candidates, { version: 1, entries }, () => false);
    const out = new Set<Finding>();
    for (const { finding } of match.baselined) {
      const original = byPosition.get(
        positionKey(finding.line, finding.column, finding.category, finding.field),
      );
      if (original !== undefined) out.add(original);
    }
    return out;
  }

  #nearest(path: string): LoadedBaseline | undefined {
    let best: LoadedBaseline | undefined;
    for (const loaded of this.#baselines.values()) {
      if (relativeTo(loaded.folderPath, path) === undefined) continue;
      if (best === undefined || loaded.folderPath.length > best.folderPath.length) best = loaded;
    }
    return best;
  }

  async #loadAll(): Promise<void> {
    try {
      const found = await vscode.workspace.findFiles(`**/${BASELINE_FILE_NAME}`, '**/node_modules/**', 100);
      await Promise.all(found.map((uri) => this.#load(uri, false)));
      if (found.length > 0) this.#announce();
    } catch (error) {
      this.#log.error('Searching for .pilens-baseline.json failed', error);
    }
  }

  async #load(uri: vscode.Uri, announce = true): Promise<void> {
    try {
      const parsed = parseBaseline(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      if (!parsed.ok) {
        this.#log.warn(`${uri.toString(true)} is not a valid baseline and is ignored: ${parsed.error}`);
        this.#baselines.delete(uri.toString());
      } else {
        this.#baselines.set(uri.toString(), {
          folderPath: uri.path.slice(0, uri.path.lastIndexOf('/')),
          baseline: parsed.baseline,
        });
      }
    } catch (error) {
      this.#log.warn(`Could not read ${uri.toString(true)}`, error);
      this.#baselines.delete(uri.toString());
    }
    if (announce) this.#announce();
  }

  #forget(uri: vscode.Uri): void {
    if (this.#baselines.delete(uri.toString())) this.#announce();
  }

  #announce(): void {
    this.#generation++;
    this.#changed.fire();
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
