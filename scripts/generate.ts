// Writes every generated file from its single source (`npm run gen`); commit the results.
// Unit tests fail when a committed copy is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CATEGORY_DOCS_PATH, renderCategoryDocs } from '../src/shared/categoryDocs.js';
import { configJsonSchemaText } from '../src/shared/configJsonSchema.js';
import { LEGAL_BASIS_PATH, renderLegalBasisDocs } from '../src/shared/legalBasisDocs.js';
import { MANIFEST_PATH, renderManifest } from '../src/shared/manifestFile.js';
import { VOCABULARY_SNAPSHOT_PATH, renderVocabularySnapshot } from '../src/shared/vocabularySnapshotFile.js';

const outputs: Record<string, string> = {
  'schemas/pilens.schema.json': configJsonSchemaText(),
  [CATEGORY_DOCS_PATH]: renderCategoryDocs().markdown,
  [LEGAL_BASIS_PATH]: renderLegalBasisDocs(),
  [VOCABULARY_SNAPSHOT_PATH]: renderVocabularySnapshot(),
  // Only the fields the language and dataset format tables decide; the rest stays as written.
  [MANIFEST_PATH]: renderManifest(readFileSync(join(__dirname, '..', MANIFEST_PATH), 'utf8')),
};

for (const [path, text] of Object.entries(outputs)) {
  const target = join(__dirname, '..', path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
