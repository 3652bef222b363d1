// The manifest and the code must agree: commands, setting defaults, localized strings.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { COMMANDS, HOVER_COMMANDS } from '../../../src/extension/commands.js';
import { editorDataExtensions, offeredExtensions } from '../../../src/node/dataset/formats.js';
import { ESTIMATE_COMMAND, renderManifest } from '../../../src/shared/manifestFile.js';
import { DEFAULT_LANGUAGES, SETTING_DEFAULTS } from '../../../src/shared/settingsSchema.js';

const root = join(__dirname, '../../..');
const readJson = (file: string): any => JSON.parse(readFileSync(join(root, file), 'utf8'));
const manifest = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsZh: Record<string, string> = readJson('package.nls.zh-cn.json');

/** Every `%key%` placeholder anywhere in the manifest. */
function placeholders(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match?.[1] !== undefined) found.add(match[1]);
  } else if (Array.isArray(value)) {
    for (const item of value) placeholders(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) placeholders(item, found);
  }
  return found;
}

describe('manifest commands', () => {
  const contributed: { command: string; title: string; category: string }[] = manifest.contributes.commands;

  test('every command id in commands.ts is contributed, and nothing else is', () => {
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
  });

  test('every command sits in the PI Lens category with a localized title', () => {
    for (const command of contributed) {
      assert.equal(command.category, 'PI Lens', command.command);
      assert.match(command.title, /^%command\.\w+\.title%$/, command.command);
    }
  });

  test('pending and hover commands are real command ids', () => {
    const ids = new Set<string>(Object.values(COMMANDS));
    for (const id of HOVER_COMMANDS) assert.ok(ids.has(id), id);
  });

  test('command palette entries refer to contributed commands', () => {
    for (const entry of manifest.contributes.menus.commandPalette as { command: string }[]) {
      assert.ok(Object.values(COMMANDS).includes(entry.command as never), entry.command);
    }
  });
});

describe('manifest settings', () => {
  const properties: Record<string, { default: unknown; enum?: unknown[] }> =
    manifest.contributes.configuration.properties;

  test('package.json declares exactly the settings the code reads', () => {
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(SETTING_DEFAULTS).sort());
  });

  for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
    test(`${key} has the code's default`, () => {
      assert.deepEqual(properties[key]?.default, value);
      const allowed = properties[key]?.enum;
      if (allowed !== undefined) assert.ok(allowed.includes(value), `${key}: default not in its enum`);
    });
  }
});

describe('manifest localization', () => {
  test('every %key% has an English and a Chinese string', () => {
    const used = placeholders(manifest);
    assert.ok(used.size > 20, 'placeholders were found');
    for (const key of used) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
  });

  test('both nls files have the same keys and none is unused', () => {
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
    const used = placeholders(manifest);
    for (const key of Object.keys(nls)) assert.ok(used.has(key), `${key} is not used in package.json`);
  });

  test('the runtime bundle folder is declared', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.ok(existsSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json')));
  });
});

describe('activation and capabilities', () => {
  const events: string[] = manifest.activationEvents;

  test('never activates on everything', () => {
    assert.ok(!events.includes('*'));
    assert.ok(!events.includes('onStartupFinished'));
  });

  test('activates on exactly the languages scanned by default (the language table), and on .pilens.json', () => {
    assert.deepEqual(events, [
      ...DEFAULT_LANGUAGES.map((id) => `onLanguage:${id}`),
      'workspaceContains:.pilens.json',
    ]);
  });

  test('untrusted workspaces are supported in a limited, described way', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(String(manifest.capabilities.untrustedWorkspaces.description), /^%.+%$/);
  });

  test('the config schema and the grammar files exist', () => {
    const [schema] = manifest.contributes.jsonValidation as { fileMatch: string; url: string }[];
    assert.equal(schema?.fileMatch, '.pilens.json');
    assert.ok(existsSync(join(root, schema.url)));
    for (const grammar of manifest.contributes.grammars as { path: string }[])
      assert.ok(existsSync(join(root, grammar.path)), grammar.path);
  });
});

