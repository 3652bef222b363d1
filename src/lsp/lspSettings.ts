/**
 * `pilens.*` settings for the language server, parsed by the extension's own parser (same
 * names, defaults and fallbacks). Clients send the `pilens` section nested (`{ severity:
 * { classA } }`, as Neovim and VS Code do) or with dotted keys (`{ "severity.classA" }`, as some
 * JSON settings files are written); both are read.
 */
import { DEFAULT_SETTINGS, parseSettings, type PilensSettings } from '../shared/settingsSchema.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One setting by its key without the `pilens.` prefix (`severity.classA`). */
function lookup(section: Record<string, unknown>, key: string): unknown {
  if (key in section) return section[key];
  let node: unknown = section;
  for (const part of key.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  return node;
}

/** The settings from a `pilens` configuration section; anything missing or malformed is defaulted. */
export function settingsFromSection(section: unknown): PilensSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  return parseSettings((key) => lookup(section, key));
}
