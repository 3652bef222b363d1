/**
 * The comment lines pilens's quick fixes insert: `@pi …` annotations and
 * `pilens-disable-next-line` directives, written in each language's own comment syntax.
 * Free of `vscode` so it can be unit-tested. Each language's comment syntax is in `scan/languages.ts`.
 */
import { commentSyntaxOf } from '../scan/languages.js';

export type AnnotationRequest =
  | { readonly kind: 'category'; readonly category: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'ignore'; readonly category?: string }
  | { readonly kind: 'ignoreFile'; readonly category: string }
  | { readonly kind: 'anonymized' }
  | { readonly kind: 'deidentified' };

/** Whether a language has a comment syntax pilens can write annotations in. */
export function supportsAnnotations(languageId: string): boolean {
  return commentSyntaxOf(languageId) !== undefined;
}

/** The annotation or directive itself, without comment markers. */
export function annotationBody(request: AnnotationRequest): string {
  switch (request.kind) {
    case 'category':
      return `@pi ${request.category}`;
    case 'none':
      return '@pi none';
    case 'anonymized':
      return '@pi anonymized';
    case 'deidentified':
      return '@pi deidentified';
    case 'ignore':
      return request.category === undefined
        ? 'pilens-disable-next-line'
        : `pilens-disable-next-line ${request.category}`;
    case 'ignoreFile':
      // A region with no `pilens-enable` runs to the end of the file.
      return `pilens-disable ${request.category}`;
  }
}

/** Lines that must stay first: a shebang, an XML or PHP opening, a Python encoding line. */
const MUST_STAY_FIRST = /^(#!|<\?xml|<\?php|#.*coding[:=])/;

/** Where a file-wide directive goes: the first line, after any line that must stay first. */
export function fileDirectiveLine(lines: readonly string[]): number {
  let line = 0;
  while (line < Math.min(lines.length, 2) && MUST_STAY_FIRST.test(lines[line] ?? '')) line++;
  return line;
}

/**
 * The full line to insert above `fieldLine`: same indentation, the language's comment
 * markers, a trailing line break. Undefined when the language has no comments.
 */
export function annotationLine(
  languageId: string,
  fieldLine: string,
  request: AnnotationRequest,
  eol = '\n',
): string | undefined {
  const syntax = commentSyntaxOf(languageId);
  if (syntax === undefined) return undefined;
  const indent = /^[ \t]*/.exec(fieldLine)?.[0] ?? '';
  const close = syntax.close === undefined ? '' : ` ${syntax.close}`;
  return `${indent}${syntax.open} ${annotationBody(request)}${close}${eol}`;
}
