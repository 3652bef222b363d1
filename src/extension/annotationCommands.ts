import * as vscode from 'vscode';
import { CATEGORY_KEYS, getCategory, isCategoryKey } from '../core/law/index.js';
import { annotationEdit } from './annotationEdits.js';
import { supportsAnnotations, type AnnotationRequest } from '../core/edit/annotationText.js';
import { COMMANDS } from './commands.js';

interface Target {
  readonly document: vscode.TextDocument;
  readonly line: number;
}

/**
 * Where an annotation command acts: the `(uri, line)` a hover link or code action passed, or
 * the cursor line of the active editor when run from the palette.
 */
async function resolveTarget(uriArg: unknown, lineArg: unknown): Promise<Target | undefined> {
  if ((typeof uriArg === 'string' || uriArg instanceof vscode.Uri) && typeof lineArg === 'number') {
    const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg, true) : uriArg;
    return { document: await vscode.workspace.openTextDocument(uri), line: lineArg };
  }
  const editor = vscode.window.activeTextEditor;
  return editor === undefined ? undefined : { document: editor.document, line: editor.selection.active.line };
}

/** Arguments arrive from links and other extensions: only real keys go into the file. */
function isKnownCategory(value: unknown): value is string {
  return typeof value === 'string' && isCategoryKey(value);
}

async function pickCategory(): Promise<string | undefined> {
  const items: vscode.QuickPickItem[] = CATEGORY_KEYS.map((key) => {
    const category = getCategory(key);
    const detail =
      category.class === null
        ? vscode.l10n.t('flag, not a class')
        : vscode.l10n.t('class {0}', category.class);
    return { label: key, description: `${category.zh} · ${category.en}`, detail };
  });
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Personal-information category for this field'),
  });
  return picked?.label;
}

async function insert(target: Target | undefined, request: AnnotationRequest): Promise<void> {
  if (target === undefined) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a file and put the cursor on a field first.'),
    );
    return;
  }
  const edit = supportsAnnotations(target.document.languageId)
    ? annotationEdit(target.document, target.line, request)
    : undefined;
  if (edit === undefined) {
    const message = vscode.l10n.t(
      '{0} files have no comments to annotate; use .pilens.json instead.',
      target.document.languageId,
    );
    // What `.pilens.json` can say instead: not PI, or a category (not a line, not a state).
    const decision =
      request.kind === 'none' ? 'none' : request.kind === 'category' ? request.category : undefined;
    if (decision === undefined) {
      void vscode.window.showInformationMessage(message);
      return;
    }
    const record = vscode.l10n.t('Record for the team in .pilens.json');
    const { uri } = target.document;
    void vscode.window
      .showInformationMessage(message, record)
      .then((choice) =>
        choice === record
          ? vscode.commands.executeCommand(COMMANDS.recordDecision, uri, target.line, undefined, decision)
          : undefined,
      );
    return;
  }
  await vscode.workspace.applyEdit(edit);
}

/** Registers the commands behind the code actions and hover links. */
export function registerAnnotationCommands(): vscode.Disposable[] {
  const simple = (id: string, request: AnnotationRequest): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (uri?: unknown, line?: unknown) =>
      insert(await resolveTarget(uri, line), request),
    );
  return [
    vscode.commands.registerCommand(
      COMMANDS.annotate,
      async (uri?: unknown, line?: unknown, category?: unknown) => {
        const target = await resolveTarget(uri, line);
        const chosen = isKnownCategory(category) ? category : await pickCategory();
        if (chosen !== undefined) await insert(target, { kind: 'category', category: chosen });
      },
    ),
    vscode.commands.registerCommand(
      COMMANDS.ignoreLine,
      async (uri?: unknown, line?: unknown, category?: unknown) => {
        const target = await resolveTarget(uri, line);
        await insert(target, isKnownCategory(category) ? { kind: 'ignore', category } : { kind: 'ignore' });
      },
    ),
    simple(COMMANDS.markNotPi, { kind: 'none' }),
    simple(COMMANDS.markAnonymized, { kind: 'anonymized' }),
    simple(COMMANDS.markDeidentified, { kind: 'deidentified' }),
  ];
}
