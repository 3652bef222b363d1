import { parser as goParser } from '@lezer/go';
import type { SyntaxNode } from '@lezer/common';
import { lezerExtractor, type LezerContext } from './lezerExtractor.js';
import { childNamed, textOf } from './lezerSupport.js';
import { parseTag } from './goTags.js';

/**
 * Go structs: every named field with its type, `//` comments and struct tags (`gorm` column and
 * comment, `json`/`db` names, `comment:"…"`); selector expressions on variables are usages.
 * Parsed with @lezer/go.
 */
export const goExtractor = lezerExtractor<LezerContext>({
  id: 'go',
  languageIds: ['go'],
  parser: () => goParser,
  parseText: bridgeLineEndBooleans,
  commentNodes: ['LineComment', 'BlockComment'],
  context: (base) => base,
  enter: { FieldDecl: fieldDecl, SelectorExpr: selector },
});

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
  const tagText = tagNode ? textOf(ctx.text, tagNode) : '';
  // Offsets inside a tag are exact only for raw (backquoted) strings, which have no escapes.
  const raw = tagText.startsWith('`');
  const tag = parseTag(tagText.slice(1, -1));
  // An anonymous struct's fields are reported on their own; its type is just `struct`.
  const declaredType =
    typeNode && typeNode.name !== 'String'
      ? typeNode.name === 'StructType'
        ? 'struct'
        : textOf(ctx.text, typeNode)
      : undefined;
  const span = { from: decl.from, to: decl.to, nameEnd: names[0]?.to };
  // A tag names one field: its aliases apply only when the declaration has a single name.
  const aliases =
    names.length === 1 && raw && tagNode
      ? tag.aliases.map((a) => ({ name: a.value, from: tagNode.from + 1 + a.offset }))
      : [];
  const owner = ownerOf(ctx, decl);
  for (const n of names) {
    const draft = { name: textOf(ctx.text, n), from: n.from, owner, declaredType };
    ctx.declare(draft, span, { descriptions: tag.descriptions, aliases });
  }
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
