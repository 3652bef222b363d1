/**
 * Parses `.pilens.json` (JSON with comments) and validates it, reporting each problem with the
 * exact offset and length of the offending value so the editor can underline it and the CLI
 * can name the line.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { pilensConfigSchema, type PilensConfig } from './schema.js';

export interface ConfigError {
  readonly message: string;
  /** JSON path of the problem (`overrides.0.field`); empty for the whole file. */
  readonly path: string;
  readonly offset: number;
  readonly length: number;
}

export type ParseConfigResult =
  | { readonly ok: true; readonly config: PilensConfig }
  | { readonly ok: false; readonly errors: readonly ConfigError[] };

export interface ParseConfigOptions {
  /**
   * Untrusted workspace (VS Code restricted mode): workspace-supplied patterns (`ignores`,
   * `overrides`) are dropped so nothing the workspace wrote is run; words stay.
   */
  readonly untrusted?: boolean;
}

/** Parses and validates `.pilens.json` text. Never throws. */
export function parseConfig(text: string, options: ParseConfigOptions = {}): ParseConfigResult {
  const tooDeep = deepNesting(text, MAX_NESTING);
  if (tooDeep >= 0) {
    const message = `nested more than ${MAX_NESTING} levels deep`;
    return { ok: false, errors: [{ message, path: '', offset: tooDeep, length: 1 }] };
  }
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false });
  if (syntax.length > 0 || tree === undefined) {
    const errors = syntax.map((e) => ({
      message: `JSON syntax: ${describeSyntax(printParseErrorCode(e.error))}`,
      path: '',
      offset: e.offset,
      length: e.length,
    }));
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [{ message: 'the file is empty', path: '', offset: 0, length: 0 }],
    };
  }
  const value = nodeValue(tree);
  const result = pilensConfigSchema.safeParse(value);
  if (!result.success) {
    const errors = result.error.issues.flatMap((issue) => issueErrors(issue, tree));
    return { ok: false, errors };
  }
  return { ok: true, config: options.untrusted === true ? untrustedView(result.data) : result.data };
}

/**
 * A real config nests four or five levels; the parser and the validator recurse, so a
 * workspace file nested thousands deep would overflow the stack. Refused before parsing.
 */
const MAX_NESTING = 64;

/** The offset of the first bracket past `max` levels (outside strings and comments), or -1. */
function deepNesting(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a string, honouring backslash escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** The config with workspace-supplied patterns removed (restricted mode). */
export function untrustedView(config: PilensConfig): PilensConfig {
  const rest = { ...config };
  delete rest.ignores;
  delete rest.overrides;
  return rest;
}

type Issue = z.core.$ZodIssue;

/** One error per issue; an unknown key is reported once per key, pointing at the key itself. */
function issueErrors(issue: Issue, tree: Node): ConfigError[] {
  const base = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const keys: (string | undefined)[] = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
  return keys.map((key) => {
    const path = key === undefined ? base : [...base, key];
    const node = locate(tree, path, key !== undefined);
    const message =
      key === undefined ? issue.message : `unknown setting "${key}"${suggestion(key, base.length === 0)}`;
    return {
      message: base.length > 0 ? `${base.join('.')}: ${message}` : message,
      path: path.join('.'),
      offset: node.offset,
      length: node.length,
    };
  });
}

const TOP_LEVEL = Object.keys(pilensConfigSchema.shape);

/** "did you mean" for a misspelt top-level setting (`ignore` → `ignores`). */
function suggestion(key: string, topLevel: boolean): string {
  if (!topLevel) return '';
  const close = TOP_LEVEL.find((k) => k.toLowerCase().startsWith(key.toLowerCase().slice(0, 4)) && k !== key);
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}

/** The deepest node on the path that exists; with `key`, the property name instead of its value. */
function locate(
  tree: Node,
  path: readonly (string | number)[],
  key = false,
): { offset: number; length: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node === undefined) continue;
    const name = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    if (key && depth === path.length && name !== undefined)
      return { offset: name.offset, length: name.length };
    return { offset: node.offset, length: node.length };
  }
  return { offset: 0, length: 0 };
}

/** Converts a jsonc tree to a plain value (jsonc's own `getNodeValue`, kept local for clarity). */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k !== undefined && v !== undefined) obj[String(k.value)] = nodeValue(v);
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function describeSyntax(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: 'a colon is expected',
    CommaExpected: 'a comma is expected',
    CloseBraceExpected: 'a closing } is expected',
    CloseBracketExpected: 'a closing ] is expected',
    EndOfFileExpected: 'nothing may follow the top-level value',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfComment: 'unterminated comment',
  };
  return words[code] ?? code;
}
