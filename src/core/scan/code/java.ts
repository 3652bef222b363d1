import { parser as javaParser } from '@lezer/java';
import type { SyntaxNode } from '@lezer/common';
import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import { describeComments } from '../kit/index.js';
import type { Extractor, SourceInfo } from '../extractor.js';
import { AnnotationFacts, type AnnotationResult } from './javaAnnotationFacts.js';
import { rewriteClassLiterals } from './javaClassLiterals.js';
import { moduleWordsAsNames } from './javaModuleWords.js';
import { readJava } from './javaReader.js';
import { javaResourceParts } from './javaResourceParts.js';
import type { JavaRecord } from './javaReuse.js';
import { JK, type JavaTokens } from './javaTokens.js';
import { collectFields } from './collectFields.js';
import { lezerExtractor, type LezerContext } from './lezerExtractor.js';
import { ancestorNamed, childNamed, stringContent, textOf } from './lezerSupport.js';

/** The text @lezer/java is given: same length, class literals and module-only words rewritten. */
function javaParseText(text: string, source: SourceInfo): string {
  return moduleWordsAsNames(rewriteClassLiterals(text), source.path);
}

/**
 * Java entities and DTOs: fields and record components with JPA/Lombok/MyBatis-Plus
 * annotations, Javadoc, Swagger `@ApiModelProperty`, OpenAPI `@Schema`, Excel export
 * headers; field accesses and getter/setter calls as usages. Parsed with @lezer/java: the
 * reference the fast reader (javaReader.ts) is held to.
 */
export const javaReference = lezerExtractor<LezerContext>({
  id: 'java',
  languageIds: ['java'],
  parser: () => javaParser,
  parseText: javaParseText,
  commentNodes: ['LineComment', 'BlockComment'],
  context: (base) => base,
  enter: {
    FieldDeclaration: field,
    RecordComponent: recordComponent,
    FieldAccess: fieldAccess,
    MethodInvocation: accessorCall,
  },
});

/** `module-info.java` reads module words as keywords, which the fast reader leaves to Lezer. */
const MODULE_INFO = /(?:^|[\\/])module-info\.java$/i;

/**
 * The Java extractor: the fast token reader (javaReader.ts) when it can be sure of the text,
 * else the Lezer-based reference above (issue 8: a full scan of 10,000 lines spent most of its
 * time in Lezer's parse and the tree walk). The same text again costs nothing; after an edit
 * the constructs it left alone are taken over from the previous read (javaReuse.ts). The flow
 * analysis lowers the reader's tokens (`javaTokensOf`, flow/lang/javaLower.ts) instead of a tree.
 */
export const javaExtractor: Extractor = {
  id: javaReference.id,
  handles: (source) => javaReference.handles(source),
  extract(text, source, previous) {
    if (previous instanceof JavaReadMemo && previous.text === text)
      return { ok: true, fields: previous.fields, memo: previous };
    const prior = previous instanceof JavaReadMemo ? previous : undefined;
    if (MODULE_INFO.test(source.path)) return referenceWithParts(text, source, previous);
    const renamed: number[] = [];
    const read = readJava(text, moduleWordsAsNames(rewriteClassLiterals(text), source.path, renamed), prior);
    if (read === undefined) return referenceWithParts(text, source, previous);
    const lines = new LineIndex(text);
    const fields = javaResourceParts(
      text,
      source.path,
      collectFields(text, lines, read.comments, read.emitted, read.pending),
      lines,
    );
    const memo = new JavaReadMemo(text, fields, read.records, read.tokens, namesAmong(read.tokens, renamed));
    return { ok: true, fields, memo };
  },
};

/** The reference's reading, with a resource's parts read as the resource (javaResourceParts.ts). */
function referenceWithParts(
  text: string,
  source: SourceInfo,
  previous: unknown,
): ReturnType<Extractor['extract']> {
  const result = javaReference.extract(text, source, previous);
  return result.ok ? { ...result, fields: javaResourceParts(text, source.path, result.fields) } : result;
}

