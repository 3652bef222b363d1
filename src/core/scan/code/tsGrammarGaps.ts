/**
 * Valid TypeScript that @lezer/javascript does not read, rewritten for the parser only (same
 * length, same line breaks, so no offset moves; handlers read the original text):
 *
 * - `declare module '@scope/pkg' { … }`: the module's name becomes an identifier of `_`, and a
 *   shorthand `declare module 'pkg';` (no body) becomes blanks;
 * - `export default interface X`: the `default` becomes blanks;
 * - `export { A, type B }`: the inline `type` modifier becomes blanks;
 * - `import x = require('pkg')`: the `import` becomes `const `;
 * - `export as namespace X;` (a UMD global in a declaration file) becomes blanks;
 * - `(v: unknown): v is null => …`: an arrow function's type predicate keeps only its type;
 * - `{/* a JSX comment *\/}` among JSX children (TSX and JSX only) becomes blanks.
 */

const QUOTED_MODULE = /\bdeclare\s+module\s+(['"])([^'"\n]*)\1/g;

/** `): v is T`, `): asserts v is T` after a parameter list. */
const PREDICATE = /(\)\s*:\s*)((?:asserts\s+)?[\p{L}_$][\p{L}\p{N}_$]*\s+is\s)/gu;

/** `export default interface X`: the parser knows only `export interface`. */
const DEFAULT_INTERFACE = /\bexport\s+(default)\s+interface\b/g;

/** An `export { … }` list holding an inline `type` modifier. */
const EXPORT_LIST = /\bexport\s*\{[^{}]*\btype\s[^{}]*\}/g;
/** `type` before a name, but not a value named `type` renamed (`type as kind`). */
const TYPE_MODIFIER = /([{,]\s*)type(?=\s+(?!as[\s,}])[\p{L}_$])/gu;

/** `import x = require('pkg')`, CommonJS interop. */
const IMPORT_REQUIRE = /\bimport(?=\s+[\p{L}_$][\p{L}\p{N}_$]*\s*=\s*require\s*\()/gu;

const UMD_NAMESPACE = /\bexport\s+as\s+namespace\s+[\p{L}_$][\p{L}\p{N}_$.]*\s*;?/gu;

/** A braced expression holding only a comment. */
const COMMENT_EXPRESSION = /\{\s*\/\*[\s\S]*?\*\/\s*\}/g;

/**
 * What every rewrite above needs, in one expression: where it finds nothing, no rewrite applies
 * and the text is left as it is. One pass over the text instead of six (`includes` of each
 * rewrite's word, then the rewrites whose word occurs: a model file names `type` and ` is `
 * somewhere, a comment will do); the rewrites run only on the rare texts it matches (issue 8).
 */
const ANY_GAP =
  /\b(?:declare\s+module\s+['"]|export\s+default\s+interface\b|export\s*\{[^{}]*\btype\s|import\s+[\p{L}_$][\p{L}\p{N}_$]*\s*=\s*require\s*\(|export\s+as\s+namespace\s+[\p{L}_$])|\)\s*:\s*(?:asserts\s+)?[\p{L}_$][\p{L}\p{N}_$]*\s+is\s/u;

/** `ANY_GAP`, and for JSX a comment in braces. */
const ANY_GAP_JSX = new RegExp(`${ANY_GAP.source}|\\{\\/\\*`, 'u');

/** Whether `bridgeGrammarGaps` may rewrite anything in `text` (false: it returns `text`). */
export function mayHaveGrammarGaps(text: string, jsx: boolean): boolean {
  return (jsx ? ANY_GAP_JSX : ANY_GAP).test(text);
}

/** Spaces for every character of `s` except line breaks. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** The text the TypeScript parser should see (see the module comment). */
export function bridgeGrammarGaps(text: string, jsx: boolean): string {
  if (!mayHaveGrammarGaps(text, jsx)) return text;
  let out = text;
  if (out.includes('declare')) {
    out = out.replace(QUOTED_MODULE, (match: string, _q: string, name: string, at: number) => {
      if (!/^\s*\{/.test(out.slice(at + match.length, at + match.length + 200))) return blank(match);
      const nameAt = match.length - name.length - 2;
      return match.slice(0, nameAt) + '_'.repeat(name.length + 2);
    });
  }
  if (out.includes('default'))
    out = out.replace(DEFAULT_INTERFACE, (match: string, word: string) => match.replace(word, blank(word)));
  if (out.includes('type'))
    out = out.replace(EXPORT_LIST, (list: string) =>
      list.replace(TYPE_MODIFIER, (_m, head: string) => `${head}    `),
    );
  if (out.includes('require')) out = out.replace(IMPORT_REQUIRE, 'const ');
  if (out.includes('namespace')) out = out.replace(UMD_NAMESPACE, blank);
  if (out.includes(' is '))
    out = out.replace(PREDICATE, (_m, head: string, predicate: string) => head + blank(predicate));
  if (jsx && out.includes('{/*')) {
    out = out.replace(COMMENT_EXPRESSION, (match: string, at: number) =>
      jsxChild(out, at) ? blank(match) : match,
    );
  }
  return out;
}

/** After an element's `>` (not an arrow's `=>`) or another child's `}`: a JSX child position. */
function jsxChild(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(text.charAt(k))) k--;
  const c = text.charAt(k);
  return (c === '>' && text.charAt(k - 1) !== '=') || c === '}';
}
