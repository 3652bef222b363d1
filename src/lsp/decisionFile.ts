/**
 * Which `.pilens.json` a team decision about a document goes to, as the extension chooses: the
 * one governing the document, else a new one at the workspace root (only for documents inside
 * it). Its text is the open editor's when the client has it open, else the file on disk.
 */
import { isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readTextFile } from '../node/readText.js';
import { CONFIG_FILE_NAME, type ConfigFiles } from './configFiles.js';
import type { DecisionFile } from './decisionActions.js';
import { filePath } from './documentScans.js';

const CONFIG_MAX_BYTES = 1024 * 1024;

export function decisionFileFor(
  document: TextDocument,
  configs: ConfigFiles,
  root: string | undefined,
  openDocument: (uri: string) => TextDocument | undefined,
): DecisionFile | undefined {
  const path = filePath(document.uri);
  if (path === undefined) return undefined;
  const governing = configs.forFile(path).path;
  const rel = root === undefined ? undefined : relative(root, path);
  const inRoot = rel !== undefined && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  const target = governing ?? (inRoot && root !== undefined ? join(root, CONFIG_FILE_NAME) : undefined);
  if (target === undefined) return undefined;
  const uri = pathToFileURL(target).href;
  const open = openDocument(uri);
  if (open !== undefined) return { uri, text: open.getText(), version: open.version };
  if (governing === undefined) return { uri, text: undefined, version: null };
  const read = readTextFile(target, CONFIG_MAX_BYTES);
  // Unreadable or oversized: nothing safe to edit.
  return read.kind === 'text' ? { uri, text: read.text, version: null } : undefined;
}
