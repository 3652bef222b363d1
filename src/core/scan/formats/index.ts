import type { Extractor } from '../extractor.js';
import { avroExtractor } from './avro.js';
import { csvHeaderExtractor } from './csvHeader.js';
import { graphqlExtractor } from './graphql.js';
import { prismaExtractor } from './prisma.js';
import { protobufExtractor } from './protobuf.js';
import { schemaDocumentExtractor } from './schemaDocument.js';
import { sqlDdlExtractor } from './sql.js';

/**
 * The schema-format extractors, most specific first: `.avsc` before the JSON/YAML schema
 * reader (which recognises OpenAPI, JSON Schema and Avro by content and declines other JSON
 * and YAML so the generic scanner reads them).
 */
export const formatExtractors: readonly Extractor[] = [
  sqlDdlExtractor,
  prismaExtractor,
  graphqlExtractor,
  protobufExtractor,
  avroExtractor,
  csvHeaderExtractor,
  schemaDocumentExtractor,
];
