/**
 * `to`, `with`, `uses`, `requires`, `exports`, `opens`, `provides` and `transitive` are keywords
 * only inside a `module-info.java`, but @lezer/java reserves them everywhere: a field named `to`
 * (a message's recipient), `bind(A.class).to(B.class)` or `setUses(int uses)` sends the parser
 * into error recovery and can lose the class. Outside module declarations the parser is given
 * the word with its last letter replaced by `_` (same length, no offset moves); extraction reads
 * the original text, so a field named `to` is still reported as `to`.
 */

const MODULE_WORD =
  /(?<![\p{L}\p{N}_$])(?:to|with|uses|requires|exports|opens|provides|transitive)(?![\p{L}\p{N}_$])/gu;

/**
 * The text the Java parser should see for a file at `path`: module-only keywords as names. Where
 * each word was renamed is pushed on `renamed` when given (in strings and comments too).
 */
export function moduleWordsAsNames(text: string, path: string, renamed?: number[]): string {
  if (/(?:^|[\\/])module-info\.java$/i.test(path)) return text;
  return text.replace(MODULE_WORD, (word: string, at: number) => {
    renamed?.push(at);
    return `${word.slice(0, -1)}_`;
  });
}
