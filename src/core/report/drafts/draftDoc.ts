/**
 * The document model of the compliance drafts (record of processing activities, impact
 * assessment): a flat list of blocks that the Markdown writer (here) and the DOCX writer
 * (src/node/report/draftDocx.ts) render the same way, so both files always say the same thing.
 * Text in blocks is plain (never markup): each writer escapes it for its own format.
 */
import type { Locale } from '../../law/format.js';

/** One cell of a table: text, or a count. */
export type DraftCell = string | number;

/** A block of a draft. `blank` is a question only people can answer, left visibly open. */
export type DraftBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly DraftCell[])[];
    }
  /** Where the figures just above come from. */
  | { readonly kind: 'source'; readonly text: string }
  /** A legal caveat: a draft, a contested or partially verified point. */
  | { readonly kind: 'caveat'; readonly text: string }
  | { readonly kind: 'blank'; readonly id: string; readonly label: string; readonly hint: string };

/** Which draft: a record of processing activities (ROPA) or a PI protection impact assessment (PIA). */
export type DraftKind = 'ropa' | 'pia';

export interface DraftDocument {
  readonly kind: DraftKind;
  readonly locale: Locale;
  readonly title: string;
  readonly blocks: readonly DraftBlock[];
}

/** The mark every blank carries in every format, so a reader (or a script) finds what is left to do. */
export const BLANK_MARK = { en: '[TO BE COMPLETED]', zh: '【待填写】' } as const;

/** The ids of the blanks of a draft, in order: what people still have to answer. */
export function blankIds(doc: DraftDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'blank' ? [b.id] : []));
}
