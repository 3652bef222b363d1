import type { CommentSpan, FieldDraft } from '../kit/index.js';
import { JavaDeclarationReader, NOTHING } from './javaDeclarations.js';
import { decline, DECLINE } from './javaParseCore.js';
import { JavaReuse, type JavaRecord } from './javaReuse.js';
import { tokenizeJava, type JavaTokens } from './javaTokens.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

/**
 * The fast Java reader: the same candidates as the Lezer-based extractor (java.ts, the
 * reference, which a differential test holds it to) from one token pass and one recursive-descent
 * pass, without building a syntax tree. It returns undefined for any text it cannot be sure
 * @lezer/java parses without error — Lezer's error recovery is not imitated — and for the
 * constructs whose reading depends on Lezer's ambiguity resolution in ways it does not model
 * (`a.B::c` ties, `(a.b) ++x`, lower-case generic locals); the caller then runs the reference.
 */
export interface JavaRead {
  readonly emitted: readonly FieldDraft[];
  readonly pending: readonly PendingDeclaration[];
  /** Comments in text order. */
  readonly comments: readonly CommentSpan[];
  /** What each top-level statement and class member gave, for the next read after an edit. */
  readonly records: readonly JavaRecord[];
  /** The tokens of the parse text, for the flow analysis (flow/lang/javaLower.ts). */
  readonly tokens: JavaTokens;
}

/**
 * Reads a Java file: `text` as written, `parsed` as the Lezer parser would see it (java.ts).
 * Given the previous read of the same document, constructs the edit left alone are taken over.
 */
export function readJava(
  text: string,
  parsed: string,
  previous?: { readonly text: string; readonly records: readonly JavaRecord[] },
): JavaRead | undefined {
  const tokens = tokenizeJava(parsed);
  if (tokens === undefined) return undefined;
  const reuse = previous && new JavaReuse(previous.text, previous.records, text);
  const reader = new JavaReader(text, tokens, parsed, reuse);
  try {
    const key = reader.recordKey('top');
    while (reader.p < tokens.count)
      reader.reusing(key, () => {
        reader.statement();
      });
  } catch (e) {
    // Nesting deep enough to exhaust the stack is left to Lezer, which does not recurse.
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  }
  return {
    emitted: reader.emitted,
    pending: reader.pending,
    comments: tokens.comments,
    records: reader.records,
    tokens,
  };
}

/** Where members are declared: fields are reported in class-like bodies only. */
type BodyKind = 'class' | 'interface' | 'annotation' | 'record';

class JavaReader extends JavaDeclarationReader {
  readonly records: JavaRecord[] = [];

  constructor(
    text: string,
    tokens: JavaTokens,
    parsed: string,
    private readonly reuse: JavaReuse | undefined,
  ) {
    super(text, tokens, parsed);
  }

  /** The key of the constructs read in a body of `kind` here (the enclosing types named). */
  recordKey(kind: string): string {
    return `${kind}:${this.owners.join('.')}`;
  }

  /** Reads one construct with `read`, or takes it over from the previous read; `key` is `recordKey`'s. */
  reusing(key: string, read: () => void): void {
    if (this.inAnnotation > 0 || this.noLambda) {
      read();
      return;
    }
    const start = this.p;
    const found = this.reuse?.find(this.t, start, key);
    if (found !== undefined) {
      const { record, next } = found;
      for (const d of record.emitted) this.emitted.push(d);
      for (const d of record.pending) this.pending.push(d);
      this.records.push(record);
      this.p = next;
      return;
    }
    const emittedMark = this.emitted.length;
    const pendingMark = this.pending.length;
    read();
    this.records.push({
      key,
      from: this.t.from[start] ?? 0,
      to: this.t.to[this.p - 1] ?? 0,
      emitted: this.emitted.length === emittedMark ? NOTHING : this.emitted.slice(emittedMark),
      pending: this.pending.length === pendingMark ? NOTHING : this.pending.slice(pendingMark),
    });
  }

  typeDeclaration(): void {
    const w = this.word();
    this.p++;
    if (w === '@interface') {
      this.name();
      this.body('annotation');
      return;
    }
    const def = this.name();
    this.owners.push(this.source(def, def));
    if (w === 'record') {
      if (this.is('<')) this.typeParameters();
      this.recordHeader(this.t.from[def] ?? 0);
      this.superTypes('implements');
      this.body('record');
    } else if (w === 'enum') {
      this.superTypes('implements');
      this.enumBody();
    } else {
      if (this.is('<')) this.typeParameters();
      if (w === 'class' && this.is('extends')) {
        this.p++;
        this.type();
      }
      this.superTypes(w === 'class' ? 'implements' : 'extends');
      if (this.isContextual('permits')) decline();
      this.body(w === 'class' ? 'class' : 'interface');
    }
    this.owners.pop();
  }

  superTypes(keyword: string): void {
    if (!this.is(keyword)) return;
    this.p++;
    this.type();
    while (this.is(',')) {
      this.p++;
      this.type();
    }
  }