/** What the fast reader leaves for the next scan of the same document and for its flows. */
class JavaReadMemo {
  constructor(
    readonly text: string,
    readonly fields: readonly FieldCandidate[],
    readonly records: readonly JavaRecord[],
    readonly tokens: JavaTokens,
    /** Whether the parse text renamed a name token (a module word: `to`, `with`…). */
    readonly renamedName: boolean,
  ) {}
}

/**
 * Whether a name token starts at one of the offsets `renamed` (ascending): a module word renamed
 * in a string or a comment renames no name.
 */
function namesAmong(tokens: JavaTokens, renamed: readonly number[]): boolean {
  const { from, kind } = tokens;
  for (const at of renamed) {
    let lo = 0;
    let hi = tokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((from[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    if (from[lo] === at && kind[lo] === JK.IDENT) return true;
  }
  return false;
}

/**
 * The fast reader's tokens of `text` from a scan's memo, when the reader (not Lezer) read it and
 * its parse text renamed no name: the flow analysis lowers them as they are (flow/lang/javaLower.ts),
 * and leaves a text with a module word as a name to Lezer.
 */
export function javaTokensOf(state: unknown, text: string): JavaTokens | undefined {
  return state instanceof JavaReadMemo && state.text === text && !state.renamedName
    ? state.tokens
    : undefined;
}

type JavaContext = LezerContext;

function ownerOf(ctx: JavaContext, node: SyntaxNode): string | undefined {
  const decl = ancestorNamed(
    node,
    'ClassDeclaration',
    'RecordDeclaration',
    'InterfaceDeclaration',
    'EnumDeclaration',
  );
  const def = decl && childNamed(decl, 'Definition');
  return def ? textOf(ctx.text, def) : undefined;
}

function field(ctx: JavaContext, decl: SyntaxNode): void {
  const modifiers = childNamed(decl, 'Modifiers');
  const words = modifiers ? textOf(ctx.text, modifiers) : '';
  if (/\bstatic\b/.test(words) && /\bfinal\b/.test(words)) return; // constants, not fields
  const head = headOf(ctx, modifiers ? modifiers.nextSibling : decl.firstChild, 'VariableDeclarator');
  const info = annotations(ctx, modifiers);
  // A column alias names one column: it belongs to the first declarator only.
  let alias = info.alias;
  for (const declarator of decl.getChildren('VariableDeclarator')) {
    const def = childNamed(declarator, 'Definition');
    if (def) emit(ctx, def, decl, head.type, [head.comment, info.description], alias, info.validation);
    alias = undefined;
  }
}

function recordComponent(ctx: JavaContext, component: SyntaxNode): void {
  const def = childNamed(component, 'Definition');
  if (!def) return;
  const modifiers = childNamed(component, 'Modifiers');
  const head = headOf(ctx, modifiers ? modifiers.nextSibling : component.firstChild, 'Definition');
  const info = annotations(ctx, modifiers);
  // The record's Javadoc `@param name text` describes the component (docTags.ts).
  const record = ancestorNamed(component, 'RecordDeclaration');
  const docAt = record ? childNamed(record, 'Definition')?.from : undefined;
  emit(ctx, def, component, head.type, [head.comment, info.description], info.alias, info.validation, docAt);
}

/**
 * A declaration's type and the comments standing among its head, from `first` (after the
 * modifiers) up to the `until` node. The type is its last node that is not a comment (Lezer
 * puts comments beside it, `@Column(name = "x") // 说明` then `String x;`): a comment is never
 * a type, and one written inside the head describes the field, as one above it does.
 */
function headOf(
  ctx: JavaContext,
  first: SyntaxNode | null,
  until: string,
): { type: string | undefined; comment: string | undefined } {
  let type: SyntaxNode | undefined;
  const comments: { from: number; to: number }[] = [];
  for (let node = first; node && node.name !== until; node = node.nextSibling) {
    if (node.name === 'LineComment' || node.name === 'BlockComment')
      comments.push({ from: node.from, to: node.to });
    else if (node.name !== '...') type = node;
  }
  return {
    type: type ? textOf(ctx.text, type) : undefined,
    comment: comments.length > 0 ? describeComments(ctx.text, comments) : undefined,
  };
}

/** Declares one variable of a field or record component; the owner is the enclosing type. */
function emit(
  ctx: JavaContext,
  def: SyntaxNode,
  decl: SyntaxNode,
  declaredType: string | undefined,
  descriptions: readonly (string | undefined)[],
  alias: { value: string; from: number } | undefined,
  validation: string | undefined,
  docAt?: number,
): void {
  const draft = {
    name: textOf(ctx.text, def),
    from: def.from,
    owner: ownerOf(ctx, decl),
    declaredType,
    validation,
  };
  ctx.declare(
    draft,
    docAt === undefined ? { from: decl.from, to: decl.to } : { from: decl.from, to: decl.to, docAt },
    { descriptions, aliases: alias ? [{ name: alias.value, from: alias.from }] : [] },
  );
}

/** Reads describing, aliasing and validating annotations from a `Modifiers` node. */
function annotations(ctx: JavaContext, modifiers: SyntaxNode | null): AnnotationResult {
  const facts = new AnnotationFacts();
  for (let a = modifiers?.firstChild; a; a = a.nextSibling) {
    if (a.name !== 'Annotation' && a.name !== 'MarkerAnnotation') continue;
    const name = textOf(ctx.text, a.getChild('Identifier') ?? a.getChild('ScopedIdentifier') ?? a).replace(
      /^.*\./,
      '',
    );
    facts.mark(name);
    const args = a.getChild('AnnotationArgumentList');
    if (!args) continue;
    for (let c = args.firstChild; c; c = c.nextSibling) {
      const key = c.name === 'ElementValuePair' ? textOf(ctx.text, c.firstChild ?? c) : 'value';
      const value = c.name === 'ElementValuePair' ? c.lastChild : c;
      const str = value ? firstString(ctx, value) : undefined;
      if (str) facts.add(name, key, str);
    }
  }
  return facts.result();
}

/** A string literal, or the first string of an array initializer (`{"身份证号"}`). */
function firstString(ctx: JavaContext, node: SyntaxNode): { value: string; from: number } | undefined {
  const literal = node.name === 'StringLiteral' ? node : node.getChild('StringLiteral');
  return literal ? stringContent(ctx.text, literal) : undefined;
}

/** `user.idCard` (and `this.idCard`, owned by the enclosing class). */
function fieldAccess(ctx: JavaContext, access: SyntaxNode): void {
  const prop = access.lastChild;
  const receiver = access.firstChild;
  if (prop?.name !== 'Identifier' || !receiver || prop.from === receiver.from) return;
  if (ancestorNamed(access, 'PackageDeclaration', 'ImportDeclaration', 'Annotation')) return;
  let owner: string | undefined;
  if (receiver.name === 'this') owner = ownerOf(ctx, access);
  else if (receiver.name === 'Identifier') owner = textOf(ctx.text, receiver);
  else if (receiver.name === 'FieldAccess') owner = textOf(ctx.text, receiver.lastChild ?? receiver);
  if (!owner || /^[A-Z][A-Z0-9_]*$/.test(textOf(ctx.text, prop))) return;
  ctx.emit({ name: textOf(ctx.text, prop), from: prop.from, role: 'usage', owner });
}

/** `user.getIdCard()` / `user.setIdCard(x)`: a bean accessor is a usage of its property (`IdCard`). */
function accessorCall(ctx: JavaContext, call: SyntaxNode): void {
  const method = call.getChild('MethodName');
  const receiver = call.firstChild;
  if (!method || !receiver || receiver.name !== 'Identifier' || receiver.from === method.from) return;
  const prefix = /^(get|set|is)(?=[A-Z])/.exec(textOf(ctx.text, method))?.[0];
  if (!prefix) return;
  // `getByPhone(phone)`, `getListByUserId(id)`: a finder named for its argument, not a property.
  if (/By[A-Z]/.test(textOf(ctx.text, method))) return;
  // The property is the part after the prefix (`getIdCard` → `IdCard`), at its own offset.
  const from = method.from + prefix.length;
  ctx.emit({ name: ctx.text.slice(from, method.to), from, role: 'usage', owner: textOf(ctx.text, receiver) });
}
