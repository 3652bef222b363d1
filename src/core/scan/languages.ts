/**
 * The one table of source file types: each VS Code language id pilens knows, the file
 * extensions that are that language, how to write a comment in it, and whether the editor reads
 * it by default. Every other list derives from it: the extractors' dispatch (`isOfLanguages`),
 * the `pilens.languages` default and the activation events (`DEFAULT_LANGUAGES`, which
 * `npm run gen` writes into package.json), the files the editor reads when no installed extension
 * gives them a language (`isAlwaysRead`), the inventory's file globs (`extensionsOfLanguages`)
 * and the comment syntax of quick fixes (`commentSyntaxOf`).
 *
 * To add a language: one row here, then `npm run gen`. An extension belongs to one row, so a path has one
 * language (a test checks it).
 */

/** How pilens writes a one-line comment: `open` text, and `close` for block-only syntaxes. */
export interface CommentSyntax {
  readonly open: string;
  readonly close?: string;
}

/** One language pilens knows. */
export interface LanguageRow {
  /** The VS Code language id (also what other editors' LSP clients send). */
  readonly id: string;
  /** Lower-case extensions with the dot (`.proto`); empty for ids only third-party extensions assign. */
  readonly extensions: readonly string[];
  /** The comment quick fixes write `@pi` in; none for languages without comments (JSON, CSV). */
  readonly comment?: CommentSyntax;
  /** Read by file name even when it opens as plain text (VS Code has no such language built in). */
  readonly alwaysRead?: boolean;
  /** In the `pilens.languages` default, so the extension activates on it. */
  readonly scannedByDefault?: boolean;
}

const SLASHES: CommentSyntax = { open: '//' };
const HASH: CommentSyntax = { open: '#' };
const DASHES: CommentSyntax = { open: '--' };
const MARKUP: CommentSyntax = { open: '<!--', close: '-->' };
const BLOCK: CommentSyntax = { open: '/*', close: '*/' };

/** Scanned by default: the order is the `pilens.languages` default's order. */
const SCANNED: readonly LanguageRow[] = [
  { id: 'sql', extensions: ['.sql', '.ddl'], comment: DASHES, alwaysRead: true },
  { id: 'prisma', extensions: ['.prisma'], comment: SLASHES, alwaysRead: true },
  { id: 'graphql', extensions: ['.graphql', '.graphqls', '.gql'], comment: HASH, alwaysRead: true },
  { id: 'json', extensions: ['.json'] },
  { id: 'jsonc', extensions: ['.jsonc'], comment: SLASHES },
  { id: 'yaml', extensions: ['.yaml', '.yml'], comment: HASH },
  { id: 'proto', extensions: ['.proto'], comment: SLASHES, alwaysRead: true },
  // proto3 is the id some protobuf extensions give the same files.
  { id: 'proto3', extensions: [], comment: SLASHES },
  { id: 'csv', extensions: ['.csv', '.psv'], alwaysRead: true },
  { id: 'tsv', extensions: ['.tsv'], alwaysRead: true },
  { id: 'typescript', extensions: ['.ts', '.mts', '.cts'], comment: SLASHES },
  { id: 'typescriptreact', extensions: ['.tsx'], comment: SLASHES },
  { id: 'javascript', extensions: ['.js', '.mjs', '.cjs'], comment: SLASHES },
  { id: 'javascriptreact', extensions: ['.jsx'], comment: SLASHES },
  { id: 'python', extensions: ['.py', '.pyi'], comment: HASH },
  { id: 'java', extensions: ['.java'], comment: SLASHES },
  { id: 'go', extensions: ['.go'], comment: SLASHES },
  { id: 'csharp', extensions: ['.cs'], comment: SLASHES },
  { id: 'kotlin', extensions: ['.kt', '.kts'], comment: SLASHES },
  { id: 'xml', extensions: ['.xml'], comment: MARKUP },
].map((row) => ({ ...row, scannedByDefault: true }));

/**
 * Known but not scanned by default: ids that third-party extensions give files of a scanned
 * kind (SQL dialects, Rainbow CSV's variants, Avro), and languages a user may add to
 * `pilens.languages` (their comment syntax lets quick fixes annotate them).
 */
