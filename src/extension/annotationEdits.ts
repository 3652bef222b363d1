import * as vscode from 'vscode';
import { annotationLine, type AnnotationRequest } from '../core/edit/annotationText.js';

/**
 * A workspace edit that inserts an annotation or directive on its own line above `line`, in
 * the document's comment syntax. Undefined when the language has no comments (JSON, CSV).
 */
export function annotationEdit(
  document: vscode.TextDocument,
  line: number,
  request: AnnotationRequest,
): vscode.WorkspaceEdit | undefined {
  if (line < 0 || line >= document.lineCount) return undefined;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const text = annotationLine(document.languageId, document.lineAt(line).text, request, eol);
  if (text === undefined) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(line, 0), text);
  return edit;
}
