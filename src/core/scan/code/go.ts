import { parser as goParser } from '@lezer/go';
import type { SyntaxNode } from '@lezer/common';
import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import type { Extractor } from '../extractor.js';
import { collectFields } from './collectFields.js';
import { lezerExtractor, type LezerContext } from './lezerExtractor.js';
import { readGo, type GoRead } from './goReader.js';
import { rereadGo } from './goReuse.js';
import type { GoTokens } from './goTokens.js';
import { recollectFields } from './chainFields.js';
import { childNamed, textOf } from './lezerSupport.js';
import { goFieldDeclarations } from './goFields.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

/**
 * Go structs: every named field with its type, `//` comments and struct tags (`gorm` column and
 * comment, `json`/`db` names, `comment:"…"`); selector expressions on variables are usages.
 * Parsed with @lezer/go: the reference the fast reader (goReader.ts) is held to.
 */
export const goReference = lezerExtractor<LezerContext>({
  id: 'go',
  languageIds: ['go'],
  parser: () => goParser,
  parseText: bridgeLineEndBooleans,
  commentNodes: ['LineComment', 'BlockComment'],
  context: (base) => base,
  enter: { FieldDecl: fieldDecl, SelectorExpr: selector },
});

/**
 * The Go extractor: the fast token reader (goReader.ts) when it can be sure of the text, else
 * the Lezer-based reference above (issue 8: a full scan of 10,000 lines spent most of its time
 * in Lezer's parse and the tree walk). The same text again costs nothing; after an edit only the
 * top-level declarations it touched are read again (goReuse.ts).
 */
export const goExtractor: Extractor = {
  id: goReference.id,
  handles: (source) => goReference.handles(source),
  extract(text, source, previous) {
    const prior = previous instanceof GoReadMemo ? previous : undefined;
    if (prior?.text === text) return { ok: true, fields: prior.fields, memo: prior };
    const reread = prior === undefined ? undefined : rereadGo(prior.text, prior.read, text);
    const read = reread ?? readGo(text);
    if (read === undefined) return goReference.extract(text, source, previous);
    const lines = new LineIndex(text);
    const fields =
      (reread === undefined || prior === undefined
        ? undefined
        : recollectFields(prior, text, reread, lines)) ??
      collectFields(text, lines, read.comments, read.emitted, read.pending);
    return { ok: true, fields, memo: new GoReadMemo(text, read, lines, fields) };
  },
};

/**
 * What the fast reader leaves for the next scan of the same document: the same text again
 * costs nothing; after an edit, what it read outside the edit is reused (goReuse.ts), and so
 * are the candidates found there (chainFields.ts). A whole read's tokens are kept for the flows
 * of the same text (`goTokensOf`).
 */
class GoReadMemo {
  constructor(
    readonly text: string,
    readonly read: GoRead,
    readonly lines: LineIndex,
    readonly fields: readonly FieldCandidate[],
  ) {}
}

/** The fast reader's tokens of `text` from a scan's memo, when the reader (not Lezer) read it. */
export function goTokensOf(state: unknown, text: string): GoTokens | undefined {
  return state instanceof GoReadMemo && state.text === text ? state.read.tokens : undefined;
}

const LINE_END_BOOLEAN = /\b(?:true|false)(?=[ \t]*(?:\/\/[^\r\n]*)?\r?\n)/g;

/**
 * @lezer/go inserts no semicolon after `true` or `false` at the end of a line (they are not
 * among the tokens its semicolon tracker knows), so `ok = true` followed by another statement
 * is a syntax error that can hide the rest of the file. The parser sees a same-length
 * identifier there instead; handlers read the original text.
 */
export function bridgeLineEndBooleans(text: string): string {
  if (!text.includes('true') && !text.includes('false')) return text;
  return text.replace(LINE_END_BOOLEAN, (word: string) => `${word.slice(0, -1)}_`);
}

/** The struct's type name, or the enclosing field's name for an anonymous nested struct. */
function ownerOf(ctx: LezerContext, decl: SyntaxNode): string | undefined {
  for (let p = decl.parent; p; p = p.parent) {
    if (p.name === 'FieldDecl' || p.name === 'TypeSpec') {
      const name = childNamed(p, 'FieldName', 'DefName');
      return name ? textOf(ctx.text, name) : undefined;
    }
  }
  return undefined;
}

function fieldDecl(ctx: LezerContext, decl: SyntaxNode): void {
  const names = decl.getChildren('FieldName');
  if (names.length === 0) return; // embedded type
  const last = names[names.length - 1];
  let typeNode = last?.nextSibling ?? null;
  if (typeNode?.name === ',') typeNode = null;
  const tagNode = decl.lastChild?.name === 'String' ? decl.lastChild : null;
  const declarations: PendingDeclaration[] = [];
  goFieldDeclarations(
    ctx.text,
    {
      names,
      type:
        typeNode && typeNode.name !== 'String'
          ? { from: typeNode.from, to: typeNode.to, struct: typeNode.name === 'StructType' }
          : undefined,
      tag: tagNode ?? undefined,
      from: decl.from,
      to: decl.to,
      owner: ownerOf(ctx, decl),
    },
    declarations,
  );
  for (const d of declarations) ctx.declare(d.draft, d.span, d.extras);
}

/** `u.IDCard` → a usage owned by `u`; method calls and package members in calls are skipped. */
function selector(ctx: LezerContext, expr: SyntaxNode): void {
  const prop = expr.lastChild;
  const receiver = expr.firstChild;
  if (prop?.name !== 'FieldName' || receiver?.name !== 'VariableName') return;
  const parent = expr.parent;
  if (parent?.name === 'CallExpr' && parent.firstChild?.to === expr.to) return;
  ctx.emit({
    name: textOf(ctx.text, prop),
    from: prop.from,
    role: 'usage',
    owner: textOf(ctx.text, receiver),
  });
}
