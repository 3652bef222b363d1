import type { CommentSpan, FieldDraft } from '../kit/index.js';
import { DECLINE, decline, EXPR } from './goParseCore.js';
import { GoExprParser } from './goParseExpr.js';
import { GK, tokenizeGo } from './goTokens.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

const { EOF, IDENT, KEYWORD, OP, STRING } = GK;

/**
 * The fast Go reader: the same candidates as the Lezer-based extractor (go.ts, the reference,
 * which a differential test holds it to) from one token pass and one recursive-descent pass,
 * several times faster because it builds no syntax tree. It returns undefined for any text it
 * cannot be sure @lezer/go parses without error — Lezer's error recovery is not imitated — and
 * for the few constructs whose reading depends on Lezer's ambiguity resolution (an embedded
 * generic field, `[N *T]` after a type name, `make(*T)`); the caller then runs the reference.
 */
export interface GoRead {
  readonly emitted: readonly FieldDraft[];
  readonly pending: readonly PendingDeclaration[];
  /** Comments in text order. */
  readonly comments: readonly CommentSpan[];
}

/** Reads a Go file; undefined where it declines. */
export function readGo(text: string): GoRead | undefined {
  const tokens = tokenizeGo(text);
  if (tokens === undefined) return undefined;
  const reader = new GoReader(text, tokens);
  try {
    reader.file();
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
  return { emitted: reader.emitted, pending: reader.pending, comments: tokens.comments };
}

const UPDATE: ReadonlySet<string> = new Set('+= -= *= /= %= &= |= ^= <<= >>= &^='.split(' '));

/** What a simple statement was: a header needs to know (`if x {`, `switch v := x.(type) {`). */
const SIMPLE = { EXPR: 0, GUARD: 1, OTHER: 2 } as const;

class GoReader extends GoExprParser {
  file(): void {
    if (this.is('package')) {
      this.p++;
      this.name();
      this.needSemi();
    }
    while (this.is('import')) {
      this.p++;
      this.specs(() => {
        this.importSpec();
      });
      this.needSemi();
    }
    while (this.kind() !== EOF) {
      if (this.is(';')) {
        this.p++;
        continue;
      }
      if (this.is('func') && (this.kind(this.p + 1) === IDENT || this.methodAhead())) this.funcDecl();
      else this.statement();
      this.needSemi();
    }
  }

  importSpec(): void {
    if (this.is('.') || this.isName()) this.p++;
    if (this.kind() !== STRING) decline();
    this.p++;
  }

  /** `func (r T) Name(` at the cursor: a method, not a function literal. */
  methodAhead(): boolean {
    if (!this.is('(', this.p + 1)) return false;
    const close = this.t.match[this.p + 1] ?? -1;
    return this.kind(close + 1) === IDENT && this.is('(', close + 2);
  }

  funcDecl(): void {
    this.p++;
    const method = this.is('(');
    if (method) this.parameters();
    this.name();
    if (!method && this.is('[')) this.typeParams();
    this.signature();
    if (this.is('{') && !this.stopsHere()) this.block();
  }

  override block(): void {
    this.expect('{');
    this.nested(true, false, () => {
      this.statements(false);
    });
    this.expect('}');
  }

  /** Statements up to `}` (or, in a `case`, up to the next `case`/`default`). */
  statements(inCase: boolean): void {
    for (;;) {
      if (this.is(';')) {
        this.p++;
        continue;
      }
      if (this.is('}') || (inCase && (this.is('case') || this.is('default')))) return;
      this.statement();
      this.needSemi();
    }
  }

  statement(): void {
    if (this.kind() === KEYWORD) {
      this.keywordStatement(this.t.text[this.p] ?? '');
      return;
    }
    if (this.is('{')) {
      this.block();
      return;
    }
    if (this.isName() && this.is(':', this.p + 1)) {
      this.p += 2;
      if (!this.is('}') && !this.is(';') && this.kind() !== EOF) this.statement();
      return;
    }
    this.simpleStatement();
  }

  keywordStatement(word: string): void {
    switch (word) {
      case 'var':
        this.p++;
        {
          this.specs(() => {
            this.varSpec();
          });
          return;
        }
      case 'const':
        this.p++;
        {
          this.specs(() => {
            this.constSpec();
          });
          return;
        }
      case 'type':
        this.p++;
        {
          this.specs(() => {
            this.typeSpec();
          });
          return;
        }
      case 'if': {
        this.ifStatement();
        return;
      }
      case 'for': {
        this.forStatement();
        return;
      }
      case 'switch': {
        this.switchStatement();
        return;
      }
      case 'select': {
        this.selectStatement();
        return;
      }
      case 'go':
      case 'defer':
        this.p++;
        this.expr();
        return;
      case 'return':
        this.p++;
        if (!this.semiAhead()) this.exprList();
        return;
      case 'break':
      case 'continue':
        this.p++;
        if (this.isName() && !this.stopsHere()) this.p++;
        return;
      case 'goto':
        this.p++;
        {
          this.name();
          return;
        }
      case 'fallthrough':
        this.p++;
        return;
      case 'func':
      case 'struct':
      case 'map':
      case 'interface':
        this.simpleStatement();
        return;
      default:
        decline();
    }
  }

  /** A semicolon may end the statement here (without consuming it). */
  semiAhead(): boolean {
    return this.is(';') || this.t.semi[this.p - 1] === 1 || this.is(')') || this.is('}');
  }

  /** One spec or a parenthesised list of them. */
  specs(one: () => void): void {
    if (!this.is('(')) {
      one();
      return;
    }
    this.p++;
    this.nested(true, false, () => {
      while (!this.is(')')) {
        one();
        this.needSemi();
      }
    });
    this.expect(')');
  }

  names(): void {
    this.name();
    while (this.is(',') && !this.stopsHere()) {
      this.p++;
      this.name();
    }
  }

  varSpec(): void {
    this.names();
    if (this.stopsHere()) return;
    if (!this.is('=')) {
      if (!this.startsType()) return;
      this.type();
      if (!this.is('=') || this.stopsHere()) return;
    }
    this.p++;
    this.exprList();
  }

  constSpec(): void {
    this.names();
    if (this.stopsHere()) return;
    if (!this.is('=')) {
      if (!this.startsType()) return;
      this.type();
    }
    this.expect('=');
    this.exprList();
  }

  typeSpec(): void {
    if (!this.isName()) decline();
    this.owners.push(this.t.text[this.p] ?? '');
    this.p++;
    if (this.is('=')) this.p++;
    else if (this.is('[') && this.typeParamsAhead()) this.typeParams();
    this.type();
    this.owners.pop();
  }

  /** After a type's name, `[T any]` declares type parameters; `[N]T` is an array type. */
  typeParamsAhead(): boolean {
    const a = this.p + 1;
    if (!this.isName(a) || this.is(']', a + 1)) return false;
    if (this.is('*', a + 1)) decline();
    return this.is(',', a + 1) || this.is('~', a + 1) || this.startsType(a + 1);
  }

  typeParams(): void {
    this.expect('[');
    this.nested(false, false, () => {
      for (;;) {
        this.name();
        if (this.is(',')) {
          this.p++;
          continue;
        }
        this.typeElement();
        if (!this.is(',')) return;
        this.p++;
        if (this.is(']')) return;
      }
    });
    this.expect(']');
  }

  simpleStatement(): number {
    const list = this.exprList();
    return this.simpleRest(list);
  }

  /** The rest of a simple statement whose first expression list has been read. */
  simpleRest(list: { count: number; names: boolean; last: number }): number {
    if (this.stopsHere()) return this.single(list);
    if (this.is('=') || (this.kind() === OP && UPDATE.has(this.t.text[this.p] ?? ''))) {
      this.p++;
      this.exprList();
      return SIMPLE.OTHER;
    }
    if (this.is(':=')) {
      if (!list.names) decline();
      this.p++;
      const rhs = this.exprList();
      return rhs.count === 1 && rhs.last === EXPR.GUARD && list.count === 1 ? SIMPLE.GUARD : SIMPLE.OTHER;
    }
    if (this.is('++') || this.is('--') || this.is('<-')) {
      if (list.count !== 1 || list.last === EXPR.GUARD) decline();
      if (this.is('<-')) {
        this.p++;
        this.expr();
      } else this.p++;
      return SIMPLE.OTHER;
    }
    return this.single(list);
  }

  /** An expression statement: exactly one expression. */
  single(list: { count: number; last: number }): number {
    if (list.count !== 1) decline();
    return list.last === EXPR.GUARD ? SIMPLE.GUARD : SIMPLE.EXPR;
  }

  /** `if`/`switch` headers: `(simpleStatement semi)? …`, line-end semicolons included. */
  header<R>(guardOk: boolean, read: () => R): R {
    return this.nested(true, true, () => {
      this.guardOk = guardOk;
      return read();
    });
  }

  ifStatement(): void {
    this.p++;
    this.header(false, () => {
      const kind = this.simpleStatement();
      if (this.semiHeader()) this.expr();
      else if (kind !== SIMPLE.EXPR) decline();
    });
    this.block();
    if (this.is('else') && !this.stopsHere()) {
      this.p++;
      if (this.is('if')) this.ifStatement();
      else this.block();
    }
  }

  /**
   * The semicolon after a header's statement (`;` or at a line end, which Lezer takes even
   * before `{`); false when the block follows directly.
   */
  semiHeader(): boolean {
    if (this.is(';') || this.t.semi[this.p - 1] === 1) {
      if (this.is(';')) this.p++;
      return true;
    }
    if (this.is('{')) return false;
    return decline();
  }

  forStatement(): void {
    this.p++;
    if (!this.is('{')) {
      this.nested(false, true, () => {
        if (this.is(';')) {
          this.forClause();
          return;
        }
        const list = this.exprList();
        if ((this.is('=') || this.is(':=')) && this.is('range', this.p + 1)) {
          if (this.is(':=') && !list.names) decline();
          this.p += 2;
          this.expr();
          return;
        }
        if (this.is(';')) {
          this.forClause();
          return;
        }
        if (this.simpleRest(list) !== SIMPLE.EXPR) {
          if (!this.is(';')) decline();
          this.forClause();
        }
      });
    }
    this.block();
  }

  /** `; cond; post` after a `for` clause's init (or none). */
  forClause(): void {
    this.expect(';');
    if (!this.is(';')) this.expr();
    this.expect(';');
    if (!this.is('{')) this.simpleStatement();
  }

  switchStatement(): void {
    this.p++;
    const guard = this.header(true, () => {
      if (this.is('{')) return false;
      let kind = this.simpleStatement();
      if (this.semiHeader()) {
        if (kind === SIMPLE.GUARD) decline();
        if (this.is('{')) return false;
        kind = this.simpleStatement();
      }
      if (kind === SIMPLE.OTHER) decline();
      return kind === SIMPLE.GUARD;
    });
    this.caseBody(() => {
      if (guard) this.typeList();
      else this.exprList();
    });
  }

  typeList(): void {
    for (;;) {
      this.type();
      if (!this.is(',')) return;
      this.p++;
      if (this.is(':')) return;
    }
  }

  selectStatement(): void {
    this.p++;
    this.caseBody(() => {
      const list = this.exprList();
      if (this.is('<-')) {
        if (list.count !== 1) decline();
        this.p++;
        this.expr();
      } else if (this.is('=') || this.is(':=')) {
        if (this.is(':=') && !list.names) decline();
        this.p++;
        this.expr();
      } else if (list.count !== 1) decline();
    });
  }

  /** `{ case …: statements … default: statements }`. */
  caseBody(clause: () => void): void {
    this.expect('{');
    this.nested(true, false, () => {
      while (!this.is('}')) {
        if (this.is('case')) {
          this.p++;
          this.nested(false, false, clause);
        } else if (!this.is('default')) decline();
        else this.p++;
        this.expect(':');
        this.statements(true);
      }
    });
    this.expect('}');
  }
}
