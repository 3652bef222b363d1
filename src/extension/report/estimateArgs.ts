import * as vscode from 'vscode';
import type { CategoryKey } from '../../core/law/schema.js';
import { isCategoryKey } from '../../core/law/categories.js';
import type { ColumnMapping } from './mapping.js';

/** `pilens.estimateRiskTier`'s arguments when run by automation or tests. */
export interface EstimateArgs {
  readonly uri?: vscode.Uri;
  /** Skips the questions; missing answers take the remembered ones. */
  readonly answers?: unknown;
  /** Skips the mapping pick; `{}` accepts the profile as is. */
  readonly mapping?: ColumnMapping;
  /** `false` computes the report without opening the panel. */
  readonly show?: boolean;
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '')
    return value.includes('://') || value.startsWith('file:')
      ? vscode.Uri.parse(value)
      : vscode.Uri.file(value);
  // A Uri that crossed a JSON boundary (webview, remote automation) arrives as its parts.
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { scheme?: unknown }).scheme === 'string'
  ) {
    return vscode.Uri.from(value as { scheme: string; path?: string });
  }
  return undefined;
}

export function toMapping(value: unknown): ColumnMapping | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const out: Record<string, CategoryKey | 'none'> = {};
  for (const [column, category] of Object.entries(value as Record<string, unknown>)) {
    if (category === 'none' || (typeof category === 'string' && isCategoryKey(category)))
      out[column] = category;
    else throw new Error(`mapping: "${String(category)}" is not a category key`);
  }
  return out;
}

/**
 * The command's arguments in every shape VS Code passes them: `(uri, selectedUris)` from the
 * explorer, `(uri)` from the editor title, `({ uri, answers, mapping })` from automation, or
 * nothing from the palette.
 */
export function parseEstimateArgs(raw: readonly unknown[]): EstimateArgs {
  const [first] = raw;
  const direct = toUri(first);
  if (direct !== undefined) return { uri: direct };
  if (first === null || typeof first !== 'object') return {};
  const o = first as Record<string, unknown>;
  const uri = toUri(o.uri);
  const mapping = toMapping(o.mapping);
  return {
    ...(uri !== undefined ? { uri } : {}),
    ...(o.answers !== undefined ? { answers: o.answers } : {}),
    ...(mapping !== undefined ? { mapping } : {}),
    ...(typeof o.show === 'boolean' ? { show: o.show } : {}),
  };
}
