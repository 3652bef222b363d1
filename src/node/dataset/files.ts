/** Expanding the inputs: files as given, folders walked for files of a known dataset format. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatFromName, type DatasetFormat } from './input.js';

/** Dataset files under the given paths, folders walked recursively (hidden entries skipped), sorted. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && formatFromName(e.name).format !== null) out.push(full);
    }
  };
  for (const p of paths) {
    const stat = await fs.stat(p);
    if (stat.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}

/** The format of a file with an unknown extension, from its first bytes. */
export function sniffFormat(head: Uint8Array): DatasetFormat {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) return 'parquet';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) return 'jsonl';
  if (/^(?:--|\/\*|INSERT\s|CREATE\s|SET\s|DROP\s|LOCK\s|BEGIN)/i.test(text)) return 'sql';
  return 'csv';
}
