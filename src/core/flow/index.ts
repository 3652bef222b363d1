/**
 * Where personal information goes: the flows of one text from PI sources to sinks (logs,
 * clients, third-party SDKs, queues, exports, caches). Pure and synchronous like the scan;
 * never throws (a failure yields no flows), and files that are tests yield none: a sink in a
 * test sends fixtures, not people's data.
 */
import type { Tree } from '@lezer/common';
import { parser as goParser } from '@lezer/go';
import { parser as javaParser } from '@lezer/java';
import { parser as pyParser } from '@lezer/python';
import { rewriteClassLiterals } from '../scan/code/javaClassLiterals.js';
import { TokenMemo, type Token } from '../scan/code/cfamilyTokens.js';
import { LezerMemo } from '../scan/code/lezerReuse.js';
import { readPythonDrafts } from '../scan/code/pyReader.js';
import { TsReaderMemo } from '../scan/code/tsReaderMemo.js';
import { JS_PARSERS, type JsDialect } from '../scan/code/jsParsers.js';
import type { PyView } from '../scan/code/pyView.js';
import { pythonViewOf } from '../scan/code/python.js';
import { bridgeLineEndBooleans, goTokensOf } from '../scan/code/go.js';
import { javaTokensOf } from '../scan/code/java.js';
import type { JavaTokens } from '../scan/code/javaTokens.js';
import { readGo } from '../scan/code/goReader.js';
import type { GoTokens } from '../scan/code/goTokens.js';
import type { ScanResult } from '../scan/index.js';
import type { CompiledVocabulary } from '../detect/vocabulary/index.js';
import type { Finding } from '../types.js';
import { findJvmClients, findWriters } from './clients.js';
import { goHiddenFields } from './goHidden.js';
import { goNameCounts } from './goUses.js';
import type { Stmt } from './ir.js';
import { jsFlows } from './jsFlows.js';
import { flatTree, type BufferTree } from './jsTree.js';
import { codeTokens, lowerCsharp, lowerKotlin, tokenTopLevel } from './lang/tokenStmts.js';
import { lowerGo } from './lang/go.js';
import { GoSource } from './lang/goCursor.js';
import { goTopLevel, lowerGoSource } from './lang/goLower.js';
import { lowerJava } from './lang/java.js';
import { javaFlowTokens, javaTopLevel, lowerJavaTokens } from './lang/javaLower.js';
import { lowerPython } from './lang/python.js';
import { lowerPythonTokens, pythonTopLevel } from './lang/pyLower.js';
import { pythonNameCounts } from './lang/pyUses.js';
import type { FlowLanguage } from './sinks.js';
import { standingFlows } from './rulings.js';
import { withStubs } from './stubs.js';
import { withVendorClients } from './vendorClients.js';
import { nameReader, recordTypes } from './sources.js';
import type { Flow } from './types.js';
import { topNames } from './topNames.js';
import { walkFlows } from './walk.js';
import { walkStreamed, type TopLevel } from './walkStream.js';

export type { Flow, FlowSink, FlowStep } from './types.js';
export { kindMeaning, CROSS_BORDER_MEANING, SINK_KINDS, type SinkKind } from './kinds.js';
export { classifyHost, crossBorderOf, hostOf } from './hosts.js';

/** Options of one flow analysis. */
export interface FlowOptions {
  /** The scan's findings for the same text: record types declared in it type parameters. */
  readonly findings?: readonly Finding[];
  /** The vocabulary the scan used (`.pilens.json` additions included). */
  readonly vocabulary?: CompiledVocabulary;
  /**
   * A tree of this very text from the scan (`treeFromScan`): the analysis walks it instead of
   * parsing again, which is most of its cost.
   */
  readonly tree?: Tree;
  /**
   * The fast TypeScript reader's tree of this very text from the scan (`syntaxFromScan`): walked
   * as it is, with no Lezer tree built from it.
   */
  readonly jsTree?: BufferTree;
  /** The scan's code tokens of this very text (`tokensFromScan`), for Kotlin and C#. */
  readonly tokens?: readonly Token[];
  /** The scan's Python tokens of this very text (`syntaxFromScan`): lowered without a parse. */
  readonly pyView?: PyView;
  /** The fast Go reader's tokens of this very text (`syntaxFromScan`): lowered without a parse. */
  readonly goTokens?: GoTokens;
  /**
   * The fast Java reader's tokens of this very text (`syntaxFromScan`, which gives none where the
   * scan renamed a name): lowered without a parse.
   */
  readonly javaTokens?: JavaTokens;
}

