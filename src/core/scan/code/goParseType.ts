import { goFieldDeclarations } from './goFields.js';
import { DECLINE, decline, GoCursor, TYPE_KEYWORDS } from './goParseCore.js';
import { GK } from './goTokens.js';

const { IDENT, KEYWORD, STRING } = GK;

/**
 * Types and struct fields for the fast Go reader (see goParseCore.ts). A named struct field is
 * declared where the Lezer walk declares it: before the fields of its own anonymous struct
 * type, owned by the innermost enclosing type declaration or field.
 */
export abstract class GoTypeParser extends GoCursor {
  /** `[T1, T2]` after a type name; the brackets must hold types. */
  typeArgs(): void {
    this.expect('[');
    this.nested(false, false, () => {
      for (;;) {
        this.type();
        if (!this.is(',')) break;
        this.p++;
        if (this.is(']')) break;
      }
    });
    this.expect(']');
  }

  /** Reads `[…]` as type arguments when it can, leaving no trace when it cannot. */
  tryTypeArgs(): boolean {
    const at = this.p;
    const marks = [this.emitted.length, this.pending.length, this.owners.length] as const;
    try {
      this.typeArgs();
      return true;
    } catch (e) {
      if (e !== DECLINE) throw e;
      // Nested trials could re-read a text exponentially often: past a linear budget, decline.
      this.retried += this.p - at + 1;
      if (this.retried > this.t.count) decline();
      this.p = at;
      this.emitted.length = marks[0];
      this.pending.length = marks[1];
      this.owners.length = marks[2];
      return false;
    }
  }

  startsType(at = this.p): boolean {
    const k = this.kind(at);
    if (k === IDENT) return this.isName(at);
    if (k === KEYWORD) return TYPE_KEYWORDS.has(this.word(at));
    return this.is('*', at) || this.is('[', at) || this.is('(', at) || this.is('<-', at);
  }

  type(): void {
    const s = this.kind() === IDENT ? '' : this.word();
    if (s === '') {
      this.typeName();
      return;
    }
    this.p++;
    if (s === '*') this.type();
    else if (s === 'func') this.signature();
    else if (s === 'interface') this.interfaceBody();
    else if (s === 'struct') this.structBody();
    else if (s === 'chan') {
      if (this.is('<-')) this.p++;
      this.type();
    } else if (s === '<-') {
      this.expect('chan');
      this.type();
    } else if (s === '(') {
      this.nested(false, false, () => {
        this.type();
      });
      this.expect(')');
    } else if (s === '[') {
      if (this.is('...')) this.p++;
      else if (!this.is(']')) this.nested(false, false, () => this.expr());
      this.expect(']');
      this.type();
    } else if (s === 'map') {
      this.expect('[');
      this.nested(false, false, () => {
        this.type();
      });
      this.expect(']');
      this.type();
    } else decline();
  }

  /** `T`, `pkg.T`, `T[A, B]`. */
  typeName(): void {
    this.name();
    while (this.is('.') && !this.stopsHere()) {
      this.p++;
      this.name();
    }
    if (this.is('[') && !this.stopsHere()) this.typeArgs();
  }

  signature(): void {
    this.parameters();
    if (this.stopsHere()) return;
    if (this.is('(')) this.parameters();
    else if (this.startsType()) this.type();
  }

  parameters(): void {
    this.expect('(');
    this.nested(false, false, () => {
      while (!this.is(')')) {
        if (this.is('...')) {
          this.p++;
          this.type();
        } else if (this.isName() && !this.is('.', this.p + 1)) this.namedParameter();
        else this.type();
        if (!this.is(',')) break;
        this.p++;
      }
    });
    this.expect(')');
  }

  /**
   * A parameter starting with a name: the type alone (`int`, `List[T]`) or a name and its type
   * (`b []byte`, `xs ...int`).
   */
  namedParameter(): void {
    const next = this.p + 1;
    if (this.is(',', next) || this.is(')', next)) {
      this.p++;
      return;
    }
    if (this.is('[', next)) {
      const after = (this.t.match[next] ?? -1) + 1;
      if (this.is(',', after) || this.is(')', after)) {
        this.typeName();
        return;
      }
    }
    this.p++;
    if (this.is('...')) this.p++;
    this.type();
  }

  interfaceBody(): void {
    this.expect('{');
    this.nested(true, false, () => {
      while (!this.is('}')) {
        if (this.isName() && this.is('(', this.p + 1)) {
          this.p++;
          this.signature();
        } else this.typeElement();
        this.needSemi();
      }
    });
    this.expect('}');
  }

  /** `~int | ~string`, `fmt.Stringer`. */
  typeElement(): void {
    for (;;) {
      if (this.is('~')) this.p++;
      this.type();
      if (!this.is('|') || this.stopsHere()) return;
      this.p++;
    }
  }
  structBody(): void {
    this.expect('{');
    this.nested(true, false, () => {
      while (!this.is('}')) {
        this.fieldDecl();
        this.needSemi();
      }
    });
    this.expect('}');
  }

  fieldDecl(): void {
    const t = this.t;
    const first = this.p;
    if (this.is('*') || this.is('.', first + 1)) {
      if (this.is('*')) this.p++;
      this.typeName();
      this.tag();
      return;
    }
    if (!this.isName()) decline();
    const next = first + 1;
    if (this.kind(next) === STRING || this.is(';', next) || this.is('}', next) || t.semi[first] === 1) {
      this.p++;
      this.tag();
      return;
    }
    // `A [N]T` is a field; `A[T]` an embedded instantiation, which the reader leaves to Lezer.
    if (this.is('[', next)) {
      const close = t.match[next] ?? -1;
      if (t.semi[close] === 1 || !this.startsType(close + 1)) decline();
    }
    const names = [{ from: t.from[first] ?? 0, to: t.to[first] ?? 0 }];
    this.p++;
    while (this.is(',')) {
      this.p++;
      if (!this.isName()) decline();
      names.push({ from: t.from[this.p] ?? 0, to: t.to[this.p] ?? 0 });
      this.p++;
    }
    const typeStart = this.p;
    // A comment between the names and the type would be the type to the Lezer walk.
    if (this.text.lastIndexOf('/', (t.from[typeStart] ?? 0) - 1) >= (t.to[typeStart - 1] ?? 0)) decline();
    const at = this.pending.length;
    const owner = this.owners[this.owners.length - 1];
    this.owners.push(this.text.slice(names[0]?.from, names[0]?.to));
    this.type();
    this.owners.pop();
    const typeEnd = this.p - 1;
    const tag = this.kind() === STRING && !this.stopsHere() ? this.p++ : -1;
    // The Lezer walk declares a field before the fields of its anonymous struct type.
    const inner = this.pending.length === at ? undefined : this.pending.splice(at);
    goFieldDeclarations(
      this.text,
      {
        names,
        type: { from: t.from[typeStart] ?? 0, to: t.to[typeEnd] ?? 0, struct: this.is('struct', typeStart) },
        tag: tag < 0 ? undefined : { from: t.from[tag] ?? 0, to: t.to[tag] ?? 0 },
        from: t.from[first] ?? 0,
        to: t.to[this.p - 1] ?? 0,
        owner,
      },
      this.pending,
    );
    if (inner !== undefined) for (const d of inner) this.pending.push(d);
  }

  tag(): void {
    if (this.kind() === STRING && !this.stopsHere()) this.p++;
  }
}
