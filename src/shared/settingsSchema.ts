/**
 * The `pilens.*` settings: names, defaults and parsing with fallbacks. Free of `vscode` so a
 * unit test can hold package.json's defaults to these values.
 */
import { CONTESTED_READINGS, type ContestedReading } from '../core/law/schema.js';
import { DEFAULT_LANGUAGES } from '../core/scan/languages.js';

export { CONTESTED_READINGS, DEFAULT_LANGUAGES };

export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const BASELINE_MODES = ['hint', 'hide'] as const;
export const DISPLAY_LANGUAGES = ['auto', 'en', 'zh-cn'] as const;

export interface SeveritySettings {
  readonly classA: SeverityLevel;
  readonly classB: SeverityLevel;
  readonly classC: SeverityLevel;
  readonly lowConfidence: SeverityLevel;
  readonly usages: SeverityLevel;
  /**
   * Personal information reaching a sink (a log, client, SDK, queue, export or cache); one level
   * lower when everything reaching it was masked. `off` stops the flow analysis in the editor.
   */
  readonly flows: SeverityLevel;
}

/** A database the editor can estimate tables of: a name and a URL without its password. */
export interface DatabaseConnection {
  readonly name: string;
  readonly url: string;
}

export interface PilensSettings {
  readonly enable: boolean;
  readonly severity: SeveritySettings;
  readonly contestedReading: ContestedReading;
  readonly maxFileSizeKb: number;
  readonly debounceMs: number;
  readonly maxDiagnosticsPerFile: number;
  readonly languages: readonly string[];
  readonly exclude: readonly string[];
  readonly baselineMode: (typeof BASELINE_MODES)[number];
  readonly displayLanguage: (typeof DISPLAY_LANGUAGES)[number];
  readonly databases: readonly DatabaseConnection[];
}

export const DEFAULT_SETTINGS: PilensSettings = {
  enable: true,
  severity: {
    classA: 'warning',
    classB: 'warning',
    classC: 'information',
    lowConfidence: 'hint',
    usages: 'hint',
    flows: 'warning',
  },
  contestedReading: 'strict',
  maxFileSizeKb: 1024,
  debounceMs: 400,
  maxDiagnosticsPerFile: 200,
  languages: DEFAULT_LANGUAGES,
  exclude: ['**/node_modules/**', '**/dist/**', '**/out/**', '**/.git/**'],
  baselineMode: 'hint',
  displayLanguage: 'auto',
  databases: [],
};

/** Each manifest key with the default the code uses; the meta test compares it to package.json. */
export const SETTING_DEFAULTS: Readonly<Record<string, unknown>> = {
  'pilens.enable': DEFAULT_SETTINGS.enable,
  'pilens.severity.classA': DEFAULT_SETTINGS.severity.classA,
  'pilens.severity.classB': DEFAULT_SETTINGS.severity.classB,
  'pilens.severity.classC': DEFAULT_SETTINGS.severity.classC,
  'pilens.severity.lowConfidence': DEFAULT_SETTINGS.severity.lowConfidence,
  'pilens.severity.usages': DEFAULT_SETTINGS.severity.usages,
  'pilens.severity.flows': DEFAULT_SETTINGS.severity.flows,
  'pilens.law.contestedReading': DEFAULT_SETTINGS.contestedReading,
  'pilens.maxFileSizeKb': DEFAULT_SETTINGS.maxFileSizeKb,
  'pilens.debounceMs': DEFAULT_SETTINGS.debounceMs,
  'pilens.diagnostics.maxPerFile': DEFAULT_SETTINGS.maxDiagnosticsPerFile,
  'pilens.languages': DEFAULT_SETTINGS.languages,
  'pilens.exclude': DEFAULT_SETTINGS.exclude,
  'pilens.baseline.mode': DEFAULT_SETTINGS.baselineMode,
  'pilens.display.language': DEFAULT_SETTINGS.displayLanguage,
  'pilens.databases': DEFAULT_SETTINGS.databases,
};

/** Reads one setting by its key without the `pilens.` prefix. */
export type SettingReader = (key: string) => unknown;

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function integer(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

function strings(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback;
}

function connections(value: unknown): readonly DatabaseConnection[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (v === null || typeof v !== 'object') return [];
    const { name, url } = v as Record<string, unknown>;
    return typeof name === 'string' && name !== '' && typeof url === 'string' && url !== ''
      ? [{ name, url }]
      : [];
  });
}

/** Parses every setting; a missing or malformed value falls back to its default. */
export function parseSettings(read: SettingReader): PilensSettings {
  const d = DEFAULT_SETTINGS;
  const severity = (key: keyof SeveritySettings): SeverityLevel =>
    oneOf(SEVERITY_LEVELS, read(`severity.${key}`), d.severity[key]);
  const enable = read('enable');
  return {
    enable: typeof enable === 'boolean' ? enable : d.enable,
    severity: {
      classA: severity('classA'),
      classB: severity('classB'),
      classC: severity('classC'),
      lowConfidence: severity('lowConfidence'),
      usages: severity('usages'),
      flows: severity('flows'),
    },
    contestedReading: oneOf(CONTESTED_READINGS, read('law.contestedReading'), d.contestedReading),
    maxFileSizeKb: integer(read('maxFileSizeKb'), d.maxFileSizeKb, 1, 1_048_576),
    debounceMs: integer(read('debounceMs'), d.debounceMs, 0, 60_000),
    maxDiagnosticsPerFile: integer(read('diagnostics.maxPerFile'), d.maxDiagnosticsPerFile, 1, 100_000),
    languages: strings(read('languages'), d.languages),
    exclude: strings(read('exclude'), d.exclude),
    baselineMode: oneOf(BASELINE_MODES, read('baseline.mode'), d.baselineMode),
    displayLanguage: oneOf(DISPLAY_LANGUAGES, read('display.language'), d.displayLanguage),
    databases: connections(read('databases')),
  };
}
