/** The name of each kind of evidence, in the reader's language. Free of `vscode`. */
import type { Locale } from '../core/law/index.js';
import type { EvidenceKind } from '../core/types.js';
import { uiText } from './uiText.js';

export function evidenceKindLabel(kind: EvidenceKind, locale: Locale): string {
  const l10n = uiText(locale);
  switch (kind) {
    case 'token':
      return l10n.t('name');
    case 'comment':
      return l10n.t('comment');
    case 'annotation':
      return l10n.t('annotation');
    case 'type':
      return l10n.t('declared type');
    case 'owner':
      return l10n.t('owner');
    case 'value':
      return l10n.t('value pattern');
    case 'config':
      return l10n.t('.pilens.json');
  }
}
