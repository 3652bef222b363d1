/**
 * GraphQL schemas written inside TypeScript and JavaScript template literals (Apollo Server
 * `typeDefs` in `gql` templates or in plain strings joined later, Vendure's API extensions).
 * The TypeScript reader sees only a string there, so every type and input field the schema
 * declares was lost before classification (issue 9); each such template is read with the
 * GraphQL reader instead, its declarations placed back at their positions in the file.
 */
import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate, Position } from '../../types.js';
import { graphqlExtractor } from '../formats/graphql.js';

/**
 * A GraphQL type, input or interface definition with a body (`type Customer {`,
 * `input RegisterInput {`, `extend type Query {`); TypeScript writes `type X = {` and
 * `interface X {`, so only `type` and `input` open the check.
 */
const DEFINITION = /\b(?:type|input)\s+[A-Z_][A-Za-z0-9_]*\s*(?:implements\s[^{`]*)?\{/;

/** A definition left without fields once its substitutions are blanked (`extend type Query { ${queries} }`). */
const EMPTY_DEFINITION = /\b(?:extend\s+)?(?:type|input|interface)\s+[A-Za-z_]\w*\s*\{\s*\}/g;

/**
 * The type, interface and input fields declared by the GraphQL schemas in the template literals
 * of a TypeScript or JavaScript text (tagged with `gql` or `graphql`, or untagged, as Apollo
 * servers keep their `typeDefs` in strings joined later), with ranges in that text. Operations
 * and fragments in templates (a client's queries) are not read: the TypeScript reader sees
 * where their results are used. A template that does not parse as GraphQL is skipped.
 */
export function embeddedGraphqlFields(text: string): FieldCandidate[] {
  if (!DEFINITION.test(text)) return [];
  const out: FieldCandidate[] = [];
  // Made on the first schema found: a line count per template would be quadratic in templates.
  let lines: LineIndex | undefined;
  for (let open = text.indexOf('`'); open >= 0;) {
    const body = templateBody(text, open + 1);
    if (body === undefined) break;
    if (DEFINITION.test(body)) readTemplate((lines ??= new LineIndex(text)).positionAt(open + 1), body, out);
    open = text.indexOf('`', open + body.length + 2);
  }
  return out;
}

/** Reads one template's schema, `origin` the position of its first character in the file. */
function readTemplate(origin: Position, body: string, into: FieldCandidate[]): void {
  const schema = body.replace(EMPTY_DEFINITION, (m) => m.replace(/[^\n]/g, ' '));
  const result = graphqlExtractor.extract(schema, { path: 'embedded.graphql' });
  if (!result.ok) return;
  for (const field of result.fields)
    if (field.role === 'declaration')
      into.push({
        ...field,
        range: { start: shift(field.range.start, origin), end: shift(field.range.end, origin) },
      });
}

/**
 * The template's text from `open` to its closing backtick, with each `${…}` substitution
 * blanked to spaces of the same length (newlines kept), so positions still match the file;
 * undefined when the template is not closed.
 */
function templateBody(text: string, open: number): string | undefined {
  let body = '';
  let from = open;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') return body + text.slice(from, i);
    if (c === '$' && text[i + 1] === '{') {
      const close = substitutionEnd(text, i + 2);
      if (close < 0) return undefined;
      body += text.slice(from, i) + text.slice(i, close + 1).replace(/[^\n]/g, ' ');
      from = close + 1;
      i = close;
    }
  }
  return undefined;
}

/** The index of the `}` closing a substitution whose expression starts at `at`, or -1. */
function substitutionEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '`') return -1;
  }
  return -1;
}

/** A position in the template moved to the file: the first line starts after the backtick. */
function shift(p: Position, origin: Position): Position {
  return p.line === 0
    ? { line: origin.line, character: origin.character + p.character }
    : { line: origin.line + p.line, character: p.character };
}
