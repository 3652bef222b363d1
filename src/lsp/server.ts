/**
 * The pilens language server: what the VS Code extension gives, for any LSP client. Documents
 * are synchronised incrementally; diagnostics follow an open or edit after `pilens.debounceMs`,
 * and a scan whose document changed meanwhile is dropped. Settings come from the client's
 * `pilens` section (`workspace/configuration`) when it offers one; `.pilens.json` is re-read
 * when the client's watcher reports it changed, and a source file it reports created, changed or
 * deleted outside the editor is read again for the workspace's links. Logs name paths and counts only.
 */
import { basename } from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LANGUAGES } from '../core/scan/languages.js';
import type { Locale } from '../core/law/index.js';
import { DEFAULT_SETTINGS, type PilensSettings } from '../shared/settingsSchema.js';
import { uiText } from '../shared/uiText.js';
import { codeActionsFor, lineText } from './codeActions.js';
import { configDiagnostics } from './configDiagnostics.js';
import { decisionActionsFor, type EditAbilities } from './decisionActions.js';
import { decisionFileFor } from './decisionFile.js';
import { CONFIG_FILE_NAME, ConfigFiles } from './configFiles.js';
import { DocumentScans, filePath } from './documentScans.js';
import { LspWorkspaceLinks } from './workspaceLinks.js';
import { hoverText, markdownToPlainText } from './hoverContent.js';
import { settingsFromSection } from './lspSettings.js';
import { findingOf, toDiagnostics, toFlowDiagnostics } from './toDiagnostics.js';
import { flowHoverMarkdown } from '../shared/flowText.js';
import { rangeHolds, sinkRange } from '../shared/shownFlows.js';

interface ClientAbilities {
  configuration: boolean;
  markdownHover: boolean;
  watchRegistration: boolean;
  configurationRegistration: boolean;
  edits: EditAbilities;
  locale: string | undefined;
}

function abilitiesOf(params: InitializeParams): ClientAbilities {
  const c = params.capabilities;
  return {
    configuration: c.workspace?.configuration === true,
    markdownHover: c.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true,
    watchRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    edits: {
      documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
      create: c.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    },
    locale: params.locale,
  };
}

/** Every file a language of pilens reads, for the client's watcher; the links keep the enabled ones. */
function watchedSourcesGlob(): string {
  const extensions = new Set(LANGUAGES.flatMap((row) => row.extensions.map((ext) => ext.slice(1))));
  return `**/*.{${[...extensions].join(',')}}`;
}

function rootOf(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri;
  return uri === undefined ? undefined : filePath(uri);
}

