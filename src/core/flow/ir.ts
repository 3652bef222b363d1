/**
 * The language-neutral form the flow analysis walks for Python, Java, Go, Kotlin and C#: each
 * language's adapter lowers its syntax (a Lezer tree, or tokens where no grammar exists) to
 * these few statements and expressions, and one evaluator (walk.ts) follows personal
 * information through them. Only what moves data is kept; anything else becomes a `group`
 * whose parts are still evaluated. Offsets are 0-based into the analysed text.
 */

/** An expression, reduced to what carries data. */
export type Expr =
  /** A literal; `str` is a string literal's content (for destination hosts). */
  | { readonly k: 'lit'; readonly at: number; readonly str?: string }
  | { readonly k: 'name'; readonly at: number; readonly name: string }
  /** `recv.prop`, `recv["prop"]`: read by the member's name. */
  | { readonly k: 'member'; readonly at: number; readonly recv: Expr; readonly prop: string }
  /**
   * A call. `callee` is dotted as written without `self`/`this` (`logger.info`,
   * `getLogger().info`); `recv` is the receiver of a method call.
   */
  | {
      readonly k: 'call';
      readonly at: number;
      readonly callee: string;
      readonly recv?: Expr;
      readonly args: readonly Arg[];
    }
  /** Interpolation, formatting, concatenation, arithmetic: the parts combined. */
  | { readonly k: 'concat'; readonly at: number; readonly parts: readonly Expr[]; readonly interp: boolean }
  /** Comparisons, type tests, negations: the parts are evaluated, the value carries nothing. */
  | { readonly k: 'silent'; readonly parts: readonly Expr[] }
  /** A dict, map, list, struct or anonymous-object literal. */
  | { readonly k: 'collection'; readonly at: number; readonly entries: readonly Arg[] }
  | { readonly k: 'fn'; readonly fn: Fn }
  /** Anything else: the union of its parts. */
  | { readonly k: 'group'; readonly parts: readonly Expr[] };

/** A keyword argument (`f(phone=x)`) or a keyed entry (`{"phone": x}`), read by its key. */
export interface Keyed {
  readonly k: 'keyed';
  readonly key: string;
  readonly at: number;
  readonly value: Expr;
}

/**
 * A call argument or a collection entry: a positional one is its expression itself, a keyed one
 * wraps it. Most arguments are positional, and a wrapper each was a sixth of the form's objects,
 * all alive until the walk ends (so copied by every young collection).
 */
export type Arg = Expr | Keyed;

/** The expression of an argument or entry. */
export const argValue = (a: Arg): Expr => (a.k === 'keyed' ? a.value : a);

/** An argument or entry under a key. */
export const keyed = (key: string, at: number, value: Expr): Keyed => ({ k: 'keyed', key, at, value });

/** A statement. */
export type Stmt =
  /** `name = value` (a declaration when `declare`); `type` names a declared record type. */
  | {
      readonly k: 'let';
      readonly at: number;
      readonly name: string;
      readonly value?: Expr;
      readonly type?: string;
      readonly declare: boolean;
    }
  /** `recv.prop = value` or `recv[key] = value` (prop undefined): PI stored into a record. */
  | {
      readonly k: 'store';
      readonly at: number;
      readonly recv: string;
      readonly prop?: string;
      readonly value: Expr;
    }
  /**
   * An expression statement: the expression itself, wrapped only for a lambda (whose `k` is a
   * function statement's). A wrapper each was a tenth of the form's objects (exprStmt).
   */
  | { readonly k: 'expr'; readonly e: Expr }
  | StmtExpr
  | { readonly k: 'return'; readonly e?: Expr }
  | { readonly k: 'fn'; readonly fn: Fn }
  /** A nested block (a branch, a loop body, a class body). */
  | { readonly k: 'block'; readonly body: readonly Stmt[] };

/** The expressions that stand as statements unwrapped: all but a lambda. */
export type StmtExpr = Exclude<Expr, { k: 'fn' }>;

/** An expression as a statement: itself, or wrapped when it is a lambda. */
export const exprStmt = (e: Expr): Stmt => (e.k === 'fn' ? { k: 'expr', e } : e);

/** The expression of an expression statement, or undefined for any other statement. */
export function exprOf(st: Stmt): Expr | undefined {
  switch (st.k) {
    case 'expr':
      return st.e;
    case 'let':
    case 'store':
    case 'return':
    case 'fn':
    case 'block':
      return undefined;
    default:
      return st;
  }
}

/** Whether a statement is an expression statement. */
export const isExprStmt = (st: Stmt): boolean => exprOf(st) !== undefined;

/** A function, method or lambda. */
export interface Fn {
  readonly name?: string;
  /** The first parameter is the receiver (a Go method's): calls do not pass it. */
  readonly receiver?: boolean;
  readonly at: number;
  readonly params: readonly Param[];
  readonly body: readonly Stmt[];
}

export interface Param {
  readonly name: string;
  readonly at: number;
  /** The declared type's simple name (`Account` for `*Account`, `List<User>` → `User`). */
  readonly type?: string;
  /**
   * Set when the type names the elements of a collection written so (Python's `list[User]`):
   * the parameter is no record itself, its loop variables are (walk.ts).
   */
  readonly many?: true;
}

/** Helpers for adapters. */
export const group = (parts: readonly Expr[]): Expr =>
  parts.length === 1 && parts[0] !== undefined ? parts[0] : { k: 'group', parts };

/**
 * A declaring `let`, its optional parts present only when known (as the Lezer adapters make it),
 * without the spreads that cost an object each per declaration in the token lowerings.
 */
export function declaringLet(
  at: number,
  name: string,
  value: Expr | undefined,
  type: string | undefined,
): Stmt {
  if (value !== undefined)
    return type !== undefined
      ? { k: 'let', at, name, declare: true, value, type }
      : { k: 'let', at, name, declare: true, value };
  return type !== undefined
    ? { k: 'let', at, name, declare: true, type }
    : { k: 'let', at, name, declare: true };
}

/** Python's collections of one type: `list[User]`, `Sequence[models.User]`, `Iterable[User]`. */
const PY_COLLECTION =
  /^(?:list|List|Sequence|Iterable|Iterator|set|Set|frozenset|FrozenSet)\[\s*([\w.]+)\s*\]$/;

/** A Python parameter with its annotation as written (`: ` removed), if any. */
export function pyParam(name: string, at: number, written: string | undefined): Param {
  if (written === undefined) return { name, at };
  const type = simpleType(written);
  if (type !== undefined) return { name, at, type };
  const element = PY_COLLECTION.exec(written.trim())?.[1];
  return element !== undefined
    ? { name, at, type: element.slice(element.lastIndexOf('.') + 1), many: true }
    : { name, at };
}

/** The simple type name inside a written type: `*model.Account` → `Account`, `List<User>` → `User`. */
export function simpleType(written: string): string | undefined {
  const inner = /<\s*([\w.]+)\s*>\s*$/.exec(written)?.[1] ?? written;
  const m = /([A-Za-z_]\w*)\??\s*(?:\[\])?\s*$/.exec(inner.replace(/^[*&\s[\]]+/, ''));
  return m?.[1];
}
