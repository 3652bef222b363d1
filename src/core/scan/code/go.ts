import { parser as goParser } from '@lezer/go';
import type { SyntaxNode } from '@lezer/common';
import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import type { Extractor } from '../extractor.js';
import { attachedComments, joinDescriptions, type CommentSpan } from './comments.js';
import {
  candidate,
  childNamed,
  collectComments,
  differentName,
  matchesSource,
  runExtraction,
  textOf,
  sortFields,
} from './lezerSupport.js';
import { parseTag } from './goTags.js';

/**
 * Go structs: every named field with its type, `//` comments and struct tags (`gorm` column and
 * comment, `json`/`db` names, `comment:"…"`); selector expressions on variables are usages.
 * Parsed with @lezer/go.
 */
export const goExtractor: Extractor = {
  id: 'go',
  handles: (source) => matchesSource(source, ['.go'], ['go']),
  extract(text) {
    const lines = new LineIndex(text);
    return runExtraction(
      lines,
      () => goParser.parse(text),
      (tree) => {
        const ctx: GoContext = {
          text,
          lines,
          comments: collectComments(tree, ['LineComment', 'BlockComment']),
          out: [],
        };
        tree.iterate({
          enter(ref) {
            if (ref.name === 'FieldDecl') fieldDecl(ctx, ref.node);
            else if (ref.name === 'SelectorExpr') selector(ctx, ref.node);
          },
        });
        return sortFields(ctx.out);
      },
    );
  },
};

interface GoContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly comments: readonly CommentSpan[];
  readonly out: FieldCandidate[];
}

/** The struct's type name, or the enclosing field's name for an anonymous nested struct. */
function ownerOf(ctx: GoContext, decl: SyntaxNode): string | undefined {
  for (let p = decl.parent; p; p = p.parent) {
    if (p.name === 'FieldDecl' || p.name === 'TypeSpec') {
      const name = childNamed(p, 'FieldName', 'DefName');
      return name ? textOf(ctx.text, name) : undefined;
    }
  }
  return undefined;
}

function fieldDecl(ctx: GoContext, decl: SyntaxNode): void {
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
  const comment = joinDescriptions([
    attachedComments(ctx.text, ctx.comments, decl.from, decl.to, names[0]?.to),
    ...tag.descriptions,
  ]);
  const owner = ownerOf(ctx, decl);
  for (const n of names) {
    const draft = { name: textOf(ctx.text, n), from: n.from, owner, declaredType, comment };
    ctx.out.push(candidate(ctx.lines, draft));
    if (names.length > 1 || !raw || !tagNode) continue;
    const seen = [draft.name];
    for (const alias of tag.aliases) {
      if (seen.some((s) => !differentName(s, alias.value))) continue;
      seen.push(alias.value);
      ctx.out.push(
        candidate(ctx.lines, { ...draft, name: alias.value, from: tagNode.from + 1 + alias.offset }),
      );
    }
  }
}

/** `u.IDCard` → a usage owned by `u`; method calls and package members in calls are skipped. */
function selector(ctx: GoContext, expr: SyntaxNode): void {
  const prop = expr.lastChild;
  const receiver = expr.firstChild;
  if (prop?.name !== 'FieldName' || receiver?.name !== 'VariableName') return;
  const parent = expr.parent;
  if (parent?.name === 'CallExpr' && parent.firstChild?.to === expr.to) return;
  ctx.out.push(
    candidate(ctx.lines, {
      name: textOf(ctx.text, prop),
      from: prop.from,
      role: 'usage',
      owner: textOf(ctx.text, receiver),
    }),
  );
}
