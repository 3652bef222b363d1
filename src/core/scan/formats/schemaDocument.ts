/**
 * JSON Schema, OpenAPI 2/3 and Avro documents written in JSON or YAML (`.avsc` files have
 * their own extractor in avro.ts). Which of them a file is comes from its content (`openapi:`, `swagger:`, `$schema`, `properties`, Avro `record`),
 * not its name; any other JSON or YAML returns `ok: false` so the generic scanner reads it.
 *
 * Parsers: `yaml` (node ranges, comments) and `jsonc-parser` (offsets, tolerant of comments
 * and trailing commas), both pure JavaScript; plain block YAML is first tried with the much
 * faster line reader (yamlLines.ts), which yields the same trees or declines.
 */
import type { Extractor } from '../extractor.js';
import { avroFields, isAvro } from './avroWalker.js';
import { guarded, handles, stemOf } from '../kit/index.js';
import { parseJsonTree } from './jsonTree.js';
import {
  isJsonSchema,
  isOpenApi,
  jsonSchemaFields,
  openApiFields,
  schemaFieldResult,
  type SchemaField,
} from './schemaWalker.js';
import type { TreeNode } from './tree.js';
import { readYamlTrees } from './yamlLines.js';
import { parseYamlTrees } from './yamlTree.js';
import { isOfLanguages } from '../languages.js';

const SCHEMA_HINT = /openapi|swagger|\$schema|properties|definitions|\$defs|"record"|\brecord\b/;
const NOT_A_SCHEMA = 'not an OpenAPI, JSON Schema or Avro document';

/** Reads schema documents in `.json`, `.yaml`, `.yml` files (and json/yaml language ids). */
export const schemaDocumentExtractor: Extractor = {
  id: 'schema-document',
  handles: handles({ languageIds: ['json', 'jsonc', 'yaml'] }),
  extract: (text, source) =>
    guarded(() => {
      // skip the parse for JSON and YAML that cannot be a schema (data files, configs)
      if (!SCHEMA_HINT.test(text)) return { ok: false, error: NOT_A_SCHEMA, notApplicable: true };
      const yaml = isOfLanguages(source, ['yaml']);
      const trees = yaml ? (readYamlTrees(text) ?? parseYamlTrees(text)) : [parseJsonTree(text)];
      const found = trees.map((tree) => schemaFieldsOf(tree, stemOf(source.path).replace(/\.schema$/i, '')));
      if (found.every((fields) => fields === undefined)) {
        return { ok: false, error: NOT_A_SCHEMA, notApplicable: true };
      }
      return schemaFieldResult(
        text,
        found.flatMap((fields) => fields ?? []),
      );
    }),
};

/** The fields of one document, or undefined when it is not a schema document. */
function schemaFieldsOf(tree: TreeNode, fallbackOwner: string): SchemaField[] | undefined {
  if (isOpenApi(tree)) return openApiFields(tree);
  if (isAvro(tree)) return avroFields(tree);
  if (isJsonSchema(tree)) return jsonSchemaFields(tree, fallbackOwner);
  return undefined;
}
