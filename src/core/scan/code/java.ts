import { parser as javaParser } from '@lezer/java';
import type { SyntaxNode } from '@lezer/common';
import { argumentRole } from './annotationRoles.js';
import { rewriteClassLiterals } from './javaClassLiterals.js';
import { moduleWordsAsNames } from './javaModuleWords.js';
import { joinDescriptions } from '../kit/index.js';
import { lezerExtractor, type LezerContext } from './lezerExtractor.js';
import { ancestorNamed, childNamed, stringContent, textOf } from './lezerSupport.js';

/**
 * Java entities and DTOs: fields and record components with JPA/Lombok/MyBatis-Plus
 * annotations, Javadoc, Swagger `@ApiModelProperty`, OpenAPI `@Schema`, Excel export
 * headers; field accesses and getter/setter calls as usages. Parsed with @lezer/java.
 */
export const javaExtractor = lezerExtractor<LezerContext>({
  id: 'java',
  languageIds: ['java'],
  parser: () => javaParser,
  parseText: (text, source) => moduleWordsAsNames(rewriteClassLiterals(text), source.path),
  commentNodes: ['LineComment', 'BlockComment'],
  context: (base) => base,
  enter: {
    FieldDeclaration: field,
    RecordComponent: recordComponent,
    FieldAccess: fieldAccess,
    MethodInvocation: accessorCall,
  },
});

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
  const type = modifiers ? modifiers.nextSibling : decl.firstChild;
  const info = annotations(ctx, modifiers);
  // A column alias names one column: it belongs to the first declarator only.
  let alias = info.alias;
  for (const declarator of decl.getChildren('VariableDeclarator')) {
    const def = childNamed(declarator, 'Definition');
    if (def) emit(ctx, def, decl, type ? textOf(ctx.text, type) : undefined, info.description, alias);
    alias = undefined;
  }
}

function recordComponent(ctx: JavaContext, component: SyntaxNode): void {
  const def = childNamed(component, 'Definition');
  if (!def) return;
  const modifiers = childNamed(component, 'Modifiers');
  const info = annotations(ctx, modifiers);
  const type = def.prevSibling;
  emit(ctx, def, component, type ? textOf(ctx.text, type) : undefined, info.description, info.alias);
}

/** Declares one variable of a field or record component; the owner is the enclosing type. */
function emit(
  ctx: JavaContext,
  def: SyntaxNode,
  decl: SyntaxNode,
  declaredType: string | undefined,
  description: string | undefined,
  alias: { value: string; from: number } | undefined,
): void {
  const draft = { name: textOf(ctx.text, def), from: def.from, owner: ownerOf(ctx, decl), declaredType };
  ctx.declare(
    draft,
    { from: decl.from, to: decl.to },
    { descriptions: [description], aliases: alias ? [{ name: alias.value, from: alias.from }] : [] },
  );
}

/** Reads describing and aliasing annotations from a `Modifiers` node. */
function annotations(
  ctx: JavaContext,
  modifiers: SyntaxNode | null,
): { description: string | undefined; alias: { value: string; from: number } | undefined } {
  const descriptions: (string | undefined)[] = [];
  let alias: { value: string; from: number } | undefined;
  for (const a of modifiers?.getChildren('Annotation') ?? []) {
    const name = textOf(ctx.text, a.getChild('Identifier') ?? a.getChild('ScopedIdentifier') ?? a).replace(
      /^.*\./,
      '',
    );
    const args = a.getChild('AnnotationArgumentList');
    if (!args) continue;
    for (let c = args.firstChild; c; c = c.nextSibling) {
      const key = c.name === 'ElementValuePair' ? textOf(ctx.text, c.firstChild ?? c) : 'value';
      const value = c.name === 'ElementValuePair' ? c.lastChild : c;
      const str = value ? firstString(ctx, value) : undefined;
      if (!str) continue;
      const role = argumentRole(name, key);
      if (role === 'describe') descriptions.push(str.value);
      else if (role === 'alias') alias ??= unquotedColumn(str);
      else if (name === 'Column' && key === 'columnDefinition') {
        descriptions.push(/comment\s+'([^']*)'/i.exec(str.value)?.[1]);
      }
    }
  }
  return { description: joinDescriptions(descriptions), alias };
}

/**
 * A column name quoted for the database (`"\`rank\`"`, `"[order]"`, `"\"user\""`: a reserved
 * word) names the column without its quotes.
 */
function unquotedColumn(str: { value: string; from: number }): { value: string; from: number } {
  const m = /^(?:`([^`]+)`|\[([^\]]+)\]|\\"([^"\\]+)\\")$/.exec(str.value);
  if (!m) return str;
  const inner = m[1] ?? m[2] ?? m[3] ?? '';
  return { value: inner, from: str.from + (m[3] !== undefined ? 2 : 1) };
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
