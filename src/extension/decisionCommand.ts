import * as vscode from 'vscode';
import { decisionSchema, type Decision } from '../core/config/decisionSchema.js';
import { recordDecision } from '../core/config/recordDecision.js';
import { CATEGORIES } from '../core/law/index.js';
import { decisionTarget } from '../core/scan/decisions.js';
import type { Finding } from '../core/types.js';
import { COMMANDS } from './commands.js';
import type { ConfigStore } from './config.js';
import { findingAt } from './convert.js';
import type { DocumentScanner } from './documentScanner.js';

interface Deps {
  readonly scanner: DocumentScanner;
  readonly configs: ConfigStore;
  readonly log: vscode.LogOutputChannel;
}

/** `none` or a key of a threshold class: what a decision may say (flags are not categories). */
function isDecidable(value: unknown): value is Decision['category'] {
  return decisionSchema.shape.category.safeParse(value).success;
}

/**
 * The field a decision is about: the finding at `(uri, line, character)` as a code action passes
 * it, the first on `(uri, line)` as a hover link passes it, or at the cursor from the palette.
 */
async function resolveFinding(
  scanner: DocumentScanner,
  args: readonly unknown[],
): Promise<{ document: vscode.TextDocument; finding: Finding } | undefined> {
  const [uriArg, lineArg, characterArg] = args;
  if ((typeof uriArg === 'string' || uriArg instanceof vscode.Uri) && typeof lineArg === 'number') {
    const document = await vscode.workspace.openTextDocument(
      typeof uriArg === 'string' ? vscode.Uri.parse(uriArg, true) : uriArg,
    );
    const findings = scanner.scan(document)?.findings ?? [];
    const finding =
      typeof characterArg === 'number'
        ? findingAt(findings, new vscode.Position(lineArg, characterArg))
        : (findings.find((f) => f.range.start.line === lineArg && f.role === 'declaration') ??
          findings.find((f) => f.range.start.line === lineArg));
    return finding === undefined ? undefined : { document, finding };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) return undefined;
  const finding = findingAt(scanner.scan(editor.document)?.findings ?? [], editor.selection.active);
  return finding === undefined ? undefined : { document: editor.document, finding };
}

async function pickDecision(finding: Finding): Promise<string | undefined> {
  const notPi: vscode.QuickPickItem = {
    label: 'none',
    description: vscode.l10n.t('Not personal information'),
  };
  const categories = CATEGORIES.filter((c) => c.class !== null)
    // The detected category first: confirming it is the common case.
    .sort((a, b) => Number(b.key === finding.category) - Number(a.key === finding.category))
    .map((c) => ({ label: c.key, description: `${c.zh} · ${c.en}` }));
  const picked = await vscode.window.showQuickPick([notPi, ...categories], {
    placeHolder: vscode.l10n.t('What the team decided about {0}', finding.field),
  });
  return picked?.label;
}

/** Where the decision goes: the governing `.pilens.json`, else a new one at the folder's root. */
function configFileFor(configs: ConfigStore, uri: vscode.Uri): vscode.Uri | undefined {
  const existing = configs.fileFor(uri);
  if (existing !== undefined) return existing;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder === undefined ? undefined : vscode.Uri.joinPath(folder.uri, '.pilens.json');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the decision: an existing file through a workspace edit (undo works, an open editor
 * keeps its state; saved unless the user had unsaved changes in it), a new one directly.
 */
async function write(file: vscode.Uri, decision: Decision): Promise<string | undefined> {
  if (!(await exists(file))) {
    const result = recordDecision('', decision);
    if (!result.ok) return result.message;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(file);
  const result = recordDecision(document.getText(), decision);
  if (!result.ok) return result.message;
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  for (const r of result.edits) {
    const range = new vscode.Range(document.positionAt(r.offset), document.positionAt(r.offset + r.length));
    edit.replace(file, range, r.content);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return vscode.l10n.t('the edit was not applied');
  if (!wasDirty) await document.save();
  return undefined;
}

/** Registers `pilens.recordDecision`: the quick fixes' "record in .pilens.json for the team". */
export function registerDecisionCommand(deps: Deps): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.recordDecision, async (...args: unknown[]) => {
    const found = await resolveFinding(deps.scanner, args);
    if (found === undefined) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Put the cursor on a field PI Lens flagged first.'),
      );
      return;
    }
    const target = decisionTarget(found.finding);
    if (target === undefined) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          "This field's name holds a personal value, so it is not written to .pilens.json; annotate the field in the code instead.",
        ),
      );
      return;
    }
    // Arguments arrive from links and other extensions: only real keys go into the file.
    const category = isDecidable(args[3]) ? args[3] : await pickDecision(found.finding);
    if (!isDecidable(category)) return;
    const file = configFileFor(deps.configs, found.document.uri);
    if (file === undefined) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a folder first: team decisions live in its .pilens.json.'),
      );
      return;
    }
    const problem = await write(file, { ...target, category });
    if (problem !== undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Not recorded in .pilens.json: {0}', problem));
      return;
    }
    // The watcher would notice too, a moment later; the squiggle should go now.
    await deps.configs.reload(file);
    deps.log.info(`Recorded a team decision in ${file.toString(true)}`);
    const open = vscode.l10n.t('Open .pilens.json');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t(
          'Recorded in {0}: {1}. Add a reason there for the team.',
          vscode.workspace.asRelativePath(file),
          decisionLabel(target, category),
        ),
        open,
      )
      .then((choice) => (choice === open ? vscode.window.showTextDocument(file) : undefined));
  });
}

/** `Store.phone → none`: the decision as the confirmation message names it. */
function decisionLabel(target: { owner: string; field: string }, category: string): string {
  const name = target.owner === '*' ? target.field : `${target.owner}.${target.field}`;
  return `${name} → ${category}`;
}
