/**
 * Column references the user typed (`--map column=…`, `--key column`) checked against the
 * columns actually read, so a typo is an error rather than a silently ignored option.
 */

/**
 * The references that name no column of any table: a reference matches a column's name, or
 * is a 1-based column number within some table's width (as `--map` and `--key` accept).
 */
export function unmatchedColumnRefs(
  tables: readonly { readonly columns: readonly { readonly name: string }[] }[],
  refs: readonly string[],
): string[] {
  return refs.filter(
    (ref) =>
      !tables.some((t) => {
        if (t.columns.some((c) => c.name === ref)) return true;
        const n = Number(ref);
        return Number.isInteger(n) && n >= 1 && n <= t.columns.length;
      }),
  );
}
