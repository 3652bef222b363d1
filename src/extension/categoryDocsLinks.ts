import * as vscode from 'vscode';
import { CATEGORY_DOCS_PATH, renderCategoryDocs } from '../shared/categoryDocs.js';

/**
 * Links each category to its heading in the reference shipped inside the extension, so a
 * diagnostic's code opens offline at the right line (`#L<line>` selects it in the editor).
 */
export class CategoryDocsLinks {
  readonly #file: vscode.Uri;
  #lineOf: Readonly<Record<string, number>> | undefined;

  constructor(extensionUri: vscode.Uri) {
    this.#file = vscode.Uri.joinPath(extensionUri, CATEGORY_DOCS_PATH);
  }

  /** The link for a category key; the line table is rendered once, on the first diagnostic. */
  linkFor(category: string): vscode.Uri {
    this.#lineOf ??= renderCategoryDocs().lineOf;
    const line = this.#lineOf[category];
    return line === undefined ? this.#file : this.#file.with({ fragment: `L${line}` });
  }
}
