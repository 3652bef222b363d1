/**
 * `Mapper.class`, `EnumSerializer.class`: @lezer/java reads class literals of primitive and
 * array types only, so every `Name.class` (in Spring and Jackson annotations, `register(X.class)`)
 * sends the parser into error recovery, and one in a class's annotations can lose the class.
 * The parser is given `Name.this ` instead (same length, no offset moves), a qualified `this`
 * it reads as the same kind of expression; extraction reads the original text.
 */

/** `Name.class` not followed by more of a name; the name's last character is kept. */
const CLASS_LITERAL = /([\p{L}\p{N}_$])\.class(?![\p{L}\p{N}_$])/gu;

/** Primitive types, whose class literals the grammar already reads. */
const PRIMITIVE = /(?:^|[^\p{L}\p{N}_$])(?:int|long|short|byte|char|boolean|float|double|void)$/u;

/** The text the Java parser should see: class literals of named types rewritten. */
export function rewriteClassLiterals(text: string): string {
  if (!text.includes('.class')) return text;
  return text.replace(CLASS_LITERAL, (match: string, last: string, at: number) =>
    PRIMITIVE.test(text.slice(Math.max(0, at - 8), at + 1)) ? match : `${last}.this `,
  );
}
