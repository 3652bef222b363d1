import { decline, type TsParser } from './tsParseCore.js';
import { functionSignature, paramList } from './tsParseClass.js';
import { propName, startsKey } from './tsParsePrimary.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Types of the fast TypeScript parse, as @lezer/javascript builds them: flat unions and
 * intersections, array and indexed types, parameterized names, literal, tuple, function,
 * parenthesized and object types. Conditional, mapped, template, `typeof`, `infer` and
 * the other rarer types are declined.
 */

/** `: type`. */
export function typeAnnotation(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect(':');
  type_(P);
  P.finish('TypeAnnotation', mark, from);
}

/** A type. */
export function type_(P: TsParser): void {
  if (P.is('&')) decline();
  const mark = P.start();
  const from = P.from();
  if (P.is('|')) {
    while (P.is('|')) {
      P.leaf('LogicOp');
      intersection(P);
    }
    P.finish('UnionType', mark, from);
    if (P.is('extends') || P.is('is')) decline();
    return;
  }
  intersection(P);
  if (P.is('|')) {
    while (P.is('|')) {
      P.leaf('LogicOp');
      intersection(P);
    }
    P.finish('UnionType', mark, from);
  }
  if (P.is('extends') || P.is('is')) decline();
}

function intersection(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  postfixType(P);
  if (!P.is('&')) return;
  while (P.is('&')) {
    P.leaf('LogicOp');
    postfixType(P);
  }
  P.finish('IntersectionType', mark, from);
}

function postfixType(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  primaryType(P);
  for (;;) {
    if (P.is('[') && !P.nl()) {
      P.leaf('[');
      if (P.is(']')) {
        P.leaf(']');
        P.finish('ArrayType', mark, from);
      } else {
        type_(P);
        P.expect(']');
        P.finish('IndexedType', mark, from);
      }
    } else return;
  }
}

const KEYWORD_TYPES: ReadonlyMap<string, string> = new Map([
  ['this', 'ThisType'],
  ['null', 'NullType'],
  ['void', 'VoidType'],
]);

function primaryType(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  const kind = P.kind();
  if (kind === TK.STRING || kind === TK.NUMBER) {
    if (kind === TK.STRING) P.string();
    else P.leaf('Number');
    P.finish('LiteralType', mark, from);
    return;
  }
  if (P.is('-') && P.kind(1) === TK.NUMBER) {
    P.leaf('ArithOp');
    P.leaf('Number');
    P.finish('LiteralType', mark, from);
    return;
  }
  if (kind === TK.NAME) {
    const s = P.word();
    const keyword = KEYWORD_TYPES.get(s);
    if (keyword !== undefined) {
      P.leaf(s);
      P.finish(keyword, mark, from);
      return;
    }
    if (s === 'true' || s === 'false') {
      P.leaf('BooleanLiteral');
      P.finish('LiteralType', mark, from);
      return;
    }
    if (s === 'keyof' || s === 'readonly') {
      if (P.kind(1) !== TK.NAME && !P.is('(', 1) && !P.is('{', 1) && !P.is('[', 1)) decline();
      P.leaf(s);
      // `keyof` binds tighter than `|` and `&`; `readonly` takes the whole type after it.
      if (s === 'keyof') postfixType(P);
      else type_(P);
      P.finish(s === 'keyof' ? 'KeyofType' : 'ReadonlyType', mark, from);
      return;
    }
    if (s === 'typeof') {
      P.leaf('typeof');
      const expr = P.start();
      const exprFrom = P.from();
      if (P.kind() !== TK.NAME) decline();
      P.leaf('VariableName');
      while (P.is('.') || P.is('?.')) {
        P.leaf(P.s());
        if (P.kind() !== TK.NAME) decline();
        P.leaf('PropertyName');
        P.finish('MemberExpression', expr, exprFrom);
      }
      if (P.is('<') || (P.is('[') && !P.nl())) decline();
      P.finish('TypeofType', mark, from);
      return;
    }
    if (['infer', 'unique', 'import', 'new', 'asserts', 'abstract'].includes(s)) decline();
    P.leaf('TypeName');
    while (P.is('.')) {
      P.leaf('.');
      if (P.kind() !== TK.NAME) decline();
      P.leaf('TypeName');
      P.finish('IndexedType', mark, from);
    }
    if (P.is('<')) {
      typeArgList(P);
      P.finish('ParameterizedType', mark, from);
    }
    return;
  }
  if (P.is('{')) {
    objectType(P, mark, from);
    return;
  }
  if (P.is('[')) {
    P.leaf('[');
    while (!P.is(']')) {
      if (P.is('...') || (P.kind() === TK.NAME && (P.is(':', 1) || P.is('?', 1)))) decline();
      type_(P);
      if (P.is(',')) P.leaf(',');
      else if (!P.is(']')) decline();
    }
    P.leaf(']');
    P.finish('TupleType', mark, from);
    return;
  }
  if (P.is('(')) {
    const close = P.match[P.p] ?? -1;
    if (P.is('=>', close - P.p + 1)) {
      paramList(P);
      P.expect('=>', 'Arrow');
      type_(P);
      P.finish('FunctionSignature', mark, from);
      return;
    }
    P.leaf('(');
    type_(P);
    P.expect(')');
    P.finish('ParenthesizedType', mark, from);
    return;
  }
  decline();
}

/** `<` types `>`. */
export function typeArgList(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('<');
  while (!P.is('>')) {
    type_(P);
    if (P.is(',')) P.leaf(',');
    else if (!P.is('>')) decline();
  }
  P.leaf('>');
  P.finish('TypeArgList', mark, from);
}

/**
 * Whether the `<` at the cursor may open type arguments (`f<T>(x)`) rather than compare: the
 * tokens after it could be types up to a `>`. Lezer tries both readings; the reader declines.
 */
export function typeArgListAhead(P: TsParser): boolean {
  for (let k = 1; k < 64; k++) {
    const kind = P.kind(k);
    if (kind === TK.NAME || kind === TK.STRING || kind === TK.NUMBER) continue;
    if (kind !== TK.PUNCT) return false;
    const s = P.s(k);
    if (s === '>') return true;
    if (!['.', ',', '[', ']', '<', '|', '&', '{', '}', '(', ')', ':', '?', '=>'].includes(s)) return false;
  }
  return true;
}

/** `{` members `}` of an interface or object type. */
export function objectType(P: TsParser, mark = P.start(), from = P.from()): void {
  P.expect('{');
  while (!P.is('}')) {
    typeMember(P);
    if (P.is(',') || P.is(';')) P.leaf(P.s());
    else if (!(P.is('}') || P.nl())) decline();
  }
  P.leaf('}');
  P.finish('ObjectType', mark, from);
}

function typeMember(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  if (P.is('readonly') && startsKey(P, 1)) P.leaf('readonly');
  if (P.is('[')) {
    if (P.kind(1) !== TK.NAME || !P.is(':', 2)) decline();
    P.leaf('[');
    P.leaf('PropertyDefinition');
    typeAnnotation(P);
    P.expect(']');
    if (P.is('?')) decline();
    typeAnnotation(P);
    P.finish('IndexSignature', mark, from);
    return;
  }
  if (P.is('(') || P.is('<') || P.is('new') || P.is('-') || P.is('+')) decline();
  if ((P.is('get') || P.is('set')) && startsKey(P, 1)) decline();
  propName(P);
  if (P.is('?')) P.leaf('Optional');
  if (P.is('(') || P.is('<')) {
    functionSignature(P);
    P.finish('MethodType', mark, from);
    return;
  }
  typeAnnotation(P);
  P.finish('PropertyType', mark, from);
}
