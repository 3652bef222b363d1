/**
 * The hover of the language server: the full legal explanation of each finding under the
 * cursor (the text VS Code shows behind "Explain"), since other editors have no command links to
 * reach it. Markdown when the client renders it, else the same text without its markup.
 */
import type { ContestedReading, Locale } from '../core/law/index.js';
import type { Finding } from '../core/types.js';
import { explanationMarkdown } from '../shared/explanationText.js';

export interface HoverTextOptions {
  readonly locale: Locale;
  readonly reading: ContestedReading;
  readonly markdown: boolean;
}

/**
 * Markdown reduced to readable plain text: headings, emphasis, code ticks and backslash escapes
 * removed, links reduced to their label.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/`/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/ {2}$/gm, '');
}

/** The hover text for the findings at one position (one section each, separated by a rule). */
export function hoverText(findings: readonly Finding[], options: HoverTextOptions): string {
  const sections = findings.map((f) =>
    explanationMarkdown(f, { locale: options.locale, reading: options.reading }).trimEnd(),
  );
  const markdown = sections.join('\n\n---\n\n');
  return options.markdown ? markdown : markdownToPlainText(markdown).replace(/^---$/gm, '');
}
