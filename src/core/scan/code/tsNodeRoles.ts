/**
 * The node roles the TypeScript buffer walk (tsBufferWalk.ts) tells apart, by Lezer node name:
 * a walk looks a node's role up by its type id in one array instead of comparing names.
 */

/** Node roles the walk tells apart; everything else is `OTHER`. */
export const R = {
  OTHER: 0,
  COMMENT: 1,
  DECORATOR: 2,
  PROPERTY_DECLARATION: 3,
  PROPERTY_TYPE: 4,
  CALL: 5,
  MEMBER: 6,
  CLASS: 7,
  METHOD: 8,
  KEY: 9,
  STRING: 10,
  FUNCTION: 11,
  STATIC: 12,
  EQUALS: 13,
  TYPE_ANNOTATION: 14,
  FUNCTION_SIGNATURE: 15,
  ARG_LIST: 16,
  OBJECT_EXPRESSION: 17,
  PROPERTY_NAME: 18,
  VARIABLE_NAME: 19,
  THIS: 20,
  VARIABLE_DEFINITION: 21,
  NAMED_TYPE_HOLDER: 22,
  TYPE_DEFINITION: 23,
  PROPERTY_DEFINITION: 24,
} as const;

const ROLE_OF: Readonly<Record<string, number>> = {
  LineComment: R.COMMENT,
  BlockComment: R.COMMENT,
  Decorator: R.DECORATOR,
  PropertyDeclaration: R.PROPERTY_DECLARATION,
  PropertyType: R.PROPERTY_TYPE,
  CallExpression: R.CALL,
  NewExpression: R.CALL,
  MemberExpression: R.MEMBER,
  ClassDeclaration: R.CLASS,
  ClassExpression: R.CLASS,
  MethodDeclaration: R.METHOD,
  PropertyDefinition: R.PROPERTY_DEFINITION,
  PrivatePropertyDefinition: R.KEY,
  String: R.STRING,
  ArrowFunction: R.FUNCTION,
  FunctionExpression: R.FUNCTION,
  static: R.STATIC,
  Equals: R.EQUALS,
  TypeAnnotation: R.TYPE_ANNOTATION,
  FunctionSignature: R.FUNCTION_SIGNATURE,
  ArgList: R.ARG_LIST,
  ObjectExpression: R.OBJECT_EXPRESSION,
  PropertyName: R.PROPERTY_NAME,
  VariableName: R.VARIABLE_NAME,
  this: R.THIS,
  VariableDefinition: R.VARIABLE_DEFINITION,
  InterfaceDeclaration: R.NAMED_TYPE_HOLDER,
  TypeAliasDeclaration: R.NAMED_TYPE_HOLDER,
  TypeDefinition: R.TYPE_DEFINITION,
};

/** Role by node type id, for a node set's type names. */
export function rolesOf(names: readonly string[]): Uint8Array {
  return Uint8Array.from(names, (name) => ROLE_OF[name] ?? R.OTHER);
}
