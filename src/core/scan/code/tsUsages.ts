import type { SyntaxNode } from '@lezer/common';
import { textOf } from './lezerSupport.js';
import { report, type TsContext } from './tsContext.js';

/** Receivers that are runtime namespaces, not records: their members are never fields. */
const NAMESPACE_RECEIVERS = new Set([
  'console',
  'Math',
  'JSON',
  'Object',
  'Array',
  'Promise',
  'Number',
  'String',
  'Symbol',
  'Reflect',
  'Date',
  'process',
  'window',
  'document',
  'module',
  'exports',
  'require',
  'z',
  'DataTypes',
  'Sequelize',
  'mongoose',
  'Schema',
  'React',
  'vscode',
]);

/**
 * `user.idCard` → a usage of `idCard` owned by `user`; `this.phone` → owned by the enclosing
 * class; `req.user.phone` → owned by `user`. Method calls (`user.save()`) are not fields.
 */
export function readUsage(ctx: TsContext, member: SyntaxNode): void {
  const prop = member.lastChild;
  const receiver = member.firstChild;
  if (!prop || prop.name !== 'PropertyName' || !receiver) return;
  const parent = member.parent;
  if (
    parent &&
    (parent.name === 'CallExpression' || parent.name === 'NewExpression') &&
    parent.firstChild?.to === member.to
  )
    return;
  if (ctx.decoratorDepth > 0) return;
  const owner = receiverName(ctx, receiver);
  if (owner === undefined || NAMESPACE_RECEIVERS.has(owner)) return;
  if (receiver.name !== 'this' && constantOfType(owner, textOf(ctx.text, prop))) return;
  if (receiver.name === 'this' && constructorAssignment(ctx, member, parent)) {
    report(ctx, { name: textOf(ctx.text, prop), from: prop.from, owner }, parent ?? member);
    return;
  }
  ctx.emit({ name: textOf(ctx.text, prop), from: prop.from, role: 'usage', owner });
}

/**
 * `SecurityConstants.USER_ID`, `LoginType.ACCOUNT_PASSWORD`: a CONSTANT_CASE member of a class,
 * enum or namespace is a constant (a header name, an enum value), not a record's field, as its
 * declaration is not one. A variable's upper-case key (`row.ID_CARD` from a database) still is.
 */
function constantOfType(owner: string, name: string): boolean {
  return /^\p{Lu}/u.test(owner) && name.length >= 2 && CONSTANT_CASE.test(name);
}

const CONSTANT_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

function receiverName(ctx: TsContext, receiver: SyntaxNode): string | undefined {
  switch (receiver.name) {
    case 'VariableName':
      return textOf(ctx.text, receiver);
    case 'this':
      return ctx.classes[ctx.classes.length - 1] || 'this';
    case 'MemberExpression': {
      const last = receiver.lastChild;
      return last?.name === 'PropertyName' ? textOf(ctx.text, last) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * `this.phone = phone` in a constructor declares the field in JavaScript classes, unless the
 * class already declared it as a property.
 */
function constructorAssignment(ctx: TsContext, member: SyntaxNode, parent: SyntaxNode | null): boolean {
  if (member.from >= ctx.constructorEnd || parent?.name !== 'AssignmentExpression') return false;
  if (parent.firstChild?.from !== member.from || parent.firstChild.to !== member.to) return false;
  const declared = ctx.classFields[ctx.classFields.length - 1];
  const name = ctx.text.slice(member.lastChild?.from ?? 0, member.to);
  if (declared?.has(name)) return false;
  declared?.add(name);
  return true;
}
