/**
 * A draft as Markdown. Every text is escaped (file names and estimate sources come from the
 * user's tree), blanks carry BLANK_MARK in bold with an answer line, and the source of each
 * table follows it in italics.
 */
import type { Locale } from '../../law/format.js';
import { mdCell } from '../markdown.js';
import { BLANK_MARK, type DraftBlock, type DraftDocument } from './draftDoc.js';

const ANSWER = { en: '(answer here)', zh: '（在此填写）' } as const;

function block(b: DraftBlock, l: Locale): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${mdCell(b.text)}`;
    case 'paragraph':
      return mdCell(b.text);
    case 'bullets':
      return b.items.map((i) => `- ${mdCell(i)}`).join('\n');
    case 'table': {
      const head = `| ${b.header.map(mdCell).join(' | ')} |`;
      const align = `|${b.rows[0]?.map((c) => (typeof c === 'number' ? '---:' : '---')).join('|') ?? b.header.map(() => '---').join('|')}|`;
      const rows = b.rows.map(
        (r) => `| ${r.map((c) => (typeof c === 'number' ? String(c) : mdCell(c))).join(' | ')} |`,
      );
      return [head, align, ...rows].join('\n');
    }
    case 'source':
      return `*${mdCell(b.text)}*`;
    case 'caveat':
      return `> ${mdCell(b.text)}`;
    case 'blank':
      return `**${BLANK_MARK[l]} ${mdCell(b.label)}**  \n${mdCell(b.hint)}\n\n> ${ANSWER[l]}`;
  }
}

/** Blocks as Markdown, separated by blank lines (the inventory's dataset section uses it too). */
export function blocksToMarkdown(blocks: readonly DraftBlock[], l: Locale): string {
  return blocks.map((b) => block(b, l)).join('\n\n');
}

/** The draft as a Markdown document. */
export function draftToMarkdown(doc: DraftDocument): string {
  return `${blocksToMarkdown(doc.blocks, doc.locale)}\n`;
}
