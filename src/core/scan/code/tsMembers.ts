import type { SyntaxNode } from '@lezer/common';
import { validationName } from '../../detect/validators.js';
import { joinDescriptions } from '../kit/index.js';
import { childNamed, stringContent, textOf } from './lezerSupport.js';
import {
  literalString,
  readOptions,
  report,
  type FieldOptions,
  type TsContext,
  type TsNode,
} from './tsContext.js';

/**
 * Class members as both TypeScript walks read them (the cursor walk over Lezer's tree,
 * typescript.ts, and the walk over the fast reader's buffer, tsBufferWalk.ts): the enclosing
 * class, constructor parameter properties, decorator options and declared types.
 */

/** Classes nest (class expressions inside methods): fields belong to the innermost one. */
export function enterClass(ctx: TsContext, node: SyntaxNode): void {
  const def = node.getChild('VariableDefinition');
  ctx.classes.push(def ? textOf(ctx.text, def) : '');
  ctx.classFields.push(new Set());
  ctx.classComments.push(entityComment(ctx, node));
}

export function leaveClass(ctx: TsContext): void {
  ctx.classes.pop();
  ctx.classFields.pop();
  ctx.classComments.pop();
}

export function className(ctx: TsContext): string | undefined {
  return ctx.classes[ctx.classes.length - 1] || undefined;
}

/** What the innermost class's entity decorator says of it: its fields' owner description. */
export function classComment(ctx: TsContext): string | undefined {
  return ctx.classComments[ctx.classComments.length - 1];
}

/** TypeORM decorators that declare a table (and MikroORM's `@Entity`). */
const ENTITY_DECORATORS: ReadonlySet<string> = new Set(['Entity', 'ViewEntity', 'ChildEntity']);

/**
 * The table comment of a TypeORM entity (`@Entity({ comment: '会员表' })`, `@Entity('t_hy', {
 * comment: '会员' })`): it says whose records the class holds, as a SQL table's `COMMENT` does.
 */
export function entityComment(ctx: TsContext, node: TsNode): string | undefined {
  for (let d = node.firstChild; d; d = d.nextSibling) {
    if (d.name !== 'Decorator') continue;
    const call = childNamed(d, 'CallExpression');
    const callee = call?.firstChild;
    const args = call && childNamed(call, 'ArgList');
    if (!callee || !args || !ENTITY_DECORATORS.has(textOf(ctx.text, callee.lastChild ?? callee))) continue;
    for (let a = args.firstChild; a; a = a.nextSibling)
      if (a.name === 'ObjectExpression') return readOptions(ctx, a).description;
  }
  return undefined;
}

/** A static or initialised CONSTANT_CASE member is the class's constant, not a record's field. */
export const CONSTANT_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]*$/;

/** `constructor(private readonly phone: string)` declares a property. */
export function constructorParameters(ctx: TsContext, method: TsNode): void {
  const name = childNamed(method, 'PropertyDefinition');
  const params = childNamed(method, 'ParamList');
  if (!name || !params || textOf(ctx.text, name) !== 'constructor') return;
  ctx.constructorEnd = method.to;
  let modified = false;
  for (let c = params.firstChild; c; c = c.nextSibling) {
    if (c.name === 'Privacy' || c.name === 'readonly') modified = true;
    else if (c.name === ',') modified = false;
    else if (c.name === 'VariableDefinition' && modified) {
      const annotation = c.nextSibling?.name === 'TypeAnnotation' ? c.nextSibling : null;
      report(
        ctx,
        {
          name: textOf(ctx.text, c),
          from: c.from,
          owner: className(ctx),
          declaredType: annotation ? typeText(ctx, annotation) : undefined,
          ownerComment: classComment(ctx),
        },
        annotation ?? c,
      );
    }
  }
}

/** The annotation's type: its text without the leading `:` and the blanks after it. */
export function typeText(ctx: TsContext, annotation: { readonly from: number; readonly to: number }): string {
  return typeTextAt(ctx.text, annotation.from, annotation.to);
}

/**
 * `typeText` of the annotation spanning `[from, to)` of `text`, sliced once: a model file has
 * an annotation per member, and slicing, dropping the colon and trimming made three strings.
 */
export function typeTextAt(text: string, from: number, to: number): string {
  if (text.charCodeAt(from) !== 58 /* : */) return text.slice(from, to);
  let start = from + 1;
  while (start < to && isBlank(text.charCodeAt(start))) start++;
  return text.slice(start, to);
}

/** What `trimStart` removes (`\s`): ASCII blanks and line breaks, and Unicode's spaces. */
function isBlank(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/** Decorator names whose first string argument is the column type (`@Column('varchar')`). */
const COLUMN_DECORATORS = /Column$/;
/** Decorators whose first string argument describes the field. */
const DESCRIBING_DECORATORS = new Set(['Comment', 'Description', 'ApiModelProperty']);

/** Reads `@Column({...})`, `@ApiProperty({...})`, `@Comment('…')` and similar decorators. */
export function decoratorOptions(ctx: TsContext, prop: TsNode): FieldOptions {
  const result: FieldOptions = {};
  const descriptions: (string | undefined)[] = [];
  for (let d = prop.firstChild; d; d = d.nextSibling) {
    if (d.name !== 'Decorator') continue;
    const call = childNamed(d, 'CallExpression');
    const callee = call?.firstChild;
    const args = call && childNamed(call, 'ArgList');
    if (!callee || !args) continue;
    const decorator = textOf(ctx.text, callee.lastChild ?? callee);
    result.validation ??= validationName(decorator);
    let firstString = true;
    for (let a = args.firstChild; a; a = a.nextSibling) {
      if (a.name === 'ObjectExpression') {
        addOptions(result, descriptions, readOptions(ctx, a));
      } else if (firstString && literalString(ctx, a) !== undefined) {
        firstString = false;
        addDecoratorString(result, descriptions, decorator, stringContent(ctx.text, a)?.value);
      }
    }
  }
  result.description = joinDescriptions(descriptions);
  return result;
}

/** A decorator's options object, after those read before it (the first alias and type win). */
export function addOptions(
  result: FieldOptions,
  descriptions: (string | undefined)[],
  options: FieldOptions,
): void {
  descriptions.push(options.description);
  result.alias ??= options.alias;
  result.type ??= options.type;
}

/** A decorator's first string argument: a description (`@Comment`) or a column type (`@Column`). */
export function addDecoratorString(
  result: FieldOptions,
  descriptions: (string | undefined)[],
  decorator: string,
  value: string | undefined,
): void {
  if (DESCRIBING_DECORATORS.has(decorator)) descriptions.push(value);
  else if (COLUMN_DECORATORS.test(decorator)) result.type ??= value;
}
