import type { TreeCursor } from '@lezer/common';
import { textOf } from './lezerSupport.js';
import { report, type TsContext, type TsNode } from './tsContext.js';
import { spanAt } from './tsCursor.js';

/** Receivers that are runtime namespaces, not records: their members are never fields. */
export const NAMESPACE_RECEIVERS: ReadonlySet<string> = new Set([
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
 * Read through the walk's cursor: member expressions are the commonest node a handler sees,
 * and only `this.x` inside a constructor needs a node (for its assignment).
 */
export function readUsage(ctx: TsContext, cursor: TreeCursor): void {
  const from = cursor.from;
  const to = cursor.to;
  // An empty node (error recovery) could share its span with a sibling: read it as a node.
  if (from === to) {
    readUsageOf(ctx, cursor.node);
    return;
  }
  if (!cursor.lastChild()) return;
  const prop = spanAt(cursor);
  cursor.parent();
  if (prop.name !== 'PropertyName') return;
  // The callee of the call or `new` entered just before (see `TsContext.callee`).
  const callee = ctx.callee;
  if (callee.name === 'MemberExpression' && callee.from === from && callee.to === to) return;
  if (ctx.decoratorDepth > 0) return;
  cursor.firstChild();
  const receiver = cursor.name;
  const owner = receiverNameAt(ctx, cursor);
  cursor.parent();
  if (owner === undefined || NAMESPACE_RECEIVERS.has(owner)) return;
  const name = ctx.text.slice(prop.from, prop.to);
  if (receiver !== 'this' && constantOfType(owner, name)) return;
  if (receiver === 'this' && from < ctx.constructorEnd) {
    const member = cursor.node;
    const parent = member.parent;
    if (constructorAssignment(ctx, member, parent)) {
      report(ctx, { name, from: prop.from, owner }, parent ?? member);
      return;
    }
  }
  ctx.emit({ name, from: prop.from, role: 'usage', owner });
}

/** `readUsage` for a member expression given as a node. */
export function readUsageOf(ctx: TsContext, member: TsNode): void {
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
export function constantOfType(owner: string, name: string): boolean {
  return UPPER_START.test(owner) && name.length >= 2 && CONSTANT_CASE.test(name);
}

/** Made once: a literal in the function made a new RegExp object for every usage read. */
const UPPER_START = /^\p{Lu}/u;

const CONSTANT_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/**
 * Parts every record of a resource model has (`spec`, `status`, as Kubernetes and the platforms
 * built like it name them): in `menu.spec.displayName` the record is `menu`, so the owner is
 * named with the part (`menu.spec`), as the generic scanner names it (genericShapes.ts).
 */
export const RECORD_PARTS: ReadonlySet<string> = new Set(['spec', 'status']);

/** `receiverName` of the receiver at the cursor; the cursor stays on it. */
function receiverNameAt(ctx: TsContext, cursor: TreeCursor): string | undefined {
  switch (cursor.name) {
    case 'VariableName':
      return ctx.text.slice(cursor.from, cursor.to);
    case 'this':
      return ctx.classes[ctx.classes.length - 1] || 'this';
    case 'MemberExpression': {
      const last = lastPropertyName(ctx, cursor);
      if (last === undefined || !RECORD_PARTS.has(last) || !cursor.firstChild()) return last;
      const record = recordNameAt(ctx, cursor);
      cursor.parent();
      return record === undefined ? last : `${record}.${last}`;
    }
    default:
      return undefined;
  }
}

/** The record a part is read from at the cursor (`menu`, `item.menu`'s `menu`); the cursor stays. */
function recordNameAt(ctx: TsContext, cursor: TreeCursor): string | undefined {
  if (cursor.name === 'VariableName') return ctx.text.slice(cursor.from, cursor.to);
  return cursor.name === 'MemberExpression' ? lastPropertyName(ctx, cursor) : undefined;
}

/** The text of the last child at the cursor when it is a `PropertyName`; the cursor stays. */
function lastPropertyName(ctx: TsContext, cursor: TreeCursor): string | undefined {
  if (!cursor.lastChild()) return undefined;
  const last = cursor.name === 'PropertyName' ? ctx.text.slice(cursor.from, cursor.to) : undefined;
  cursor.parent();
  return last;
}

function receiverName(ctx: TsContext, receiver: TsNode): string | undefined {
  switch (receiver.name) {
    case 'VariableName':
      return textOf(ctx.text, receiver);
    case 'this':
      return ctx.classes[ctx.classes.length - 1] || 'this';
    case 'MemberExpression': {
      const last = receiver.lastChild;
      if (last?.name !== 'PropertyName') return undefined;
      const part = textOf(ctx.text, last);
      if (!RECORD_PARTS.has(part)) return part;
      const inner = receiver.firstChild;
      const record =
        inner?.name === 'VariableName'
          ? textOf(ctx.text, inner)
          : inner?.name === 'MemberExpression' && inner.lastChild?.name === 'PropertyName'
            ? textOf(ctx.text, inner.lastChild)
            : undefined;
      return record === undefined ? part : `${record}.${part}`;
    }
    default:
      return undefined;
  }
}

/**
 * `this.phone = phone` in a constructor declares the field in JavaScript classes, unless the
 * class already declared it as a property.
 */
export function constructorAssignment(ctx: TsContext, member: TsNode, parent: TsNode | null): boolean {
  if (member.from >= ctx.constructorEnd || parent?.name !== 'AssignmentExpression') return false;
  if (parent.firstChild?.from !== member.from || parent.firstChild.to !== member.to) return false;
  const declared = ctx.classFields[ctx.classFields.length - 1];
  const name = ctx.text.slice(member.lastChild?.from ?? 0, member.to);
  if (declared?.has(name)) return false;
  declared?.add(name);
  return true;
}
