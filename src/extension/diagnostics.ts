import * as vscode from 'vscode';
import type { Finding } from '../core/types.js';
import type { CategoryDocsLinks } from './categoryDocsLinks.js';
import type { ConfigStore } from './config.js';
import { toDiagnostic, toFlowDiagnostic } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';
import { isReadOnlyView, shouldPublish } from './documents.js';
import { diagnosticMessage } from '../shared/findingText.js';
import { flowDiagnosticMessage } from '../shared/flowText.js';
import { shownFlows } from '../shared/shownFlows.js';
import { shownFindings } from '../shared/shownFindings.js';
import type { Settings } from './settings.js';
import { levelAfterBaseline } from './review/baselinePolicy.js';
import { insertsDirectiveLine } from '../shared/acknowledged.js';

/** Which findings of a document `.pilens-baseline.json` covers (see baseline.ts). */
export interface BaselineLookup {
  baselined(document: vscode.TextDocument, findings: readonly Finding[]): ReadonlySet<Finding>;
}

/**
 * Schedules scans and publishes diagnostics: one debounce timer per document, a generation
 * per document so a run that finishes after a newer edit is dropped, and a cap per file so the
 * Problems panel never floods.
 */
export class DiagnosticsScheduler implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('pilens');
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #generations = new Map<string, number>();
  readonly #updated = new vscode.EventEmitter<vscode.Uri>();
  readonly #disposables: { dispose(): unknown }[] = [];
  readonly #scanner: DocumentScanner;
  readonly #settings: Settings;
  readonly #configs: ConfigStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #docs: CategoryDocsLinks;
  #baseline: BaselineLookup | undefined;
  /** Fires after a document's diagnostics were replaced (the status bar listens). */
  readonly onDidUpdate = this.#updated.event;

  constructor(
    scanner: DocumentScanner,
    settings: Settings,
    configs: ConfigStore,
    log: vscode.LogOutputChannel,
    docs: CategoryDocsLinks,
  ) {
    this.#docs = docs;
    this.#scanner = scanner;
    this.#settings = settings;
    this.#configs = configs;
    this.#log = log;
    this.#disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.schedule(d, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        // A quick fix or hover link inserting an annotation takes effect at once; typing waits.
        const directive = e.contentChanges.some((c) => insertsDirectiveLine(c.text));
        this.schedule(e.document, directive ? 0 : this.#settings.current.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.#clear(d.uri);
      }),
      // A diff or PR tab opening or closing changes which read-only documents are shown.
      vscode.window.tabGroups.onDidChangeTabs(() => {
        for (const document of vscode.workspace.textDocuments)
          if (isReadOnlyView(document)) this.schedule(document, 0);
      }),
      this.#collection,
      this.#updated,
    );
  }

  /** Baselined findings are then shown as hints or hidden (`pilens.baseline.mode`). */
  useBaseline(baseline: BaselineLookup): void {
    this.#baseline = baseline;
  }

  /** Scans every open document again (settings or config changed). */
  rescanAll(): void {
    this.#scanner.invalidate();
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    const pending = this.#timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    const generation = (this.#generations.get(key) ?? 0) + 1;
    this.#generations.set(key, generation);
    const version = document.version;
    this.#timers.set(
      key,
      setTimeout(() => {
        this.#timers.delete(key);
        void this.#run(document, version, generation);
      }, delayMs),
    );
  }

  async #run(document: vscode.TextDocument, version: number, generation: number): Promise<void> {
    // The first scans wait for `.pilens.json` so a file never flashes with default results.
    await this.#configs.ready;
    const key = document.uri.toString();
    if (document.isClosed || document.version !== version || this.#generations.get(key) !== generation)
      return;
    try {
      const result = shouldPublish(document) ? this.#scanner.scan(document) : undefined;
      this.#collection.set(
        document.uri,
        result === undefined
          ? []
          : [...this.#toDiagnostics(document, result.findings), ...this.#flowDiagnostics(document)],
      );
      this.#updated.fire(document.uri);
    } catch (error) {
      this.#log.error(`Publishing diagnostics for ${document.uri.toString(true)} failed`, error);
    }
  }

  #toDiagnostics(document: vscode.TextDocument, findings: readonly Finding[]): vscode.Diagnostic[] {
    const settings = this.#settings.current;
    const baselined = this.#baseline?.baselined(document, findings);
    // Annotated by hand (`@pi <category>`, `@pi deidentified`): acknowledged, so no squiggle;
    // hover, inventory and status bar still show it.
    const { shown, capped } = shownFindings(findings, settings, (finding, level) =>
      levelAfterBaseline(level, baselined?.has(finding) === true, settings.baselineMode),
    );
    if (capped > 0) {
      this.#log.info(
        `${document.uri.toString(true)}: ${shown.length + capped} findings, showing the first ${shown.length} (pilens.diagnostics.maxPerFile)`,
      );
    }
    const locale = this.#settings.locale;
    const reading = this.#scanner.readingFor(document.uri);
    return shown.map(({ finding, level }) =>
      toDiagnostic(
        finding,
        level,
        diagnosticMessage(finding, locale, reading),
        this.#docs.linkFor(finding.category),
      ),
    );
  }

  /** One diagnostic per sink that personal information reaches (the scan cached its flows). */
  #flowDiagnostics(document: vscode.TextDocument): vscode.Diagnostic[] {
    const flows = this.#scanner.flows(document);
    if (flows.length === 0) return [];
    const lineAt = (line: number): string => (line < document.lineCount ? document.lineAt(line).text : '');
    const { shown, capped } = shownFlows(flows, lineAt, this.#settings.current);
    if (capped > 0)
      this.#log.info(
        `${document.uri.toString(true)}: ${shown.length + capped} flows, showing the first ${shown.length} (pilens.diagnostics.maxPerFile)`,
      );
    const locale = this.#settings.locale;
    return shown.map((s) => toFlowDiagnostic(s, flowDiagnosticMessage(s.flow, locale)));
  }

  #clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.#timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.#timers.delete(key);
    this.#generations.delete(key);
    this.#collection.delete(uri);
    this.#updated.fire(uri);
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    for (const d of this.#disposables) d.dispose();
  }
}