/** Extractors whose Lezer tree the analysis can walk, with the parser it must come from. */
const SCAN_PARSERS: Readonly<Record<string, unknown>> = {
  python: pyParser,
  java: javaParser,
  go: goParser,
};

/**
 * The scan's own Lezer tree of `text`, when a Lezer extractor (TypeScript, Python, Java, Go)
 * read it and left one: its parser saw a same-length rewrite of the text (tsGrammarGaps.ts,
 * javaClassLiterals.ts), so offsets agree. Anything else (a token reader instead of Lezer)
 * gives undefined and the analysis parses for itself.
 */
export function treeFromScan(result: ScanResult, text: string): Tree | undefined {
  const state = result.memo?.state;
  if (!(state instanceof LezerMemo)) return undefined;
  const own = SCAN_PARSERS[result.extractor];
  if (result.extractor !== 'typescript' && (own === undefined || state.parser !== own)) return undefined;
  return state.text === text && state.parsed.length === text.length ? state.tree : undefined;
}

/** Tests, and Storybook stories (a component shown with made-up data: no person's data goes anywhere). */
const TEST_PATH =
  /(?:^|\/)(?:test|tests|__tests__|__mocks__|spec|specs|testdata|fixtures)\/|\.(?:test|spec|stories)\.[cm]?[jt]sx?$|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|Tests?\.(?:java|kt|cs)$/i;

/** The scan's code tokens of `text`, when a token extractor (Kotlin, C#) read it. */
export function tokensFromScan(result: ScanResult, text: string): readonly Token[] | undefined {
  const state = result.memo?.state;
  return state instanceof TokenMemo && state.text === text ? state.code : undefined;
}

/** The fast TypeScript reader's tree of `text`, when the scan read it with that reader. */
function jsTreeFromScan(result: ScanResult, text: string): BufferTree | undefined {
  const state = result.memo?.state;
  return state instanceof TsReaderMemo && state.text === text ? state.bufferTree : undefined;
}

/** What the analysis can reuse of the scan of `text`: its tree or its tokens. */
export function syntaxFromScan(
  result: ScanResult,
  text: string,
): {
  tree?: Tree;
  jsTree?: BufferTree;
  tokens?: readonly Token[];
  pyView?: PyView;
  goTokens?: GoTokens;
  javaTokens?: JavaTokens;
} {
  const jsTree = result.extractor === 'typescript' ? jsTreeFromScan(result, text) : undefined;
  if (jsTree !== undefined) return { jsTree };
  const tree = treeFromScan(result, text);
  if (tree !== undefined) return { tree };
  const goTokens = result.extractor === 'go' ? goTokensOf(result.memo?.state, text) : undefined;
  if (goTokens !== undefined) return { goTokens };
  const javaTokens = result.extractor === 'java' ? javaTokensOf(result.memo?.state, text) : undefined;
  if (javaTokens !== undefined) return { javaTokens };
  const pyView = result.extractor === 'python' ? pythonViewOf(result.memo?.state, text) : undefined;
  if (pyView !== undefined) return { pyView };
  const tokens = tokensFromScan(result, text);
  return tokens !== undefined ? { tokens } : {};
}

/** Whether a path is a test: its sinks carry fixtures. */
export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path.replace(/\\/g, '/'));
}

function jsDialect(path: string): JsDialect | undefined {
  const p = path.toLowerCase();
  if (p.endsWith('.tsx')) return 'tsx';
  if (/\.[mc]?ts$/.test(p)) return 'ts';
  if (/\.(?:[mc]?js|jsx)$/.test(p)) return 'jsx';
  return undefined;
}

