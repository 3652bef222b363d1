/**
 * The category reference shipped with the extension (docs/categories.md): every category's
 * legal explanation in English and Chinese, rendered from the legal model so it can never
 * drift from what hovers say. Diagnostics link their code to a category's line in this file,
 * which opens offline inside VS Code.
 */
import {
  CATEGORY_KEYS,
  conditionLine,
  explainCategory,
  renderExplanationMarkdown,
} from '../core/law/index.js';

/** Where the reference lives, relative to the extension's root. */
export const CATEGORY_DOCS_PATH = 'docs/categories.md';

export interface CategoryDocs {
  readonly markdown: string;
  /** The 1-based line of each category's heading, for `#L<line>` links. */
  readonly lineOf: Readonly<Record<string, number>>;
}

/** Renders the whole reference. Deterministic: the committed file must equal this output. */
export function renderCategoryDocs(): CategoryDocs {
  const lines: string[] = [
    '# PI Lens category reference / 类别说明',
    '',
    'Generated from the legal model (`src/core/law`) by `npm run gen`; do not edit by hand.',
    'An estimate aid, not legal advice. 仅供评估参考，不构成法律意见。',
    '',
    `> ${conditionLine('en')}`,
    '>',
    `> ${conditionLine('zh')}`,
    '',
    'Every instrument, article, case and source cited here is listed with its confidence in',
    '[legal-basis.md](legal-basis.md). 所引法律文件、条文、案例及来源及其核实程度见 legal-basis.md。',
    '',
  ];
  const lineOf: Record<string, number> = {};
  for (const key of CATEGORY_KEYS) {
    lineOf[key] = lines.length + 1;
    lines.push(`## ${key}`, '');
    for (const locale of ['en', 'zh'] as const) {
      lines.push(...renderExplanationMarkdown(explainCategory(key, { locale })).split('\n'), '');
    }
  }
  return { markdown: `${lines.join('\n').trimEnd()}\n`, lineOf };
}
