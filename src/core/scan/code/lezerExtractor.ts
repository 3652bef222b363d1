import type { SyntaxNode, Tree, TreeCursor } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import type { Extractor, ExtractResult, SourceInfo } from '../extractor.js';
import { guarded, handles, type CommentSpan, type FieldDraft } from '../kit/index.js';
import { collectFields } from './collectFields.js';
import { changedRange, hasErrorNode, LezerMemo, parseReusing } from './lezerReuse.js';
import { TopLevelReuse, type PendingDeclaration, type TopLevelRecord } from './lezerWalkReuse.js';

/**
 * The one mechanism behind every Lezer-based extractor (TypeScript/JavaScript, Python, Java,
 * Go, MyBatis XML): parse, walk the tree once with a cursor, hand the nodes a language cares
 * about to its handlers, attach comments to declarations once every comment is known, and
 * return the candidates in reading order. A language module supplies only its rules. Given
 * the memo of an earlier extraction of the same document, the parse reuses its tree outside
 * the edit and the walk reuses what it found under the top-level nodes the edit left alone
 * (lezerWalkReuse.ts); comments are attached and positions computed afresh, so the result
 * equals a fresh extraction.
 */

/** Where a declaration sits, for comment attachment (see `attachedComments`). */
export interface DeclarationSpan {
  readonly from: number;
  readonly to: number;
  /** End of the declared name, when a comment trailing that line may describe it. */
  readonly nameEnd?: number | undefined;
  /**
   * Where the name of the type whose doc comment may describe the declaration starts: a
   * record's Javadoc `@param name text` describes its component `name` (docTags.ts).
   */
  readonly docAt?: number | undefined;
}

/** What a declaration adds beyond its comment: descriptions and storage-name aliases. */
export interface DeclarationExtras {
  /** Described by annotations, options or docstrings; joined after the attached comment. */
  readonly descriptions?: readonly (string | undefined)[];
  /** Other names of the field (column, JSON key) reported at their own positions when new. */
  readonly aliases?: readonly { readonly name: string; readonly from: number }[];
}

/** What every handler sees; a language extends it with its own walk state. */
export interface LezerContext {
  readonly text: string;
  readonly lines: LineIndex;
  readonly source: SourceInfo;
  /** Comments in text order; complete only after the walk, which is why `declare` waits. */
  readonly comments: CommentSpan[];
  /** Reports a candidate as it is (usages, fields with no comment to find). */
  emit(draft: FieldDraft): void;
  /** Reports a declaration once the walk is over, with its attached comment and aliases. */
  declare(draft: FieldDraft, span: DeclarationSpan, extras?: DeclarationExtras): void;
}

/** Visits a node on the way down; returning `false` skips its subtree (anything else descends). */
export type EnterHandler<C> = (ctx: C, node: SyntaxNode) => unknown;
/**
 * `EnterHandler` reading through the walk's own cursor instead of a `SyntaxNode`: visiting
 * children this way builds no node objects, which counts for nodes met thousands of times per
 * file (issue 8). It must leave the cursor on the node it was given.
 */
export type CursorHandler<C> = (ctx: C, cursor: TreeCursor) => unknown;
/**
 * Runs when a node's subtree is done (for state such as the enclosing class); it reads no
 * node, so none is built for it, and leaves the cursor where it is.
 */
export type LeaveHandler<C> = (ctx: C, cursor: TreeCursor) => void;

export interface LezerExtractorSpec<C extends LezerContext> {
  readonly id: string;
  /** Its languages (`languages.ts` gives their extensions). */
  readonly languageIds: readonly string[];
  /** The parser for a source (a dialect may depend on the extension). */
  readonly parser: (source: SourceInfo) => LRParser;
  /**
   * Rewrites the text the parser sees without moving any offset (same length, same line
   * breaks), where the grammar would otherwise go through costly error recovery; handlers
   * still read the original text.
   */
  readonly parseText?: (text: string, source: SourceInfo) => string;
  /**
   * A faster parse than Lezer's for the texts it knows, giving the very tree Lezer would
   * (tsReader.ts); undefined leaves the text to Lezer. It is asked when there is no clean tree
   * to re-parse from: after an edit, Lezer's incremental parse of a clean tree (the fast
   * parse's too) is faster still.
   */
  readonly fastParse?: (parsed: string, source: SourceInfo, parser: LRParser) => Tree | undefined;
  /** Node names that are comments. */
  readonly commentNodes: readonly string[];
  /** Handlers by node name. */
  readonly enter: Readonly<Record<string, EnterHandler<C>>>;
  /** Handlers by node name that read through the cursor (`CursorHandler`); they win over `enter`. */
  readonly enterAt?: Readonly<Record<string, CursorHandler<C>>>;
  readonly leave?: Readonly<Record<string, LeaveHandler<C>>>;
  /** Adds the language's walk state to the shared context. */
  readonly context: (base: LezerContext) => C;
  /** A cheap test that the text is this extractor's at all (MyBatis: a `<mapper>` element). */
  readonly accepts?: (text: string) => string | undefined;
  /** Paths claimed whatever their language (MyBatis mappers are chosen by file name). */
  readonly paths?: RegExp;
}

