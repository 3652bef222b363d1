/**
 * The JSON Schema of `.pilens.json`, generated from the core's zod schema so the two can never
 * disagree. scripts/generate.ts writes it to schemas/pilens.schema.json (contributed through
 * `jsonValidation`); a unit test fails when the committed file is stale.
 */
import { z } from 'zod';
import { pilensConfigSchema } from '../core/config/schema.js';

/** The schema as a JSON value (draft-07, which VS Code's JSON service understands fully). */
export function configJsonSchema(): Record<string, unknown> {
  // `input`: what a user may write (optional fields stay optional even with defaults).
  const generated = z.toJSONSchema(pilensConfigSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  });
  return { ...generated, title: 'PI Lens configuration (.pilens.json)' };
}

/** The file's exact text: stable key order, two-space indent, final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
