/** Locale-aware formatting shared by explanations, summaries and reports. */
import type { LegalConfidence, Locale } from './schema.js';

export type { Locale };

/** `5,000` in either locale: deterministic, no Intl dependency. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The label shown next to a point of the given confidence (empty when verified). */
export function legalConfidenceLabel(confidence: LegalConfidence, locale: Locale): string {
  if (confidence === 'verified') return '';
  if (confidence === 'partial') return locale === 'zh' ? '部分核实' : 'partially verified';
  return locale === 'zh' ? '未经核实' : 'unverified';
}
