/**
 * Prisma schema reader.
 *
 * Why hand-written: @mrleebo/prisma-ast (evaluated at 0.15) parses well, but it reads a
 * `prisma-ast` config from disk through lilconfig and `os` when it is imported, which a pure
 * core cannot do, and it turns location tracking on only through that config. Prisma's
 * grammar is line-oriented (one field per line, `///` and block doc comments, `//` comments, `@@` block
 * attributes), so a line reader gives exact positions in little code.
 * test/unit/formats/prismaDifferential.test.ts checks field lists against prisma-ast's AST.
 */
import type { FieldCandidate } from '../../types.js';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult } from '../extractor.js';
import { candidate, guarded, handles, joinDescriptions } from '../kit/index.js';

const BLOCK_OPEN = /^(model|view|type|enum|datasource|generator)\s+([A-Za-z_]\w*)\s*\{\s*(?:\/\/.*)?$/;
const FIELD = /^([A-Za-z_]\w*)(\s+)([A-Za-z_]\w*(?:\("(?:[^"\\]|\\.)*"\))?(?:\[\])?\??)(?=\s|$|@|\/\/)/;

interface Block {
  readonly kind: string;
  readonly name: string;
  readonly doc: string | undefined;
  readonly openedOnLine: number;
}

/** Reads `model`, `view` and composite `type` fields from `.prisma` files. */
export const prismaExtractor: Extractor = {
  id: 'prisma',
  handles: handles({ languageIds: ['prisma'] }),
  extract: (text) => guarded(() => readPrisma(text)),
};

function readPrisma(text: string): ExtractResult {
  const lines = new LineIndex(text);
  const fields: FieldCandidate[] = [];
  let block: Block | undefined;
  let docs: string[] = [];
  let comments: string[] = [];
  let openBrackets = 0; // an attribute's arguments may continue on the following lines
  let blockComment: string[] | undefined; // the lines so far of an unclosed `/* …`
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.offsetAt({ line, character: 0 });
    const raw = text.slice(
      start,
      line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length,
    );
    const content = raw.replace(/[\r\n]+$/, '');
    const indent = content.length - content.trimStart().length;
    const trimmed = content.trim();
    if (openBrackets > 0) {
      openBrackets += bracketBalance(trimmed);
      continue;
    }
    if (blockComment !== undefined || trimmed.startsWith('/*')) {
      // A `/* … */` comment (accepted by Prisma since December 2024) documents the next node as `///` does.
      const end = trimmed.indexOf('*/', blockComment === undefined ? 2 : 0);
      const body = trimmed.slice(blockComment === undefined ? 2 : 0, end < 0 ? undefined : end);
      blockComment = [...(blockComment ?? []), body.replace(/^\*+/, '').trim()];
      if (end < 0) continue;
      if (trimmed.slice(end + 2).trim() !== '')
        return { ok: false, error: `line ${line + 1}: text after a block comment's end` };
      docs.push(...blockComment.filter((part) => part !== ''));
      blockComment = undefined;
      continue;
    }
    if (trimmed.startsWith('///')) {
      docs.push(trimmed.slice(3).trim());
      continue;
    }
    if (trimmed.startsWith('//')) {
      comments.push(trimmed.slice(2).trim());
      continue;
    }
    if (trimmed === '') {
      docs = [];
      comments = [];
      continue;
    }
    if (block === undefined) {
      const open = BLOCK_OPEN.exec(trimmed);
      if (open === null) return { ok: false, error: `line ${line + 1}: expected a block (model, enum, …)` };
      block = { kind: open[1] ?? '', name: open[2] ?? '', doc: describe(docs, comments), openedOnLine: line };
    } else if (trimmed.startsWith('}')) {
      block = undefined;
    } else if (block.kind === 'model' || block.kind === 'view' || block.kind === 'type') {
      if (!trimmed.startsWith('@@')) {
        const field = FIELD.exec(trimmed);
        if (field === null)
          return { ok: false, error: `line ${line + 1}: expected a field in ${block.name}` };
        const name = field[1] ?? '';
        const rest = trimmed.slice(field[0].length);
        const trailing = trailingComment(rest);
        const read = {
          owner: block.name,
          declaredType: field[3],
          comment: describe(docs, [...comments, ...(trailing === undefined ? [] : [trailing])]),
          ownerComment: block.doc,
        };
        fields.push(candidate(lines, { name, from: start + indent, ...read }));
        // `xm String @map("real_name")`: the column's name in the database is the field's too,
        // read where it is written unless it only respells the field's name (`realName`).
        const mapped = mappedName(rest);
        if (mapped !== undefined && squashed(mapped.name) !== squashed(name))
          fields.push(
            candidate(lines, {
              name: mapped.name,
              from: start + indent + field[0].length + mapped.at,
              ...read,
            }),
          );
      }
    }
    openBrackets = Math.max(0, bracketBalance(trimmed));
    docs = [];
    comments = [];
  }
  if (blockComment !== undefined) return { ok: false, error: 'a block comment (/* …) is not closed' };
  if (block !== undefined)
    return { ok: false, error: `${block.kind} ${block.name} (line ${block.openedOnLine + 1}) is not closed` };
  return { ok: true, fields };
}

/** `///` doc comments are the field's documentation; plain `//` comments count too. */
function describe(docs: readonly string[], comments: readonly string[]): string | undefined {
  return joinDescriptions([...docs, ...comments]);
}

/** Opened minus closed `(` and `[` on a line, ignoring strings and a trailing comment. */
function bracketBalance(line: string): number {
  let balance = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && inString) i++;
    else if (c === '"') inString = !inString;
    else if (!inString && c === '/' && line[i + 1] === '/') break;
    else if (!inString && (c === '(' || c === '[')) balance++;
    else if (!inString && (c === ')' || c === ']')) balance--;
  }
  return balance;
}

/** The `// …` at the end of a field line, ignoring `//` inside string arguments. */
function trailingComment(rest: string): string | undefined {
  const at = commentStart(rest);
  return at < 0 ? undefined : rest.slice(at).replace(/^\/+/, '').trim();
}

/** Where the `//` of a field line's trailing comment starts (-1: none), outside strings. */
function commentStart(rest: string): number {
  let inString = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\' && inString) i++;
    else if (c === '"') inString = !inString;
    else if (!inString && c === '/' && rest[i + 1] === '/') return i;
  }
  return -1;
}

/** A field's `@map("column")` or `@map(name: "column")` attribute. */
const MAP_ATTRIBUTE = /@map\(\s*(?:name\s*:\s*)?"([A-Za-z_][\w$]*)"/;

/** The database name a field line maps its field to, and where it starts in `rest`. */
function mappedName(rest: string): { name: string; at: number } | undefined {
  const match = MAP_ATTRIBUTE.exec(rest);
  const name = match?.[1];
  if (match === null || name === undefined) return undefined;
  const end = commentStart(rest);
  if (end >= 0 && match.index > end) return undefined;
  return { name, at: match.index + match[0].length - name.length - 1 };
}

/** A name without case or underscores: `realName` and `real_name` are one name. */
function squashed(name: string): string {
  return name.replaceAll('_', '').toLowerCase();
}
