import * as vscode from 'vscode';
import { isCategoryKey, summarizeCategory, type ContestedReading, type Locale } from '../core/law/index.js';
import type { Confidence, EvidenceKind, Finding } from '../core/types.js';

export type { Locale };

/** The category's one-line legal summary, or the bare key if the catalogue lacks it. */
export function categorySummary(category: string, locale: Locale, reading: ContestedReading): string {
  return isCategoryKey(category) ? summarizeCategory(category, locale, { reading }) : category;
}

/** The Problems-panel text: the field, the category summary, and what qualifies it. */
export function diagnosticMessage(finding: Finding, locale: Locale, reading: ContestedReading): string {
  const qualifiers: string[] = [];
  if (finding.role === 'usage') qualifiers.push(vscode.l10n.t('usage'));
  if (finding.confidence === 'low') qualifiers.push(vscode.l10n.t('low confidence'));
  if (finding.state === 'deidentified')
    qualifiers.push(vscode.l10n.t('de-identified, still personal information'));
  if (finding.minor === true) qualifiers.push(vscode.l10n.t('may concern children under 14'));
  const summary = categorySummary(finding.category, locale, reading);
  const message = `${finding.field}: ${summary}`;
  return qualifiers.length === 0 ? message : `${message} (${qualifiers.join('; ')})`;
}

export function confidenceLabel(confidence: Confidence): string {
  switch (confidence) {
    case 'high':
      return vscode.l10n.t('high');
    case 'medium':
      return vscode.l10n.t('medium');
    case 'low':
      return vscode.l10n.t('low');
  }
}

export function evidenceLabel(kind: EvidenceKind): string {
  switch (kind) {
    case 'token':
      return vscode.l10n.t('name');
    case 'comment':
      return vscode.l10n.t('comment');
    case 'annotation':
      return vscode.l10n.t('annotation');
    case 'type':
      return vscode.l10n.t('declared type');
    case 'owner':
      return vscode.l10n.t('owner');
    case 'value':
      return vscode.l10n.t('value pattern');
    case 'config':
      return vscode.l10n.t('.pilens.json');
  }
}