const OTHERS: readonly LanguageRow[] = [
  { id: 'avro', extensions: ['.avsc', '.avpr'], alwaysRead: true },
  { id: 'protobuf', extensions: [], comment: SLASHES },
  ...['mysql', 'pgsql', 'postgres', 'plsql', 'oracle', 'sqlite', 'tsql'].map((id) => ({
    id,
    extensions: [],
    comment: DASHES,
  })),
  { id: 'csv (semicolon)', extensions: [] },
  { id: 'csv (pipe)', extensions: [] },
  { id: 'scala', extensions: ['.scala'], comment: SLASHES },
  { id: 'swift', extensions: ['.swift'], comment: SLASHES },
  { id: 'c', extensions: ['.c', '.h'], comment: SLASHES },
  { id: 'cpp', extensions: ['.cpp', '.cc', '.cxx', '.hpp'], comment: SLASHES },
  { id: 'rust', extensions: ['.rs'], comment: SLASHES },
  { id: 'dart', extensions: ['.dart'], comment: SLASHES },
  { id: 'php', extensions: ['.php'], comment: SLASHES },
  { id: 'groovy', extensions: ['.groovy', '.gradle'], comment: SLASHES },
  { id: 'scss', extensions: ['.scss'], comment: SLASHES },
  { id: 'less', extensions: ['.less'], comment: SLASHES },
  { id: 'shellscript', extensions: ['.sh', '.bash'], comment: HASH },
  { id: 'ruby', extensions: ['.rb'], comment: HASH },
  { id: 'perl', extensions: ['.pl', '.pm'], comment: HASH },
  { id: 'r', extensions: ['.r'], comment: HASH },
  { id: 'toml', extensions: ['.toml'], comment: HASH },
  { id: 'dockerfile', extensions: [], comment: HASH },
  { id: 'makefile', extensions: [], comment: HASH },
  { id: 'powershell', extensions: ['.ps1'], comment: HASH },
  { id: 'properties', extensions: ['.properties'], comment: HASH },
  { id: 'elixir', extensions: ['.ex', '.exs'], comment: HASH },
  { id: 'lua', extensions: ['.lua'], comment: DASHES },
  { id: 'haskell', extensions: ['.hs'], comment: DASHES },
  { id: 'html', extensions: ['.html', '.htm'], comment: MARKUP },
  { id: 'markdown', extensions: ['.md'], comment: MARKUP },
  { id: 'vue', extensions: ['.vue'], comment: MARKUP },
  { id: 'xsl', extensions: ['.xsl', '.xslt'], comment: MARKUP },
  { id: 'css', extensions: ['.css'], comment: BLOCK },
];

/** Every language pilens knows, the default-scanned ones first. */
export const LANGUAGES: readonly LanguageRow[] = [...SCANNED, ...OTHERS];

const BY_ID = new Map(LANGUAGES.map((row) => [row.id, row]));
const BY_EXTENSION = new Map(LANGUAGES.flatMap((row) => row.extensions.map((ext) => [ext, row] as const)));

/** The languages scanned by default (the `pilens.languages` default and the activation events). */
export const DEFAULT_LANGUAGES: readonly string[] = SCANNED.map((row) => row.id);

/** The lower-cased extension of a path with its dot (`a/B.Proto` → `.proto`), or ''. */
export function extensionOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The language a path's extension says, if pilens knows it. */
export function languageOfPath(path: string): LanguageRow | undefined {
  return BY_EXTENSION.get(extensionOf(path));
}

/** The extensions (with the dot) of the given language ids. */
export function extensionsOfLanguages(ids: Iterable<string>): Set<string> {
  const exts = new Set<string>();
  for (const id of ids) for (const ext of BY_ID.get(id)?.extensions ?? []) exts.add(ext);
  return exts;
}

/** Whether a file opening as plain text is still read, by its extension (see `alwaysRead`). */
export function isAlwaysRead(path: string): boolean {
  return languageOfPath(path)?.alwaysRead === true;
}

/** The extensions (with the dot) of every always-read language. */
export function alwaysReadExtensions(): Set<string> {
  return extensionsOfLanguages(LANGUAGES.filter((row) => row.alwaysRead === true).map((row) => row.id));
}

/**
 * Extractor dispatch: whether a source is of one of the languages, by the language id its host
 * gave it or else by its extension.
 */
export function isOfLanguages(
  source: { readonly path: string; readonly languageId?: string },
  ids: readonly string[],
): boolean {
  if (source.languageId !== undefined && ids.includes(source.languageId)) return true;
  const row = languageOfPath(source.path);
  return row !== undefined && ids.includes(row.id);
}

/** The comment syntax quick fixes write in, or undefined for a language without comments. */
export function commentSyntaxOf(languageId: string): CommentSyntax | undefined {
  return BY_ID.get(languageId)?.comment;
}
