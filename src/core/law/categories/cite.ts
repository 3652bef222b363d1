/**
 * Short constructors for the citations the catalogue repeats. Confidence follows the marks in
 * legal-reference.md §10: the statutes and 法释〔2017〕10号 were read in full (verified); the
 * national standards and guiding cases only through secondary material (partial).
 */
import type { Basis, LegalConfidence } from '../schema.js';

type Extra = { en?: string; zh?: string; confidence?: LegalConfidence };

function make(
  instrument: Basis['instrument'],
  article: string,
  fallback: LegalConfidence,
  extra: Extra,
): Basis {
  const basis: Basis = { instrument, article, confidence: extra.confidence ?? fallback };
  if (extra.en !== undefined) basis.en = extra.en;
  if (extra.zh !== undefined) basis.zh = extra.zh;
  return basis;
}

/** 法释〔2017〕10号, text verified (reference §2). */
export const fs17 = (article: string, extra: Extra = {}): Basis =>
  make('fs2017_10', article, 'verified', extra);
/** PIPL, text verified (reference §3). */
export const pipl = (article: string, extra: Extra = {}): Basis => make('pipl', article, 'verified', extra);
/** Civil Code Art. 1034, verified (reference §3). */
export const civil1034 = (extra: Extra = {}): Basis => make('civil_code', 'Art. 1034', 'verified', extra);
/** GB/T 35273-2020 tables, partially verified (reference §7). */
export const gbt35273 = (article: string, extra: Extra = {}): Basis =>
  make('gbt_35273', article, 'partial', extra);
/** GB/T 45574-2025 Annex A via the CAC Q&A, partially verified (reference §6). */
export const gbt45574 = (extra: Extra = {}): Basis => make('gbt_45574', 'Annex A', 'partial', extra);

/** Every class-C category rests on the catch-all item (5) of Art. 5(1). */
export const fs17ItemFive = (): Basis =>
  fs17('Art. 5(1)(5)', {
    en: 'other PI, not named in items (3)–(4): serious at 5,000 pieces',
    zh: '第三项、第四项规定以外的公民个人信息：五千条以上为情节严重',
  });

/** The definition article, which lists name, ID number, contact, address, credentials… */
export const fs17Listed = (what: string): Basis =>
  fs17('Art. 1', { en: `${what} listed in the definition of citizens' PI` });
