/**
 * The team-decision quick fixes of the VS Code extension, as workspace edits on `.pilens.json`:
 * "not personal information" and "is <category>" (the flagged one; an LSP client has no picker).
 * The text comes from the core's recordDecision, so comments, key order and indentation of the
 * file are kept and a decision about the same field is replaced. None for a field whose name
 * holds a personal value, for an invalid file (it is not rewritten behind the user), or when no
 * file exists and the client cannot create one.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decisionSchema, type Decision } from '../core/config/decisionSchema.js';
import { recordDecision } from '../core/config/recordDecision.js';
import { decisionTarget } from '../core/scan/decisions.js';
import type { Finding } from '../core/types.js';
import type { UiText } from '../shared/uiText.js';

/** The `.pilens.json` a decision goes to. */
export interface DecisionFile {
  readonly uri: string;
  /** Its current text (the open editor's when open); undefined when the file does not exist. */
  readonly text: string | undefined;
  /** The open editor's version, so the client can refuse a stale edit; null when not open. */
  readonly version: number | null;
}

/** What the client's workspace edits support (`workspace.workspaceEdit`). */
export interface EditAbilities {
  readonly documentChanges: boolean;
  /** Resource operations include `create`: a new `.pilens.json` can be made. */
  readonly create: boolean;
}

function editFor(file: DecisionFile, decision: Decision, can: EditAbilities): WorkspaceEdit | undefined {
  const result = recordDecision(file.text ?? '', decision);
  if (!result.ok) return undefined;
  if (file.text === undefined) {
    if (!can.create || !can.documentChanges) return undefined;
    return {
      documentChanges: [
        { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } },
        {
          textDocument: { uri: file.uri, version: null },
          edits: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: result.text,
            },
          ],
        },
      ],
    };
  }
  const document = TextDocument.create(file.uri, 'json', 0, file.text);
  const edits: TextEdit[] = result.edits.map((r) => ({
    range: { start: document.positionAt(r.offset), end: document.positionAt(r.offset + r.length) },
    newText: r.content,
  }));
  if (!can.documentChanges) return { changes: { [file.uri]: edits } };
  return { documentChanges: [{ textDocument: { uri: file.uri, version: file.version }, edits }] };
}

/** The decision quick fixes for `finding`, shown under `diagnostic`. */
export function decisionActionsFor(
  finding: Finding,
  diagnostic: Diagnostic,
  file: DecisionFile,
  options: { readonly can: EditAbilities; readonly l10n: UiText },
): CodeAction[] {
  const target = decisionTarget(finding);
  if (target === undefined) return [];
  const name = target.owner === '*' ? target.field : `${target.owner}.${target.field}`;
  const { l10n } = options;
  const offers: { title: string; category: Decision['category'] }[] = [
    {
      title: l10n.t('Record for the team in .pilens.json: {0} is not personal information', name),
      category: 'none',
    },
  ];
  // Flags (minor_u14) are not categories a decision may name.
  const category = decisionSchema.shape.category.safeParse(finding.category);
  if (category.success)
    offers.push({
      title: l10n.t('Record for the team in .pilens.json: {0} is {1}', name, category.data),
      category: category.data,
    });
  const actions: CodeAction[] = [];
  for (const offer of offers) {
    const edit = editFor(file, { ...target, category: offer.category }, options.can);
    if (edit !== undefined)
      actions.push({ title: offer.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit });
  }
  return actions;
}
