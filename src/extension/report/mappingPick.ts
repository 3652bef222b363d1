import * as vscode from 'vscode';
import type { ColumnProfile } from '../../core/dataset/profile.js';
import { CATEGORIES } from '../../core/law/index.js';
import type { CategoryKey, Locale } from '../../core/law/schema.js';
import { applyMapping, uniqueColumns, type ColumnMapping } from './mapping.js';

type Choice = vscode.QuickPickItem & { readonly column?: string; readonly confirm?: true };

function describe(
  category: CategoryKey | 'none' | null,
  profile: ColumnProfile | undefined,
  locale: Locale,
): string {
  if (category === null || category === 'none') return vscode.l10n.t('not personal information');
  const c = CATEGORIES.find((x) => x.key === category);
  const name = c === undefined ? category : locale === 'zh' ? c.zh : c.en;
  const share =
    profile?.share === null || profile?.share === undefined ? '' : ` · ${Math.round(profile.share * 100)} %`;
  return `→ ${name} (${category}, ${vscode.l10n.t('class {0}', c?.class ?? '—')}${share})`;
}

/**
 * The profiled column → category mapping in a quick pick: accept it, or pick a column and give
 * it another category (or none). Resolves with the overrides the user made (empty when the
 * profile was accepted as is), or undefined when cancelled.
 */
export async function confirmMapping(
  columns: readonly ColumnProfile[],
  initial: ColumnMapping,
  locale: Locale,
): Promise<ColumnMapping | undefined> {
  const mapping: Record<string, CategoryKey | 'none'> = { ...initial };
  const unique = uniqueColumns(columns);
  for (;;) {
    const effective = applyMapping(unique, mapping);
    const items: Choice[] = [
      { label: `$(check) ${vscode.l10n.t('Use this mapping')}`, confirm: true, alwaysShow: true },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      ...effective.map(({ profile, category, overridden }) => ({
        label: `${overridden ? '$(edit)' : category === null ? '$(circle-outline)' : '$(shield)'} ${profile.name}`,
        description: describe(category, profile, locale),
        ...(profile.evidence.length > 0 ? { detail: profile.evidence.join('; ') } : {}),
        column: profile.name,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('PI Lens: columns and their categories (pick a column to change it)'),
      ignoreFocusOut: true,
      matchOnDescription: true,
    });
    if (picked === undefined) return undefined;
    if (picked.confirm === true || picked.column === undefined) return mapping;
    const category = await pickCategory(picked.column, locale);
    if (category !== undefined) mapping[picked.column] = category;
  }
}

async function pickCategory(column: string, locale: Locale): Promise<CategoryKey | 'none' | undefined> {
  const items: (vscode.QuickPickItem & { value: CategoryKey | 'none' })[] = [
    { label: vscode.l10n.t('Not personal information'), description: 'none', value: 'none' },
    ...CATEGORIES.map((c) => ({
      label: locale === 'zh' ? `${c.zh} ${c.en}` : `${c.en} ${c.zh}`,
      description: `${c.key} · ${vscode.l10n.t('class {0}', c.class ?? '—')}`,
      value: c.key,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Category of column {0}', column),
    matchOnDescription: true,
  });
  return picked?.value;
}
