/**
 * Owner tracking for the generic scanner: the record a field belongs to, guessed from the
 * enclosing `{…}` block (`class User {`, `user: {`, `resource "aws_db_instance" "x" {`),
 * `CREATE TABLE t (`, a class-like parameter list (`case class Customer(`), a JSON array under
 * a key (`"users": [ {…} ]`), YAML/Python indentation parents (`user:` then indented keys),
 * and TOML/INI section headers (`[database]`).
 */
import { tokenAt, type LexToken } from './lexer.js';

export interface Block {
  readonly owner: string | undefined;
  readonly kind: '{' | '(' | '[' | 'indent' | 'end';
  readonly indent: number;
  /** A transparent block (a call's parentheses) does not hide the owner outside it. */
  readonly transparent: boolean;
}

/** A block on the stack with the owner in force inside it, resolved once when it is opened. */
interface OpenBlock extends Block {
  /** The innermost non-transparent block's owner, at this depth. */
  readonly inForce: string | undefined;
  /** Whether some block at or below this one is not transparent (else the section applies). */
  readonly named: boolean;
}

export interface OwnerState {
  readonly stack: OpenBlock[];
  /** The current TOML/INI section, used when no block is open. */
  section: string | undefined;
  /** Ruby-style `do … end` / `class … end` blocks are tracked. */
  readonly endBlocks: boolean;
}

export const OWNER_KEYWORDS = new Set([
  'class',
  'interface',
  'struct',
  'type',
  'record',
  'message',
  'model',
  'table',
  'enum',
  'object',
  'entity',
  'schema',
  'trait',
  'data',
  'case',
]);
const CONTROL = new Set([
  'if',
  'else',
  'for',
  'while',
  'do',
  'try',
  'catch',
  'finally',
  'switch',
  'function',
  'fn',
  'def',
  'func',
  'return',
  'new',
  'async',
  'await',
  'then',
  'with',
  'when',
  'match',
  'loop',
  'unsafe',
  'impl',
  'pub',
  'public',
  'private',
  'protected',
  'export',
  'const',
  'let',
  'var',
  'val',
  'static',
  'final',
  'abstract',
  'extends',
  'implements',
  'override',
  'open',
  'sealed',
]);

/**
 * `children` under a node is a tree's branch (menus, departments, categories): its elements are
 * nodes of the same kind as the one holding them, not a person's children, so they take the
 * holder's owner (none at a data file's top level) instead of `children`.
 */
const TREE_BRANCH = /^children$/i;

/**
 * Tokens before a brace or a parenthesis looked at for its owner. A declaration's head is
 * short; the bound keeps a long line (minified code, one-line JSON) linear.
 */
const OWNER_LOOKBACK_TOKENS = 64;

/** The owner of a field on the current line: innermost named block, else the section. */
export function currentOwner(state: OwnerState): string | undefined {
  // Resolved when each block opened, so deep nesting costs nothing per line.
  const top = tokenAt(state.stack, state.stack.length - 1);
  return top?.named === true ? top.inForce : state.section;
}

/**
 * Parts every record of a resource model has (`spec`, `status`, as Kubernetes and the platforms
 * built like it name them): `formState = ref<Category>({ spec: { displayName } })` is the
 * record's, so a block named for a part takes the owner outside it with the part.
 */
const RECORD_PARTS: ReadonlySet<string> = new Set(['spec', 'status']);

function partOf(owner: string | undefined, outside: string | undefined): string | undefined {
  return owner !== undefined && outside !== undefined && RECORD_PARTS.has(owner)
    ? `${outside}.${owner}`
    : owner;
}

/** Opens `block` inside the blocks on `stack`. */
function open(stack: OpenBlock[], block: Block): void {
  const parent = tokenAt(stack, stack.length - 1);
  const { owner, kind, indent, transparent } = block;
  // One object shape for every block (no spread), which keeps the scanner's hot path monomorphic.
  stack.push({
    owner,
    kind,
    indent,
    transparent,
    inForce: transparent ? parent?.inForce : partOf(owner, parent?.inForce),
    named: transparent ? (parent?.named ?? false) : true,
  });
}

/** Pops indentation parents the current line has left. */
export function dedent(state: OwnerState, indent: number): void {
  const { stack } = state;
  while (
    stack.length > 0 &&
    stack[stack.length - 1]?.kind === 'indent' &&
    (stack[stack.length - 1]?.indent ?? 0) >= indent
  ) {
    stack.pop();
  }
}

