import * as vscode from 'vscode';
import { toReportedFindings } from '../core/report/toReportedFindings.js';
import { BASELINE_FILE_NAME, matchBaseline, parseBaseline, type Baseline } from '../core/review/baseline.js';
import type { Finding } from '../core/types.js';
import { NearestFiles } from './nearestFiles.js';
import { relativeTo } from '../shared/paths.js';

interface Matched {
  /** The store's version when matched: a changed baseline file makes it stale. */
  readonly version: number;
  readonly baselined: ReadonlySet<Finding>;
}

const EMPTY: ReadonlySet<Finding> = new Set();

/** Key that identifies a finding across the core and reported shapes (1-based, as reports count). */
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
  readonly #files: NearestFiles<Baseline>;
  /** Keyed by the scan's findings array: a new scan (new objects) is matched afresh. */
  readonly #matched = new WeakMap<readonly Finding[], Matched>();
  /** Fires when a baseline file was created, changed or deleted: diagnostics rescan. */
  readonly onDidChange: vscode.Event<void>;
  readonly ready: Promise<void>;

  constructor(log: vscode.LogOutputChannel) {
    this.#files = new NearestFiles<Baseline>({
      fileName: BASELINE_FILE_NAME,
      log,
      parse: (uri, text) => {
        const parsed = parseBaseline(text);
        if (parsed.ok) return parsed.baseline;
        log.warn(`${uri.toString(true)} is not a valid baseline and is ignored: ${parsed.error}`);
        return undefined;
      },
    });
    this.onDidChange = this.#files.onDidChange;
    this.ready = this.#files.ready;
  }

  /**
   * The findings of `document` covered by its baseline. `findings` must be the document's
   * full scan (fingerprints number identical lines in document order).
   */
  baselined(document: vscode.TextDocument, findings: readonly Finding[]): ReadonlySet<Finding> {
    if (this.#files.size === 0 || findings.length === 0) return EMPTY;
    const version = this.#files.version;
    const cached = this.#matched.get(findings);
    if (cached?.version === version) return cached.baselined;
    const baselined = this.#match(document, findings);
    this.#matched.set(findings, { version, baselined });
    return baselined;
  }

  #match(document: vscode.TextDocument, findings: readonly Finding[]): ReadonlySet<Finding> {
    const applies = this.#files.nearest(document.uri.path);
    if (applies === undefined) return EMPTY;
    const file = relativeTo(applies.folderPath, document.uri.path);
    if (file === undefined) return EMPTY;
    const entries = applies.value.entries.filter((e) => e.file === file);
    if (entries.length === 0) return EMPTY;
    const byPosition = new Map<string, Finding>();
    for (const f of findings)
      byPosition.set(
        positionKey(f.range.start.line + 1, f.range.start.character + 1, f.category, f.field),
        f,
      );
    const candidates = toReportedFindings(file, document.getText(), findings);
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

  dispose(): void {
    this.#files.dispose();
  }
}
