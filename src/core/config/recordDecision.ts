/**
 * Writes a team decision into `.pilens.json` text the way a person would: the file's comments,
 * other settings, key order and indentation are kept, and only the `decisions` list changes (a
 * decision about the same owner and field is replaced, not duplicated). Pure: text in, edits out.
 */
import { applyEdits, findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { decisionSchema, type Decision } from './decisionSchema.js';
import { parseConfig } from './parse.js';

/** One replacement in the original text (offsets in UTF-16 units, as editors count). */
export interface TextReplacement {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

export type RecordDecisionResult =
  | { readonly ok: true; readonly text: string; readonly edits: readonly TextReplacement[] }
  | { readonly ok: false; readonly message: string };

/**
 * The edits that record `decision` in `text` (the current `.pilens.json`, or `''` when there is
 * none). Refused, with a one-line reason, when the decision is invalid (a name holding a personal
 * value, an unknown category) or the file is invalid now: it is not rewritten behind the user.
 */
export function recordDecision(text: string, decision: Decision): RecordDecisionResult {
  const checked = decisionSchema.safeParse(decision);
  if (!checked.success) return { ok: false, message: checked.error.issues[0]?.message ?? 'invalid decision' };
  const entry = ordered(checked.data);
  const formatting = formattingOf(text);
  if (text.trim() === '') {
    const created = `${block({ decisions: [entry] }, '', formatting)}${formatting.eol}`;
    return { ok: true, text: created, edits: [{ offset: 0, length: text.length, content: created }] };
  }
  const current = parseConfig(text);
  if (!current.ok)
    return { ok: false, message: `fix .pilens.json first: ${current.errors[0]?.message ?? 'invalid'}` };
  const existing = (current.config.decisions ?? []).findIndex(
    (d) =>
      d.owner.toLowerCase() === entry.owner.toLowerCase() &&
      d.field.toLowerCase() === entry.field.toLowerCase(),
  );
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (tree === undefined) return { ok: false, message: 'fix .pilens.json first: it is empty' };
  const edits = insertion(text, tree, entry, existing, formatting);
  const next = applyEdits(text, edits);
  const valid = parseConfig(next);
  if (!valid.ok) return { ok: false, message: valid.errors[0]?.message ?? 'the result would be invalid' };
  return { ok: true, text: next, edits };
}

/** Keys in reading order, whatever order the caller built them in. */
function ordered(d: Decision): Decision {
  return {
    owner: d.owner,
    field: d.field,
    category: d.category,
    ...(d.reason !== undefined ? { reason: d.reason } : {}),
  };
}

interface Formatting {
  /** One level of indentation (`'  '`, `'    '`, `'\t'`). */
  readonly unit: string;
  readonly eol: string;
}

/** The file's own indentation and line ends, so the new lines look like the old ones. */
function formattingOf(text: string): Formatting {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /^([ \t]+)["}\]]/m.exec(text)?.[1];
  if (indented?.startsWith('\t') === true) return { unit: '\t', eol };
  const size = indented?.length ?? 2;
  return { unit: ' '.repeat(size > 0 && size <= 8 ? size : 2), eol };
}

/** `value` as JSON whose lines after the first start with `indent` (it stands at that depth). */
function block(value: unknown, indent: string, f: Formatting): string {
  return JSON.stringify(value, null, f.unit).replace(/\n/g, f.eol + indent);
}

/** The whitespace before `offset` on its line when nothing else precedes it there, else undefined. */
function lineIndent(text: string, offset: number): string | undefined {
  const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const before = text.slice(start, offset);
  return before.trim() === '' ? before : undefined;
}

/**
 * One edit that touches nothing but the decisions: replace the entry about the same field,
 * append to the list, or add the list after the last setting. Other settings keep their text.
 */
function insertion(
  text: string,
  root: Node,
  entry: Decision,
  existing: number,
  f: Formatting,
): TextReplacement[] {
  const list = findNodeAtLocation(root, ['decisions']);
  const replaced = existing >= 0 ? list?.children?.[existing] : undefined;
  if (replaced !== undefined) {
    const indent = lineIndent(text, replaced.offset) ?? f.unit.repeat(2);
    return [{ offset: replaced.offset, length: replaced.length, content: block(entry, indent, f) }];
  }
  const last = list?.children?.at(-1);
  if (last !== undefined) {
    const indent = lineIndent(text, last.offset) ?? f.unit.repeat(2);
    return [
      {
        offset: last.offset + last.length,
        length: 0,
        content: `,${f.eol}${indent}${block(entry, indent, f)}`,
      },
    ];
  }
  if (list !== undefined) {
    // An empty list: written out at the depth of its property.
    const property = list.parent ?? list;
    const indent = lineIndent(text, property.offset) ?? f.unit;
    return [{ offset: list.offset, length: list.length, content: block([entry], indent, f) }];
  }
  const lastSetting = root.children?.at(-1);
  if (lastSetting === undefined) {
    return [{ offset: root.offset, length: root.length, content: block({ decisions: [entry] }, '', f) }];
  }
  const indent = lineIndent(text, lastSetting.offset) ?? f.unit;
  const end = lastSetting.offset + lastSetting.length;
  const property = `"decisions": ${block([entry], indent, f)}`;
  // A comment after the last setting stays on its line: the list goes on the next line.
  const rest = /^([ \t]*)(,?)([ \t]*\/\/[^\r\n]*)/.exec(text.slice(end));
  if (rest !== null) {
    const lineEnd = end + rest[0].length;
    const added = { offset: lineEnd, length: 0, content: `${f.eol}${indent}${property}` };
    return rest[2] === ',' ? [added] : [{ offset: end, length: 0, content: ',' }, added];
  }
  return [{ offset: end, length: 0, content: `,${f.eol}${indent}${property}` }];
}
