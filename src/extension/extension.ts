// Wiring only: every part is built here, handed what it needs, and disposed with the context.
// Nothing scans during activation; the first scan runs on the debounce timer of an open file.
import './zodSetup.js';
import * as vscode from 'vscode';
import { registerAnnotationCommands } from './annotationCommands.js';
import { CategoryDocsLinks } from './categoryDocsLinks.js';
import { PilensCodeActionProvider } from './codeActions.js';
import { COMMANDS } from './commands.js';
import { ConfigStore } from './config.js';
import { registerDecisionCommand } from './decisionCommand.js';
import { DiagnosticsScheduler } from './diagnostics.js';
import { DocumentScanner } from './documentScanner.js';
import { DOCUMENT_SELECTOR } from './documents.js';
import { registerExplainCommand } from './explainCommand.js';
import { PilensHoverProvider } from './hover.js';
import { registerPiFeatures } from './piFeatures.js';
import { Settings } from './settings.js';
import { PiStatusBar } from './statusBar.js';
import { WorkspaceLinks } from './workspaceLinks.js';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('PI Lens', { log: true });
  const settings = new Settings();
  const configs = new ConfigStore(log);
  const links = new WorkspaceLinks(settings, configs, log);
  const scanner = new DocumentScanner(settings, configs, links, log);
  const diagnostics = new DiagnosticsScheduler(
    scanner,
    settings,
    configs,
    log,
    new CategoryDocsLinks(context.extensionUri),
  );
  const statusBar = new PiStatusBar(scanner, settings, diagnostics.onDidUpdate);

  context.subscriptions.push(
    log,
    settings,
    configs,
    links,
    scanner,
    diagnostics,
    statusBar,
    settings.onDidChange(() => {
      diagnostics.rescanAll();
    }),
    configs.onDidChange(() => {
      diagnostics.rescanAll();
    }),
    // A record elsewhere now links (or no longer links) a record of an open document.
    links.onDidChange(() => {
      diagnostics.rescanAll();
    }),
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new PilensHoverProvider(scanner, settings)),
    vscode.languages.registerCodeActionsProvider(
      DOCUMENT_SELECTOR,
      new PilensCodeActionProvider(scanner),
      PilensCodeActionProvider.metadata,
    ),
    ...registerAnnotationCommands(),
    registerDecisionCommand({ scanner, configs, log }),
    ...registerExplainCommand(scanner, settings),
    vscode.commands.registerCommand(COMMANDS.showLog, () => {
      log.show();
    }),
  );

  registerPiFeatures(context, { log, settings, configs, scanner, links, diagnostics });
  // Last, so a command whose real handler exists is never shadowed by its placeholder.

  // Files already open when the extension activated (the one that triggered activation too).
  for (const document of vscode.workspace.textDocuments) diagnostics.schedule(document, 0);
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