/** Builds an `Extractor` from a language's rules. */
export function lezerExtractor<C extends LezerContext>(spec: LezerExtractorSpec<C>): Extractor {
  return {
    id: spec.id,
    handles: handles(spec),
    extract(text, source, previous) {
      const refused = spec.accepts?.(text);
      // Not this extractor's kind of text (an XML file under mapper/ that is no mapper): no parse error.
      if (refused !== undefined) return { ok: false, error: refused, notApplicable: true };
      const lines = new LineIndex(text);
      const parser = spec.parser(source);
      const parsed = spec.parseText ? spec.parseText(text, source) : text;
      // The walk is reused only from a memo of this same parser, as the parse is.
      const prior = previous instanceof LezerMemo && previous.parser === parser ? previous : undefined;
      const walked: TopLevelRecord[] = [];
      const incremental = prior !== undefined && !hasErrorNode(prior.tree);
      const fast = incremental ? undefined : spec.fastParse?.(parsed, source, parser);
      return runExtraction(
        lines,
        () => fast ?? parseReusing(parser, parsed, previous),
        (tree) => walk(spec, parser, tree, text, lines, source, walkReuse(prior, tree, text), walked),
        (tree) => new LezerMemo(parser, parsed, tree, text, walked),
      );
    },
  };
}

/**
 * The previous walk's records, when they may stand in for walking the new tree: only between
 * two trees without error recovery, as for the parse (lezerReuse.ts). Where either tree holds
 * an error node, a top-level node of the same type and span past the edit can hold a different
 * subtree (recovery settles on another reading once an edit opens or closes a brace before it),
 * so its old record would give other owners and positions than a fresh walk.
 */
function walkReuse(prior: LezerMemo | undefined, tree: Tree, text: string): TopLevelReuse | undefined {
  if (prior === undefined || hasErrorNode(prior.tree) || hasErrorNode(tree)) return undefined;
  return new TopLevelReuse(prior.walked, changedRange(prior.text, text));
}

function walk<C extends LezerContext>(
  spec: LezerExtractorSpec<C>,
  parser: LRParser,
  tree: Tree,
  text: string,
  lines: LineIndex,
  source: SourceInfo,
  reuse: TopLevelReuse | undefined,
  walked: TopLevelRecord[],
): FieldCandidate[] {
  const emitted: FieldDraft[] = [];
  const pending: PendingDeclaration[] = [];
  const comments: CommentSpan[] = [];
  const ctx = spec.context({
    text,
    lines,
    source,
    comments,
    emit: (draft) => emitted.push(draft),
    declare: (draft, span, extras) => pending.push({ draft, span, extras }),
  });
  // Dispatch by node type id: one array lookup per node instead of comparing names.
  const types = parser.nodeSet.types;
  const enterHandlers = types.map((t) => spec.enter[t.name]);
  const cursorHandlers = types.map((t) => spec.enterAt?.[t.name]);
  const leaveHandlers = types.map((t) => spec.leave?.[t.name]);
  const comment = types.map((t) => spec.commentNodes.includes(t.name));
  const enter = (cursor: TreeCursor): boolean => {
    const id = cursor.type.id;
    if (comment[id] === true) {
      comments.push({ from: cursor.from, to: cursor.to });
      return false;
    }
    const atCursor = cursorHandlers[id];
    if (atCursor !== undefined) return atCursor(ctx, cursor) !== false;
    const handler = enterHandlers[id];
    return handler === undefined || handler(ctx, cursor.node) !== false;
  };
  const leave = leaveHandlers.some((l) => l !== undefined)
    ? (cursor: TreeCursor) => leaveHandlers[cursor.type.id]?.(ctx, cursor)
    : undefined;

  const cursor = tree.cursor();
  if (enter(cursor) && cursor.firstChild()) {
    do {
      const { from, to } = cursor;
      const type = cursor.type.id;
      const reused = reuse?.find(type, from, to);
      if (reused !== undefined) {
        for (const d of reused.emitted) emitted.push(d);
        for (const d of reused.declared) pending.push(d);
        for (const c of reused.comments) comments.push(c);
        walked.push(reused);
        continue;
      }
      const marks = [emitted.length, pending.length, comments.length] as const;
      traverseSubtree(cursor, enter, leave);
      walked.push({
        type,
        from,
        to,
        emitted: emitted.slice(marks[0]),
        declared: pending.slice(marks[1]),
        comments: comments.slice(marks[2]),
      });
    } while (cursor.nextSibling());
    cursor.parent();
  }
  leave?.(cursor);
  return collectFields(text, lines, comments, emitted, pending);
}

/**
 * Depth-first over the subtree at the cursor: `enter` at each node (false: skip its children),
 * `leave` once its subtree is done; the cursor ends on the subtree's root. Handlers get a
 * `SyntaxNode` only for the node types they registered.
 */
function traverseSubtree(
  cursor: TreeCursor,
  enter: (cursor: TreeCursor) => boolean,
  leave: ((cursor: TreeCursor) => void) | undefined,
): void {
  let depth = 0;
  for (;;) {
    if (enter(cursor) && cursor.firstChild()) {
      depth++;
      continue;
    }
    for (;;) {
      leave?.(cursor);
      if (depth === 0) return;
      if (cursor.nextSibling()) break;
      cursor.parent();
      depth--;
    }
  }
}

/** Counts error nodes; a parse that found nothing and has errors is reported as a failure. */
function firstError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at !== undefined) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  return at;
}

/**
 * Wraps a tree walk: parser exceptions and a tree that is both erroneous and empty become
 * `{ ok: false }` with the position of the first syntax error (and no memo); a success carries
 * the memo the next extraction of the same document may reuse (lezerReuse.ts).
 */
function runExtraction(
  lines: LineIndex,
  parse: () => Tree,
  walk: (tree: Tree) => FieldCandidate[],
  memo: (tree: Tree) => LezerMemo,
): ExtractResult {
  return guarded(() => {
    const tree = parse();
    const fields = walk(tree);
    if (fields.length === 0) {
      const err = firstError(tree);
      if (err !== undefined) {
        const p = lines.positionAt(err);
        return { ok: false, error: `syntax error at ${p.line + 1}:${p.character + 1}` };
      }
    }
    // Only a tree that was walked successfully may seed the next parse.
    return { ok: true, fields, memo: memo(tree) };
  });
}
