import type { Extractor } from '../extractor.js';
import { avroFields, isAvro } from './avroWalker.js';
import { guarded, handles } from '../kit/index.js';
import { parseJsonTree } from './jsonTree.js';
import { schemaFieldResult } from './schemaWalker.js';

/**
 * Avro schema and protocol files (`.avsc`, `.avpr`): record fields with their `doc`. Read
 * with jsonc-parser for offsets; Avro JSON found in `.json` files goes through
 * schemaDocument.ts, which recognises it by content.
 */
export const avroExtractor: Extractor = {
  id: 'avro',
  handles: handles({ languageIds: ['avro'] }),
  extract: (text) =>
    guarded(() => {
      const tree = parseJsonTree(text);
      if (!isAvro(tree))
        return { ok: false, error: 'not an Avro record schema or protocol', notApplicable: true };
      return schemaFieldResult(text, avroFields(tree));
    }),
};
