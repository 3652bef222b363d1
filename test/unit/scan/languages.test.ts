// The file-type table: one row per language, one language per extension, and the extractors'
// dispatch agreeing with it (a row's files and its language id reach the same extractor).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_LANGUAGES,
  LANGUAGES,
  commentSyntaxOf,
  extensionOf,
  extensionsOfLanguages,
  isAlwaysRead,
  isOfLanguages,
  languageOfPath,
} from '../../../src/core/scan/languages.js';
import { extractors } from '../../../src/core/scan/registry.js';

const chosen = (source: { path: string; languageId?: string }): string | undefined =>
  extractors.find((e) => e.handles(source))?.id;

describe('the language table', () => {
  test('ids are unique and every extension is lower case, dotted and in one row only', () => {
    assert.equal(new Set(LANGUAGES.map((r) => r.id)).size, LANGUAGES.length);
    const seen = new Map<string, string>();
    for (const row of LANGUAGES)
      for (const ext of row.extensions) {
        assert.match(ext, /^\.[a-z0-9]+$/, `${row.id}: ${ext}`);
        assert.equal(seen.get(ext), undefined, `${ext} is in ${seen.get(ext) ?? ''} and ${row.id}`);
        seen.set(ext, row.id);
      }
  });

  test('the default languages are the rows scanned by default, in table order', () => {
    assert.deepEqual(
      DEFAULT_LANGUAGES,
      LANGUAGES.filter((r) => r.scannedByDefault === true).map((r) => r.id),
    );
    assert.ok(DEFAULT_LANGUAGES.includes('sql') && !DEFAULT_LANGUAGES.includes('ruby'));
  });

  for (const row of LANGUAGES)
    for (const ext of row.extensions)
      test(`${row.id}: a ${ext} file reaches the extractor its language id reaches`, () => {
        assert.equal(chosen({ path: `src/file${ext}` }), chosen({ path: 'src/file', languageId: row.id }));
      });

  test('a file of no structured language reaches the generic extractor, the registry’s last', () => {
    assert.equal(chosen({ path: 'notes.txt' }), 'generic');
    assert.equal(chosen({ path: 'Makefile' }), 'generic');
    assert.equal(chosen({ path: 'a.sql' }), 'sql-ddl');
    assert.equal(extractors.at(-1)?.id, 'generic');
  });

  test('the structured formats each have an extractor, by extension and by id', () => {
    for (const [path, id] of [
      ['a.py', 'python'],
      ['a.pyi', 'python'],
      ['schema.graphqls', 'graphql'],
      ['x.avpr', 'avro'],
      ['rows.psv', 'csv'],
      ['create.ddl', 'sql'],
    ] as const) {
      assert.notEqual(chosen({ path }), undefined, path);
      assert.equal(languageOfPath(path)?.id, id, path);
    }
  });
});

describe('lookups', () => {
  test('extensionOf: dotted, lower case, none for dot files and names without one', () => {
    assert.equal(extensionOf('a/B.Proto'), '.proto');
    assert.equal(extensionOf('C:\\x\\y.SQL'), '.sql');
    assert.equal(extensionOf('a/.env'), '');
    assert.equal(extensionOf('Dockerfile'), '');
  });

  test('isOfLanguages: the language id first, else the extension', () => {
    assert.ok(isOfLanguages({ path: 'x.sql' }, ['sql']));
    assert.ok(isOfLanguages({ path: 'x.txt', languageId: 'mysql' }, ['sql', 'mysql']));
    assert.ok(isOfLanguages({ path: 'x.sql', languageId: 'plaintext' }, ['sql']));
    assert.ok(!isOfLanguages({ path: 'x.sqlx' }, ['sql']));
    assert.ok(!isOfLanguages({ path: 'x.ts' }, ['javascript']));
  });

  test('always read: the formats VS Code has no built-in language for, not the ones it has', () => {
    for (const path of ['a.sql', 'b.PRISMA', 'c.proto', 'd.avsc', 'e.csv', 'f.graphqls'])
      assert.ok(isAlwaysRead(path), path);
    for (const path of ['a.ts', 'b.json', 'c.txt', 'd.yaml', 'e']) assert.ok(!isAlwaysRead(path), path);
  });

  test('extensionsOfLanguages unites the rows asked for and ignores unknown ids', () => {
    assert.deepEqual([...extensionsOfLanguages(['yaml', 'nope', 'kotlin'])].sort(), [
      '.kt',
      '.kts',
      '.yaml',
      '.yml',
    ]);
    assert.equal(extensionsOfLanguages([]).size, 0);
  });

  test('comment syntax: none for JSON and CSV, a closing marker for block-only syntaxes', () => {
    assert.equal(commentSyntaxOf('json'), undefined);
    assert.equal(commentSyntaxOf('csv'), undefined);
    assert.deepEqual(commentSyntaxOf('xml'), { open: '<!--', close: '-->' });
    assert.deepEqual(commentSyntaxOf('sql'), { open: '--' });
    assert.equal(commentSyntaxOf('plaintext'), undefined);
  });
});
