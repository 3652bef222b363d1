/**
 * Where each category's documentation lives. Diagnostics link their code here and the CLI's
 * SARIF rules can use the same address as `helpUri`. Kept in one place so moving the docs
 * is a one-line change.
 */
export const CATEGORY_DOCS_URL = 'https://github.com/pilens/pilens/blob/main/docs/categories.md';

/** The documentation anchor for a category key (`id_number` → `…/categories.md#id_number`). */
export function categoryDocsUrl(category: string): string {
  return `${CATEGORY_DOCS_URL}#${encodeURIComponent(category)}`;
}
