import { joinDescriptions } from '../kit/index.js';
import { validationName } from '../../detect/validators.js';
import { argumentRole } from './annotationRoles.js';

/**
 * What the annotations of a Java field or record component say about it: descriptions
 * (Swagger, OpenAPI, Excel, a `columnDefinition` comment) and the first column or JSON alias.
 * Shared by the Lezer walk (java.ts) and the fast reader (javaReader.ts), which must agree.
 */
export class AnnotationFacts {
  private readonly descriptions: (string | undefined)[] = [];
  private alias: { value: string; from: number } | undefined;
  private validation: string | undefined;

  /** Annotation `name` itself, with or without arguments: a validation (`@Email`) is kept. */
  mark(name: string): void {
    this.validation ??= validationName(name);
  }

  /** One argument `key` (`value` when positional) of annotation `name`, with its first string. */
  add(name: string, key: string, str: { value: string; from: number }): void {
    const role = argumentRole(name, key);
    if (role === 'describe') this.descriptions.push(str.value);
    else if (role === 'alias') this.alias ??= unquotedColumn(str);
    else if (name === 'Column' && key === 'columnDefinition') {
      this.descriptions.push(/comment\s+'([^']*)'/i.exec(str.value)?.[1]);
    }
  }

  result(): AnnotationResult {
    return {
      description: joinDescriptions(this.descriptions),
      alias: this.alias,
      validation: this.validation,
    };
  }
}

/** What a field's or component's annotations say: its description, alias and validation. */
export interface AnnotationResult {
  readonly description: string | undefined;
  readonly alias: { value: string; from: number } | undefined;
  readonly validation: string | undefined;
}

/** Whether `add` would use the argument at all (the reader reads its string only then). */
export function usesArgument(name: string, key: string): boolean {
  return argumentRole(name, key) !== undefined || (name === 'Column' && key === 'columnDefinition');
}

/**
 * A column name quoted for the database (`"\`rank\`"`, `"[order]"`, `"\"user\""`: a reserved
 * word) names the column without its quotes.
 */
function unquotedColumn(str: { value: string; from: number }): { value: string; from: number } {
  const m = /^(?:`([^`]+)`|\[([^\]]+)\]|\\"([^"\\]+)\\")$/.exec(str.value);
  if (!m) return str;
  const inner = m[1] ?? m[2] ?? m[3] ?? '';
  return { value: inner, from: str.from + (m[3] !== undefined ? 2 : 1) };
}