/** Wires the server onto `connection` and starts listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigFiles();
  const scans = new DocumentScans(configs, {
    info: (m) => {
      connection.console.info(m);
    },
    error: (m) => {
      connection.console.error(m);
    },
  });
  // A record elsewhere now links (or no longer links) a record of an open document.
  scans.links = new LspWorkspaceLinks(
    { configFor: (path) => configs.forFile(path), sourcePathOf: (path) => scans.sourcePathOf(path) },
    () => {
      rescanAll();
    },
  );
  const timers = new Map<string, NodeJS.Timeout>();
  const settingsByUri = new Map<string, Promise<PilensSettings>>();
  let abilities: ClientAbilities | undefined;
  let pushedSettings: unknown;

  const localeOf = (settings: PilensSettings): Locale => {
    if (settings.displayLanguage === 'en') return 'en';
    if (settings.displayLanguage === 'zh-cn') return 'zh';
    return abilities?.locale?.toLowerCase().startsWith('zh') === true ? 'zh' : 'en';
  };

  /** The document's settings: asked from the client once per document until they change. */
  const settingsFor = (uri: string): Promise<PilensSettings> => {
    if (abilities?.configuration !== true) return Promise.resolve(settingsFromSection(pushedSettings));
    let pending = settingsByUri.get(uri);
    if (pending === undefined) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'pilens' })
        .then(settingsFromSection, () => DEFAULT_SETTINGS);
      settingsByUri.set(uri, pending);
    }
    return pending;
  };

  const publish = async (uri: string, version: number): Promise<void> => {
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    // Edited or closed while waiting: a newer run will publish.
    if (document?.version !== version) return;
    const result = scans.scan(document, settings);
    const { diagnostics, capped } = toDiagnostics(result?.findings ?? [], {
      settings,
      locale: localeOf(settings),
      reading: scans.readingFor(uri, settings),
    });
    if (capped > 0)
      connection.console.info(`${uri}: ${capped} findings over pilens.diagnostics.maxPerFile not shown`);
    // The fields go out before the flows are traced (a Python file's flows need a parse of
    // their own): a client replaces a document's diagnostics with each publish, so the second
    // one, fields and flows, completes the first.
    const fieldsFirst = !scans.flowsKnown(document, settings);
    if (fieldsFirst) {
      await connection.sendDiagnostics({ uri, version, diagnostics });
      // Lets an edit that arrived meanwhile supersede this version before it is traced.
      await new Promise((resolve) => setImmediate(resolve));
      if (documents.get(uri)?.version !== version) return;
    }
    const flows = scans.flows(document, settings);
    if (fieldsFirst && flows.length === 0) return;
    const sinks = toFlowDiagnostics(flows, (line) => lineText(document, line), {
      settings,
      locale: localeOf(settings),
    });
    if (sinks.capped > 0)
      connection.console.info(`${uri}: ${sinks.capped} flows over pilens.diagnostics.maxPerFile not shown`);
    if (documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: [...diagnostics, ...sinks.diagnostics] });
  };

  const schedule = (document: TextDocument, delayMs?: number): void => {
    const uri = document.uri;
    const version = document.version;
    clearTimeout(timers.get(uri));
    void settingsFor(uri).then((settings) => {
      // Another edit scheduled after this one owns the timer now.
      if (documents.get(uri)?.version !== version) return;
      clearTimeout(timers.get(uri));
      timers.set(
        uri,
        setTimeout(() => {
          timers.delete(uri);
          publish(uri, version).catch((error: unknown) => {
            connection.console.error(
              `Publishing diagnostics for ${uri} failed (${String(error instanceof Error ? error.name : error)})`,
            );
          });
        }, delayMs ?? settings.debounceMs),
      );
    });
  };

  const rescanAll = (): void => {
    scans.invalidate();
    for (const document of documents.all()) schedule(document, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    abilities = abilitiesOf(params);
    scans.root = rootOf(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'pilens' },
    };
  });

  connection.onInitialized(() => {
    if (abilities?.watchRegistration === true)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: watchedSourcesGlob() }],
      });
    if (abilities?.configurationRegistration === true)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pilens' });
  });

  connection.onDidChangeConfiguration((change) => {
    // Clients without workspace/configuration push their settings here.
    const settings: unknown = change.settings;
    pushedSettings =
      typeof settings === 'object' && settings !== null && 'pilens' in settings ? settings.pilens : undefined;
    settingsByUri.clear();
    rescanAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    const paths = change.changes.flatMap(({ uri }) => filePath(uri) ?? []);
    const configChanged = paths.filter((path) => basename(path) === CONFIG_FILE_NAME).length;
    if (configChanged === 0) {
      // Files created, changed or deleted outside the editor may link others' records.
      scans.links?.readFiles(paths);
      return;
    }
    connection.console.info(`.pilens.json changed (${configChanged} files): rescanning`);
    configs.clear();
    scans.links?.readAgain();
    rescanAll();
  });

  // A saved file's records may link others (or stop linking them).
  documents.onDidSave((e) => {
    const path = filePath(e.document.uri);
    if (path !== undefined) scans.links?.readFiles([path]);
  });

  // The documents' content events include the opening one, which is scanned at once; later
  // edits wait for the debounce.
  const opened = new Set<string>();
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    // Editing a `.pilens.json` in the editor counts as a change even without a file watcher.
    if (uri.endsWith('/.pilens.json')) {
      const { version } = e.document;
      void connection.sendDiagnostics({ uri, version, diagnostics: configDiagnostics(e.document.getText()) });
      configs.clear();
      scans.links?.readAgain();
      rescanAll();
      return;
    }
    const first = !opened.has(uri);
    opened.add(uri);
    schedule(e.document, first ? 0 : undefined);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    opened.delete(uri);
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    settingsByUri.delete(uri);
    scans.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return null;
    const settings = await settingsFor(document.uri);
    const { line, character } = params.position;
    const findings = (scans.scan(document, settings)?.findings ?? []).filter((f) =>
      rangeHolds(f.range, line, character),
    );
    const text = lineText(document, line);
    const sinks = scans
      .flows(document, settings)
      .map((flow) => ({ flow, range: sinkRange(flow, text) }))
      .filter((f) => f.flow.line - 1 === line && rangeHolds(f.range, line, character));
    const range = findings[0]?.range ?? sinks[0]?.range;
    if (range === undefined) return null;
    const markdown = abilities?.markdownHover === true;
    const locale = localeOf(settings);
    const sections = [
      ...(findings.length > 0
        ? [hoverText(findings, { locale, reading: scans.readingFor(document.uri, settings), markdown })]
        : []),
      // The same hover the VS Code extension shows at a sink; links need a client that opens them.
      ...sinks.map(({ flow }) => {
        const md = flowHoverMarkdown(flow, { locale });
        return markdown ? md : markdownToPlainText(md);
      }),
    ];
    return {
      contents: {
        kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText,
        value: sections.join(markdown ? '\n\n---\n\n' : '\n\n'),
      },
      range,
    };
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return [];
    const settings = await settingsFor(document.uri);
    const locale = localeOf(settings);
    const actions = codeActionsFor(document, params.context.diagnostics, locale);
    const file = decisionFileFor(document, configs, scans.root, (u) => documents.get(u));
    if (file === undefined) return actions;
    const findings = scans.scan(document, settings)?.findings ?? [];
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(findings, diagnostic);
      if (finding === undefined) continue;
      const can = abilities?.edits ?? { documentChanges: false, create: false };
      actions.push(...decisionActionsFor(finding, diagnostic, file, { can, l10n: uiText(locale) }));
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
