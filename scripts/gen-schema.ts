// Writes schemas/pilens.schema.json from the zod schema of .pilens.json (`npm run gen:schema`).
// Commit the result; test/unit/extension/schema.test.ts fails when it is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configJsonSchemaText } from '../src/shared/configJsonSchema.js';

const target = join(__dirname, '..', 'schemas', 'pilens.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${target}`);