describe('fields derived from the tables (npm run gen)', () => {
  const text = readFileSync(join(root, 'package.json'), 'utf8');

  test('package.json is current: npm run gen would write it unchanged', () => {
    assert.equal(renderManifest(text), text);
    assert.equal(ESTIMATE_COMMAND, COMMANDS.estimateRiskTier);
  });

  test('gen rewrites a stale activation list and menu clause, keeping the rest', () => {
    const stale = structuredClone(manifest);
    stale.activationEvents = ['onLanguage:cobol', 'workspaceContains:.pilens.json'];
    stale.contributes.menus['editor/title'][0].when = 'false';
    const fresh = JSON.parse(renderManifest(JSON.stringify(stale)));
    assert.deepEqual(fresh.activationEvents, manifest.activationEvents);
    assert.deepEqual(fresh.contributes.menus, manifest.contributes.menus);
    assert.equal(fresh.description, manifest.description);
  });

  test('gen refuses a manifest without the setting or menu it writes', () => {
    const without = structuredClone(manifest);
    delete without.contributes.configuration.properties['pilens.languages'];
    assert.throws(() => renderManifest(JSON.stringify(without)), /pilens\.languages/);
  });
});

describe('dataset menus (the format table)', () => {
  const menus: Record<string, { command: string; when: string }[]> = manifest.contributes.menus;
  /** The extensions a `resourceExtname =~ /^\.(a|b)$/i` clause lists, and the clause as a test. */
  const extnameClause = (menu: string): { exts: string[]; matches: (file: string) => boolean } => {
    const entry = menus[menu]?.find((m) => m.command === COMMANDS.estimateRiskTier);
    const match = /resourceExtname =~ \/(.+)\/i/.exec(entry?.when ?? '');
    assert.ok(match?.[1] !== undefined, `${menu} has an extension clause`);
    const regex = new RegExp(match[1], 'i');
    const exts = /\(([a-z0-9|]+)\)/.exec(match[1])?.[1]?.split('|') ?? [];
    return { exts, matches: (file) => regex.test(file.slice(file.lastIndexOf('.'))) };
  };

  test('the explorer offers the estimate on the offered dataset extensions and any .gz', () => {
    const { exts, matches } = extnameClause('explorer/context');
    assert.deepEqual(exts.sort(), [...offeredExtensions(), 'gz'].sort());
    const cases: [string, boolean][] = [
      ['/a/export.csv', true],
      ['/a/EXPORT.TSV', true],
      ['/a/dump.sql.gz', true],
      ['/a/rows.jsonl', true],
      ['/a/book.xlsx', true],
      ['/a/data.parquet', true],
      ['/a/notes.txt', false],
      ['/a/model.ts', false],
      ['/a/picture.png', false],
    ];
    for (const [file, expected] of cases) assert.equal(matches(file), expected, file);
  });

  test('the editor title offers it on text formats that are always a table', () => {
    const { exts, matches } = extnameClause('editor/title');
    assert.deepEqual(exts.sort(), editorDataExtensions().sort());
    assert.ok(matches('/a/x.psv') && matches('/a/x.ndjson'));
    assert.ok(!matches('/a/package.json') && !matches('/a/schema.sql') && !matches('/a/x.xlsx'));
  });
});

describe('the Marketplace face', () => {
  test('the icon is a PNG that exists, as vsce requires', () => {
    const icon = String(manifest.icon);
    assert.match(icon, /\.png$/);
    const bytes = readFileSync(join(root, icon));
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'PNG signature');
  });

  test("the shipped README is the user guide; the contributors' guide stays out of the .vsix", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    // The two set-up commands stay (a newcomer's first read); the rest is in CONTRIBUTING.md.
    for (const internal of ['npm run bench', 'npm run eval', 'test/fixtures', 'held-out', 'legal-reference'])
      assert.ok(!readme.includes(internal), `README mentions "${internal}"`);
    assert.match(readme, /not legal advice/);
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
    assert.ok(ignore.split('\n').includes('!README.md') && !ignore.includes('CONTRIBUTING'), ignore);
    assert.ok(existsSync(join(root, 'CONTRIBUTING.md')));
  });

  test('"Estimate risk tier", as users type it, finds the estimate command', () => {
    const commands: { command: string; title: string }[] = manifest.contributes.commands;
    const estimate = commands.find((c) => c.command === COMMANDS.estimateRiskTier);
    const title = nls[String(estimate?.title).slice(1, -1)] ?? '';
    assert.ok(title.toLowerCase().includes('estimate risk tier'), title);
  });

  test('the inventory has its own view container, not a slot in the explorer', () => {
    assert.equal(manifest.contributes.views.explorer, undefined);
    const containers: { id: string }[] = manifest.contributes.viewsContainers.activitybar;
    const views: Record<string, { id: string }[] | undefined> = manifest.contributes.views;
    const id = containers[0]?.id ?? '';
    assert.ok(
      views[id]?.some((v) => v.id === 'pilens.inventory'),
      id,
    );
  });
});