/** Updates blocks after a line has been read. */
export function updateBlocks(tokens: readonly LexToken[], indent: number, state: OwnerState): void {
  const { stack } = state;
  const first = tokens[0];
  if (state.endBlocks && endBlock(tokens, indent, stack)) return;
  if (stack.length === 0 && first?.text === '[' && tokenAt(tokens, tokens.length - 1)?.text === ']') {
    state.section =
      tokens
        .filter((t) => t.kind === 'ident')
        .map((t) => t.text)
        .join('.') || undefined;
    return;
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind !== 'punct') continue;
    if (t.text === '{') {
      const prev = tokenAt(tokens, k - 1);
      const inherited =
        prev === undefined || prev.text === '[' || prev.text === ',' ? enclosingArrayOwner(stack) : undefined;
      open(stack, { owner: inherited ?? blockOwner(tokens, k), kind: '{', indent, transparent: false });
    } else if (t.text === '(') {
      const owner = parenOwner(tokens, k);
      open(stack, { owner, kind: '(', indent, transparent: owner === undefined });
    } else if (t.text === '[') {
      const key = keyBefore(tokens, k);
      if (key !== undefined && TREE_BRANCH.test(key))
        open(stack, { owner: currentOwner(state), kind: '[', indent, transparent: false });
      else open(stack, { owner: key, kind: '[', indent, transparent: key === undefined });
    } else if (t.text === '}' || t.text === ')' || t.text === ']') {
      while (stack.length > 0 && stack[stack.length - 1]?.kind === 'indent') stack.pop();
      stack.pop();
    }
  }
  const last = tokenAt(tokens, tokens.length - 1);
  if (last?.text === ':' && first !== undefined && first.kind !== 'punct') {
    // `user:` (YAML parent), `class User(Base):` (Python); `def f():` hides outer owners.
    const named = OWNER_KEYWORDS.has(first.text)
      ? tokens[1]?.text
      : first.text === 'def'
        ? undefined
        : TREE_BRANCH.test(first.text)
          ? currentOwner(state)
          : first.text;
    open(stack, { owner: named, kind: 'indent', indent, transparent: false });
  } else if (last?.text === ':' && first?.text === '-' && tokens[1]?.kind !== 'punct') {
    open(stack, { owner: tokens[1]?.text, kind: 'indent', indent: indent + 1, transparent: false });
  }
}

const END_OPENERS = new Set([
  'class',
  'module',
  'def',
  'if',
  'unless',
  'case',
  'while',
  'until',
  'begin',
  'for',
]);

/** Ruby: `create_table :customers do |t|` … `end`; true when the line was a block boundary. */
function endBlock(tokens: readonly LexToken[], indent: number, stack: OpenBlock[]): boolean {
  const first = tokens[0];
  if (tokens.length === 1 && first?.text === 'end') {
    while (stack.length > 0 && stack[stack.length - 1]?.kind !== 'end') stack.pop();
    stack.pop();
    return true;
  }
  const doAt = tokens.findIndex((t) => t.kind === 'ident' && t.text === 'do');
  if (first?.kind === 'ident' && END_OPENERS.has(first.text)) {
    const owner = first.text === 'class' || first.text === 'module' ? tokens[1]?.text : undefined;
    open(stack, {
      owner,
      kind: 'end',
      indent,
      transparent: first.text !== 'class' && first.text !== 'module' && first.text !== 'def',
    });
    return true;
  }
  if (doAt > 0) {
    const named = tokens.slice(0, doAt).filter((t) => t.kind !== 'punct' && !CONTROL.has(t.text));
    open(stack, {
      owner: named.length > 1 ? named[named.length - 1]?.text : undefined,
      kind: 'end',
      indent,
      transparent: named.length <= 1,
    });
    return true;
  }
  return false;
}

function enclosingArrayOwner(stack: readonly OpenBlock[]): string | undefined {
  const top = tokenAt(stack, stack.length - 1);
  return top?.kind === '[' ? top.owner : undefined;
}

/** `class User … {` → User; `user: {` → user; otherwise the words before the brace. */
function blockOwner(tokens: readonly LexToken[], k: number): string | undefined {
  const from = Math.max(0, k - OWNER_LOOKBACK_TOKENS);
  for (let j = from; j < k; j++) {
    const t = tokens[j];
    if (t?.kind === 'ident' && OWNER_KEYWORDS.has(t.text)) {
      const name = tokens[j + 1];
      if (name !== undefined && name.kind !== 'punct') return name.text;
    }
  }
  const key = keyBefore(tokens, k);
  if (key !== undefined) return key;
  const prev = tokenAt(tokens, k - 1);
  if (prev === undefined || prev.text === ')' || prev.text === '=>' || prev.text === '->') return undefined;
  const words = tokens
    .slice(from, k)
    .filter((t) => t.kind !== 'punct' && !CONTROL.has(t.text))
    .map((t) => t.text);
  return words.length === 0 ? undefined : words.join(' ');
}

/** `user: {`, `"users": [`, `user = {` → the key. */
function keyBefore(tokens: readonly LexToken[], k: number): string | undefined {
  const prev = tokenAt(tokens, k - 1);
  if (prev?.kind === 'punct' && (prev.text === ':' || prev.text === '=')) {
    const key = tokenAt(tokens, k - 2);
    return key !== undefined && key.kind !== 'punct' ? key.text : undefined;
  }
  return undefined;
}

/** `CREATE TABLE t (` and `case class Customer(` / `data class X(` / `record X(` own their lists. */
function parenOwner(tokens: readonly LexToken[], k: number): string | undefined {
  const name = tokenAt(tokens, k - 1);
  if (name === undefined || name.kind === 'punct') return undefined;
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j];
    if (t?.kind !== 'ident') continue;
    const word = t.text.toLowerCase();
    if (word === 'table' || (j === k - 2 && OWNER_KEYWORDS.has(word) && word !== 'type')) return name.text;
  }
  return undefined;
}
