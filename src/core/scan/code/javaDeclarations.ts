// The declaration half of the fast Java reader (javaReader.ts): a field's or parameter's
// candidate from its modifiers, type and names, with its head comment and the facts its
// annotations state (column names, descriptions) read as java.ts, the Lezer reference, reads them.
import { describeComments, type CommentSpan } from '../kit/index.js';
import { FlatDeclaration } from './flatDeclaration.js';
import { AnnotationFacts, usesArgument, type AnnotationResult } from './javaAnnotationFacts.js';
import { decline } from './javaParseCore.js';
import { JavaStmtParser, type ModifierSpan } from './javaParseStmt.js';
import { JK } from './javaTokens.js';
import { stringContentAt } from './lezerSupport.js';

const { STRING } = JK;

/** What most members emit or annotations describe: nothing, shared rather than allocated each time. */
export const NOTHING: readonly never[] = [];
const NO_FACTS: AnnotationResult = { description: undefined, alias: undefined, validation: undefined };

/** Turns the declarations the statement parser finds into pending candidates. */
export abstract class JavaDeclarationReader extends JavaStmtParser {
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
    docAt?: number,
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
        docAt,
        info.validation,
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

  annotationFacts(mods: ModifierSpan): AnnotationResult {
    if (mods.annotations.length === 0) return NO_FACTS;
    const facts = new AnnotationFacts();
    for (const a of mods.annotations) {
      if (this.commentsBetween(this.t.from[a.name] ?? 0, this.t.to[a.nameEnd] ?? 0).length > 0) decline();
      const name = this.source(a.name, a.nameEnd).replace(/^.*\./, '');
      facts.mark(name);
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
