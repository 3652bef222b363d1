import { describeComments, type CommentSpan, type FieldDraft } from '../kit/index.js';
import { AnnotationFacts, usesArgument } from './javaAnnotationFacts.js';
import { FlatDeclaration } from './flatDeclaration.js';
import { decline, DECLINE } from './javaParseCore.js';
import { JavaStmtParser, type ModifierSpan } from './javaParseStmt.js';
import { JavaReuse, type JavaRecord } from './javaReuse.js';
import { JK, tokenizeJava, type JavaTokens } from './javaTokens.js';
import { stringContentAt } from './lezerSupport.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

const { STRING } = JK;

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

/** What most members emit or annotations describe: nothing, shared rather than allocated each time. */
const NOTHING: readonly never[] = [];
const NO_FACTS: ReturnType<AnnotationFacts['result']> = { description: undefined, alias: undefined };

class JavaReader extends JavaStmtParser {
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
      this.recordHeader();
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

  /** `(String name, @Column(name = "x") String idCard)`: each component is a declaration. */
  recordHeader(): void {
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
      this.declare(def, start, this.p - 1, this.source(typeStart, typeEnd - 1), mods, head);
      if (this.is(',') && this.p + 1 < close) this.p++;
      else break;
    }
    if (this.p !== close) decline();
    this.p++;
  }

  /** A field declaration, as `field` in java.ts reports it (constants are not fields). */
  field(mods: ModifierSpan, typeStart: number, typeEnd: number, names: readonly number[]): void {
    const words = mods.first >= 0 ? this.source(mods.first, mods.last) : '';
    // `includes` first: the word tests run only on the few heads that could be constants.
    if (
      words.includes('static') &&
      words.includes('final') &&
      /\bstatic\b/.test(words) &&
      /\bfinal\b/.test(words)
    )
      return;
    const declaredType = this.source(typeStart, typeEnd - 1);
    const head = names[0] === undefined ? undefined : this.headComment(mods, typeStart, typeEnd, names[0]);
    const start = mods.first >= 0 ? mods.first : typeStart;
    let withAlias = true;
    for (const name of names) {
      this.declare(name, start, this.p - 1, declaredType, mods, head, withAlias);
      withAlias = false;
    }
  }

  declare(
    name: number,
    first: number,
    last: number,
    declaredType: string,
    mods: ModifierSpan,
    headComment: string | undefined,
    withAlias = true,
  ): void {
    const info = this.annotationFacts(mods);
    const alias = withAlias ? info.alias : undefined;
    this.pending.push(
      new FlatDeclaration(
        this.source(name, name),
        this.t.from[name] ?? 0,
        this.owner(),
        declaredType,
        this.t.from[first] ?? 0,
        this.t.to[last] ?? 0,
        undefined,
        [headComment, info.description],
        alias ? [{ name: alias.value, from: alias.from }] : NOTHING,
      ),
    );
  }

  /**
   * `headOf` in java.ts: the comments after the modifiers and before the type, and between the
   * type and the first name (`@Column(name = "x") // 说明` then `String x;`), as one description.
   * Comments inside the type's own tokens are the type's, not the head's.
   */
  headComment(mods: ModifierSpan, typeStart: number, typeEnd: number, name: number): string | undefined {
    const beforeType =
      mods.first >= 0
        ? this.commentsBetween(this.t.to[mods.last] ?? 0, this.t.from[typeStart] ?? 0)
        : NOTHING;
    const afterType = this.commentsBetween(this.t.to[typeEnd - 1] ?? 0, this.t.from[name] ?? 0);
    if (beforeType.length === 0 && afterType.length === 0) return undefined;
    return describeComments(this.text, beforeType.concat(afterType));
  }

  /** The comments lying wholly between two offsets (a binary search: comments are in order). */
  commentsBetween(from: number, to: number): readonly CommentSpan[] {
    if (to <= from) return NOTHING;
    const comments = this.t.comments;
    let lo = 0;
    let hi = comments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((comments[mid]?.from ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < comments.length && (comments[end]?.from ?? Infinity) < to) end++;
    return end === lo ? NOTHING : comments.slice(lo, end);
  }

  annotationFacts(mods: ModifierSpan): ReturnType<AnnotationFacts['result']> {
    if (mods.annotations.length === 0) return NO_FACTS;
    const facts = new AnnotationFacts();
    for (const a of mods.annotations) {
      if (this.commentsBetween(this.t.from[a.name] ?? 0, this.t.to[a.nameEnd] ?? 0).length > 0) decline();
      const name = this.source(a.name, a.nameEnd).replace(/^.*\./, '');
      for (const arg of a.args) {
        const key = arg.key >= 0 ? this.source(arg.key, arg.key) : 'value';
        if (!usesArgument(name, key)) continue;
        const str = this.firstString(arg.from, arg.to);
        if (str) facts.add(name, key, str);
      }
    }
    return facts.result();
  }

  /**
   * `firstString` of java.ts over the value tokens `[from, to)`: a string literal, or the first
   * element of an array initializer that is one. Any other value holding a string (`"a" + b`)
   * has a tree-shaped answer and is declined.
   */
  firstString(from: number, to: number): { value: string; from: number } | undefined {
    if (to - from === 1 && this.kind(from) === STRING) return this.literal(from);
    let strings = false;
    for (let k = from; k < to; k++) if (this.kind(k) === STRING) strings = true;
    if (!strings) return undefined;
    if (!this.is('{', from) || this.t.match[from] !== to - 1) return decline();
    let start = from + 1;
    for (let k = start; k < to; k++) {
      const close = this.t.match[k] ?? -1;
      if (close > k) {
        k = close;
        continue;
      }
      if (this.is(',', k) || k === to - 1) {
        if (k - start === 1 && this.kind(start) === STRING) return this.literal(start);
        start = k + 1;
      }
    }
    return undefined;
  }

  /** A string literal token's content. */
  literal(k: number): { value: string; from: number } | undefined {
    return stringContentAt(this.text, this.t.from[k] ?? 0, this.t.to[k] ?? 0);
  }
}