const EXTENSIONS: readonly [RegExp, FlowLanguage][] = [
  [/\.pyi?$/, 'python'],
  [/\.java$/, 'java'],
  [/\.go$/, 'go'],
  [/\.kts?$/, 'kotlin'],
  [/\.cs$/, 'csharp'],
];

/** Whether flows are analysed for this path's language, and which. */
export function flowLanguage(path: string): FlowLanguage | undefined {
  if (jsDialect(path) !== undefined) return 'js';
  const p = path.toLowerCase();
  return EXTENSIONS.find(([re]) => re.test(p))?.[1];
}

/**
 * What a text in a language other than JavaScript is lowered from, read once for both the
 * streamed and the whole walk: the scan's Lezer tree, else the fast reader's tokens — the scan's,
 * or read here when it left none (an edit re-read in part, no scan at all). Tokens undefined: the
 * reader declined, and Lezer parses, as the scan itself falls back.
 */
interface Syntax {
  readonly tree?: Tree | undefined;
  readonly pyView?: PyView | undefined;
  readonly javaTokens?: JavaTokens | undefined;
  /** Go's tokens with their names read once, for the lowering and the hinted counts (goNames.ts). */
  readonly goSource?: GoSource | undefined;
  readonly tokens?: readonly Token[] | undefined;
}

function syntaxOf(language: Exclude<FlowLanguage, 'js'>, text: string, options: FlowOptions): Syntax {
  if (options.tree !== undefined) return { tree: options.tree };
  switch (language) {
    case 'python':
      return { pyView: options.pyView ?? readPythonDrafts(text)?.view };
    case 'java':
      // Read only when needed: the scan's tokens come from its own rewrite of the text.
      return { javaTokens: options.javaTokens ?? javaFlowTokens(text) };
    case 'go': {
      const tokens = options.goTokens ?? readGo(text)?.tokens;
      return { goSource: tokens && new GoSource(text, tokens) };
    }
    case 'kotlin':
    case 'csharp':
      return { tokens: options.tokens ?? codeTokens(text) };
  }
}

/** The language-neutral form of a whole text in a language other than JavaScript. */
function lower(language: Exclude<FlowLanguage, 'js'>, text: string, syntax: Syntax): Stmt[] {
  const { tree, tokens } = syntax;
  switch (language) {
    case 'python':
      if (tree !== undefined) return lowerPython(text, tree.topNode);
      return (syntax.pyView && lowerPythonTokens(syntax.pyView)) ?? lowerByLezer('python', text);
    case 'java':
      if (tree !== undefined) return lowerJava(text, tree.topNode);
      return (syntax.javaTokens && lowerJavaTokens(text, syntax.javaTokens)) ?? lowerByLezer('java', text);
    case 'go':
      if (tree !== undefined) return lowerGo(text, tree.topNode);
      return (syntax.goSource && lowerGoSource(syntax.goSource)) ?? lowerByLezer('go', text);
    case 'kotlin':
      return lowerKotlin(text, tokens);
    case 'csharp':
      return lowerCsharp(text, tokens);
  }
}

/**
 * The form of a text one top-level declaration at a time, where it comes from tokens: a Lezer
 * tree is lowered whole. Undefined where the reader declined.
 */
function topLevelOf(
  language: Exclude<FlowLanguage, 'js'>,
  text: string,
  syntax: Syntax,
): TopLevel | undefined {
  if (syntax.tree !== undefined) return undefined;
  switch (language) {
    case 'python':
      return syntax.pyView && pythonTopLevel(syntax.pyView);
    case 'java':
      return syntax.javaTokens && javaTopLevel(text, syntax.javaTokens);
    case 'go':
      return syntax.goSource && goTopLevel(syntax.goSource);
    case 'kotlin':
    case 'csharp':
      return tokenTopLevel(language, text, syntax.tokens);
  }
}

