import type { ChainRead } from './chainReuse.js';
import { DECLINE, decline } from './goParseCore.js';
import { GoStmtParser } from './goParseStmt.js';
import { GK, tokenizeGo, type GoTokens } from './goTokens.js';

const { EOF, IDENT, KEYWORD, STRING } = GK;

/**
 * The fast Go reader: the same candidates as the Lezer-based extractor (go.ts, the reference,
 * which a differential test holds it to) from one token pass and one recursive-descent pass,
 * several times faster because it builds no syntax tree. It returns undefined for any text it
 * cannot be sure @lezer/go parses without error — Lezer's error recovery is not imitated — and
 * for the few constructs whose reading depends on Lezer's ambiguity resolution (an embedded
 * generic field, `[N *T]` after a type name, `make(*T)`); the caller then runs the reference.
 */
export interface GoRead extends ChainRead {
  /**
   * Tokens read again after failed trial readings; their bound is the whole text's, so only a
   * read with none is re-read in part after an edit (goReuse.ts).
   */
  readonly retried: number;
  /**
   * The whole text's tokens, on a whole read: the flow analysis lowers them instead of parsing
   * again (flow/lang/goLower.ts). A re-read after an edit (goReuse.ts) has none; the flows then
   * read the text themselves.
   */
  readonly tokens?: GoTokens;
}

/**
 * Reads a Go file; undefined where it declines. `midFile` reads a region of chains that starts
 * after the imports (goReuse.ts): a `package` or `import` there is declined, as in a whole file.
 */
export function readGo(text: string, midFile = false): GoRead | undefined {
  const tokens = tokenizeGo(text);
  if (tokens === undefined) return undefined;
  const reader = new GoReader(text, tokens);
  try {
    reader.file(midFile);
  } catch (e) {
    // Nesting deep enough to exhaust the stack is left to Lezer, which does not recurse.
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  }
  return {
    emitted: reader.emitted,
    pending: reader.pending,
    comments: tokens.comments,
    starts: reader.starts,
    emittedAt: reader.emittedAt,
    pendingAt: reader.pendingAt,
    retried: reader.retried,
    tokens,
  };
}

/**
 * Declarations that start a chain when they open a line at the top level: the reader is then
 * between statements with nothing open, and the statement before stops short of a keyword
 * that cannot continue it (a `func` could only go on as a type or a literal, which a region
 * ending before it declines).
 */
const CHAIN_KEYWORDS: ReadonlySet<string> = new Set(['func', 'type', 'var', 'const']);

class GoReader extends GoStmtParser {
  readonly starts: number[] = [0];
  readonly emittedAt: number[] = [0];
  readonly pendingAt: number[] = [0];

  file(midFile: boolean): void {
    if (this.is('package') && !midFile) {
      this.p++;
      this.name();
      this.needSemi();
    }
    while (this.is('import') && !midFile) {
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
      this.chainStart();
      if (this.is('func') && (this.kind(this.p + 1) === IDENT || this.methodAhead())) this.funcDecl();
      else this.statement();
      this.needSemi();
    }
  }

  /** Records a chain start at the statement about to be read (see `CHAIN_KEYWORDS`). */
  chainStart(): void {
    const at = this.t.from[this.p] ?? 0;
    if (at === 0 || this.kind() !== KEYWORD || !CHAIN_KEYWORDS.has(this.word())) return;
    if (this.text.charCodeAt(at - 1) !== 10) return;
    this.starts.push(at);
    this.emittedAt.push(this.emitted.length);
    this.pendingAt.push(this.pending.length);
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
  override statements(inCase: boolean): void {
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
      this.keywordStatement(this.word());
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
    this.owners.push(this.word());
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
}
