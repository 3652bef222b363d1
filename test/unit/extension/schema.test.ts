// The committed JSON Schema of .pilens.json must be what the zod schema generates today, and
// it must describe the same files the core accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseConfig } from '../../../src/core/config/parse.js';
import { configJsonSchema } from '../../../src/shared/configJsonSchema.js';

const committed = readFileSync(join(__dirname, '../../../schemas/pilens.schema.json'), 'utf8');

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: unknown;
  description?: string;
}

describe('schemas/pilens.schema.json', () => {
  test('is current (run `npm run gen` after changing src/core/config/schema.ts)', () => {
    // Compared as JSON, so formatting the file (prettier) does not make it stale.
    assert.deepEqual(JSON.parse(committed), configJsonSchema());
  });

  test('is draft-07, closed, and documents every top-level property', () => {
    const schema = configJsonSchema() as SchemaNode & { $schema?: string };
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.additionalProperties, false);
    const properties = Object.entries(schema.properties ?? {});
    assert.ok(properties.length >= 5);
    for (const [name, property] of properties) assert.ok(property.description, `${name} has no description`);
  });

  test('the core accepts a config that uses the schema and rejects an unknown key', () => {
    assert.equal(
      parseConfig(
        '{ "$schema": "./schemas/pilens.schema.json", "overrides": [{ "field": "sfzh", "category": "id_number" }] }',
      ).ok,
      true,
    );
    assert.equal(parseConfig('{ "overides": [] }').ok, false);
  });
});