/**
 * The flows of a text in a language other than JavaScript: walked one top-level declaration at
 * a time (walkStream.ts), or, where that cannot vouch for the result, lowered whole and walked;
 * where the token lowering declined, Lezer parses at once instead of the same lowering again.
 */
function formFlows(language: Exclude<FlowLanguage, 'js'>, text: string, options: FlowOptions): Flow[] {
  const input = {
    language,
    read: nameReader(options.vocabulary),
    types: recordTypes(options.findings ?? [], language === 'go' ? goHiddenFields(text) : undefined),
    clients: withVendorClients(
      text,
      language,
      withStubs(
        text,
        language,
        language === 'java' || language === 'kotlin'
          ? findJvmClients(text, language)
          : findWriters(text, language),
      ),
    ),
  };
  const syntax = syntaxOf(language, text, options);
  const next = topLevelOf(language, text, syntax);
  const hinted = topNames(language, text);
  const { pyView: view, goSource: go } = syntax;
  // Python's and Go's hinted names are counted from the reader's tokens (pyUses.ts, goUses.ts),
  // not the text.
  const counts =
    view !== undefined
      ? { counts: (names: ReadonlySet<string>) => pythonNameCounts(view, names) }
      : go !== undefined
        ? { counts: (names: ReadonlySet<string>) => goNameCounts(go.names, names) }
        : {};
  const streamed = next && walkStreamed({ ...input, text, next, hinted, ...counts });
  if (streamed !== undefined && streamed !== 'declined') return streamed;
  const declined = streamed === 'declined' && language !== 'kotlin' && language !== 'csharp';
  return walkFlows({
    ...input,
    body: declined ? lowerByLezer(language, text) : lower(language, text, syntax),
  });
}

/**
 * The form from a Lezer parse, where the fast reader or its lowering declines. Lezer sees the
 * text the scan's Lezer reference sees: Java with class literals rewritten
 * (javaClassLiterals.ts), Go with `true`/`false` at a line end bridged.
 */
function lowerByLezer(language: 'python' | 'java' | 'go', text: string): Stmt[] {
  switch (language) {
    case 'python':
      return lowerPython(text, pyParser.parse(text).topNode);
    case 'java':
      return lowerJava(text, javaParser.parse(rewriteClassLiterals(text)).topNode);
    case 'go':
      return lowerGo(text, goParser.parse(bridgeLineEndBooleans(text)).topNode);
  }
}

/**
 * The flows of a text the scan just read (`result` with its memo): its findings type the
 * records, its tree or tokens are walked again instead of parsed. The one entry of every host
 * (the CLI's `--flows`, the editor, the language server, the data map), so they agree.
 */
export function flowsOfScan(text: string, path: string, result: ScanResult): Flow[] {
  // Names along a flow are read with the vocabulary the scan classified with (`.pilens.json`
  // additions and negatives included), which the scan's memo of verdicts keeps.
  const vocabulary = result.memo?.records?.vocabulary;
  return analyzeFlows(text, path, {
    findings: result.findings,
    ...syntaxFromScan(result, text),
    ...(vocabulary !== undefined ? { vocabulary } : {}),
  });
}

/** The flows of `text` (named `path`), in text order. */
export function analyzeFlows(text: string, path: string, options: FlowOptions = {}): Flow[] {
  if (isTestPath(path)) return [];
  const language = flowLanguage(path);
  const dialect = jsDialect(path);
  if (language === undefined) return [];
  try {
    if (language !== 'js' || dialect === undefined)
      return language === 'js' ? [] : standingFlows(formFlows(language, text, options));
    const parser = JS_PARSERS[dialect];
    return standingFlows(
      jsFlows({
        text,
        tree: options.jsTree ?? flatTree(options.tree ?? parser.parse(text), parser.nodeSet),
        read: nameReader(options.vocabulary),
        types: recordTypes(options.findings ?? []),
        writers: findWriters(text, 'js'),
      }),
    );
  } catch {
    // The analysis must not take the scan down with it: no flows rather than an error.
    return [];
  }
}
