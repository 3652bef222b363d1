/**
 * Go struct fields tagged `json:"-"`: `encoding/json` leaves them out of what it writes, and so
 * do the loggers and clients that encode a struct as JSON (zap's reflected fields, slog's JSON
 * handler, resty's and net/http's bodies made by `json.Marshal`). A struct's whole value reaching
 * a sink carries the fields it writes, not those: `BuyerPhone string \`json:"-"\`` is not in the
 * event published from `json.Marshal(t)`. The field read by name (`t.BuyerPhone`) still is.
 * Read from the text line by line, only when it holds such a tag.
 */

const TYPE_OPEN = /^type\s+(\w+)\s+struct\s*\{\s*$/;
const HIDDEN_FIELD = /^\s+(\w+)\s+[^`\n]*`[^`\n]*\bjson:"-"/;

/** `Type.Field` of every field tagged `json:"-"` in a top-level struct of `text`; undefined when none. */
export function goHiddenFields(text: string): ReadonlySet<string> | undefined {
  if (!text.includes('json:"-"')) return undefined;
  let hidden: Set<string> | undefined;
  let type: string | undefined;
  for (const line of text.split('\n')) {
    if (type === undefined) {
      type = TYPE_OPEN.exec(line)?.[1];
      continue;
    }
    if (line.startsWith('}')) {
      type = undefined;
      continue;
    }
    const field = HIDDEN_FIELD.exec(line)?.[1];
    if (field !== undefined) (hidden ??= new Set()).add(`${type}.${field}`);
  }
  return hidden;
}
