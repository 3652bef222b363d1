/**
 * The parts of package.json that follow from pilens's tables, written in by `npm run gen`
 * (scripts/generate.ts) so a new language or dataset format is one table row, never a hand edit
 * of the manifest: the activation events and the `pilens.languages` default (the language
 * table's default-scanned ids), and the estimate command's `explorer/context` and
 * `editor/title` menu clauses (the dataset format table's extensions). The rest of the manifest
 * is hand-written; a unit test fails when the committed file is stale.
 */
import { DEFAULT_LANGUAGES } from '../core/scan/languages.js';
import { editorDataExtensions, offeredExtensions } from '../node/dataset/formats.js';

export const MANIFEST_PATH = 'package.json';

/** The command the dataset menus run (`COMMANDS.estimateRiskTier`, which a test ties to this). */
export const ESTIMATE_COMMAND = 'pilens.estimateRiskTier';

/** VS Code's `when` test that a resource's extension is one of `exts` (no dots), any case. */
function extnameIn(exts: readonly string[]): string {
  return `resourceExtname =~ /^\\.(${exts.join('|')})$/i`;
}

/** The derived `when` clause of each menu that offers the estimate. */
export function estimateMenuClauses(): Readonly<Record<'explorer/context' | 'editor/title', string>> {
  return {
    // A folder, any offered dataset, and any gzip file (the estimate reads `.csv.gz`, `.sql.gz`…).
    'explorer/context': `explorerResourceIsFolder || ${extnameIn([...offeredExtensions(), 'gz'])}`,
    'editor/title': `resourceScheme == file && ${extnameIn(editorDataExtensions())}`,
  };
}

interface MenuEntry {
  command: string;
  when?: string;
}

interface Manifest {
  activationEvents?: string[];
  contributes?: {
    menus?: Record<string, MenuEntry[]>;
    configuration?: { properties?: Record<string, { default?: unknown }> };
  };
}

/**
 * package.json's text with the derived fields set from the tables; every other field, and the
 * key order, as they are. Throws when the manifest lacks a field it should hold (a renamed
 * setting or menu), naming it.
 */
export function renderManifest(text: string): string {
  const manifest = JSON.parse(text) as Manifest;
  const events = manifest.activationEvents ?? [];
  // The ones that are not languages (`workspaceContains:.pilens.json`) stay, after the languages.
  const others = events.filter((e) => !e.startsWith('onLanguage:'));
  manifest.activationEvents = [...DEFAULT_LANGUAGES.map((id) => `onLanguage:${id}`), ...others];
  const languages = manifest.contributes?.configuration?.properties?.['pilens.languages'];
  if (languages === undefined) throw new Error('package.json: no pilens.languages setting');
  languages.default = [...DEFAULT_LANGUAGES];
  for (const [menu, when] of Object.entries(estimateMenuClauses())) {
    const entry = manifest.contributes?.menus?.[menu]?.find((m) => m.command === ESTIMATE_COMMAND);
    if (entry === undefined) throw new Error(`package.json: no ${ESTIMATE_COMMAND} entry in menus.${menu}`);
    entry.when = when;
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