  body(kind: BodyKind): void {
    if (!this.is('{')) decline();
    const close = this.close(this.p);
    this.p++;
    const key = this.recordKey(kind);
    while (this.p < close)
      this.reusing(key, () => {
        this.member(kind);
      });
    if (this.p !== close) decline();
    this.p++;
  }

  anonymousBody(): void {
    this.body('class');
  }

  enumBody(): void {
    if (!this.is('{')) decline();
    const close = this.close(this.p);
    this.p++;
    while (this.p < close && !this.is(';')) {
      this.modifiers();
      this.name();
      if (this.is('(')) this.args();
      if (this.is('{')) this.anonymousBody();
      if (this.is(',')) this.p++;
      else break;
    }
    if (this.is(';')) {
      this.p++;
      const key = this.recordKey('class');
      while (this.p < close)
        this.reusing(key, () => {
          this.member('class');
        });
    }
    if (this.p !== close) decline();
    this.p++;
  }

  member(kind: BodyKind): void {
    if (this.is(';')) {
      this.p++;
      return;
    }
    if (kind === 'class' || kind === 'record') {
      if (this.is('{')) {
        this.block();
        return;
      }
      if (this.is('static') && this.is('{', this.p + 1)) {
        this.p++;
        this.block();
        return;
      }
    }
    const mods = this.modifiers();
    if (this.startsTypeDeclaration()) {
      this.typeDeclaration();
      return;
    }
    if (kind === 'annotation') {
      this.annotationMember();
      return;
    }
    if (this.is('<')) {
      this.typeParameters();
      if (this.is('@')) decline();
      if (this.isName() && this.is('(', this.p + 1)) this.constructorRest(kind);
      else this.methodRest();
      return;
    }
    if (this.isName() && this.is('(', this.p + 1)) {
      this.constructorRest(kind);
      return;
    }
    if (kind === 'record' && this.isName() && this.is('{', this.p + 1)) {
      this.p++;
      this.block();
      return;
    }
    const typeStart = this.p;
    this.type();
    const typeEnd = this.p;
    if (this.isName() && this.is('(', this.p + 1)) {
      this.p = typeStart;
      this.methodRest();
      return;
    }
    const names = this.declarators();
    this.expect(';');
    if (kind === 'class' || kind === 'record') this.field(mods, typeStart, typeEnd, names);
  }

  /** `Type name(params) [] throws X { … }` or `;`, from the type on. */
  methodRest(): void {
    this.type();
    this.name();
    this.formalParameters();
    this.p = this.dimsEnd(this.p);
    this.throwsClause();
    if (this.is(';')) this.p++;
    else this.block();
  }

  constructorRest(kind: BodyKind): void {
    if (kind === 'interface') decline();
    this.name();
    this.formalParameters();
    this.throwsClause();
    if (!this.is('{')) decline();
    const close = this.close(this.p);
    this.p++;
    // An explicit constructor call (`this(…)`, `super(…)`) may come first.
    if ((this.is('this') || this.is('super')) && this.is('(', this.p + 1)) {
      this.p++;
      this.args();
      this.expect(';');
    }
    while (this.p < close) this.statement();
    this.p = close + 1;
  }

  throwsClause(): void {
    if (!this.is('throws')) return;
    this.p++;
    this.type();
    while (this.is(',')) {
      this.p++;
      this.type();
    }
  }

  /** `Type name() [default value];` or a constant, in an `@interface` body. */
  annotationMember(): void {
    this.type();
    this.name();
    if (this.is('(')) {
      this.p++;
      this.expect(')');
      this.p = this.dimsEnd(this.p);
      if (this.is('default')) {
        this.p++;
        this.elementValue();
      }
    } else {
      this.p--;
      this.declarators();
    }
    this.expect(';');
  }

  formalParameters(): void {
    if (!this.is('(')) decline();
    const close = this.close(this.p);
    this.p++;
    while (this.p < close) {
      this.modifiers();
      this.type();
      if (this.is('@') || this.is('this')) decline();
      const spread = this.is('...');
      if (spread) this.p++;
      this.name();
      this.p = this.dimsEnd(this.p);
      if (spread && this.is('=')) decline();
      if (this.is(',') && this.p + 1 < close) this.p++;
      else break;
    }
    if (this.p !== close) decline();
    this.p++;
  }

  /**
   * `(String name, @Column(name = "x") String idCard)`: each component is a declaration, which
   * the `@param` tag of the Javadoc before the record's name (at `docAt`) may describe.
   */
  recordHeader(docAt: number): void {
    if (!this.is('(')) decline();
    const close = this.close(this.p);
    this.p++;
    while (this.p < close) {
      const mods = this.modifiers();
      const typeStart = this.p;
      this.type();
      const typeEnd = this.p;
      if (this.is('@')) decline();
      if (this.is('...')) this.p++;
      const def = this.name();
      this.p = this.dimsEnd(this.p);
      const start = mods.first >= 0 ? mods.first : typeStart;
      const head = this.headComment(mods, typeStart, typeEnd, def);
      this.declare(def, start, this.p - 1, this.source(typeStart, typeEnd - 1), mods, head, true, docAt);
      if (this.is(',') && this.p + 1 < close) this.p++;
      else break;
    }
    if (this.p !== close) decline();
    this.p++;
  }
}
