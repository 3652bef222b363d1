/** Builds generated dataset files in a temporary folder, with their ground truth known. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { csvEscape, PersonGenerator } from './generate.js';

export interface People {
  readonly header: string[];
  readonly rows: string[][];
  /** Distinct rows carrying PI, and distinct resident IDs. */
  readonly distinct: number;
  readonly persons: number;
}

/**
 * `n` distinct people (name, resident ID, mobile, address, a non-PI note), then `dups` exact
 * copies of earlier rows, then `empty` rows whose PI columns are blank or all mask.
 */
export function people(n: number, options: { dups?: number; empty?: number; seed?: number } = {}): People {
  const g = new PersonGenerator(options.seed ?? 7);
  const header = ['姓名', '身份证号', '手机号', '住址', '备注'];
  const rows: string[][] = [];
  const ids = new Set<string>();
  while (rows.length < n) {
    const id = g.residentId();
    if (ids.has(id)) continue;
    ids.add(id);
    rows.push([g.name(), id, g.mobile(), g.address(), `note ${rows.length % 5}`]);
  }
  for (let i = 0; i < (options.dups ?? 0); i++) rows.push([...(rows[i % n] as string[])]);
  for (let i = 0; i < (options.empty ?? 0); i++)
    rows.push(['', '', i % 2 === 0 ? '***********' : '', 'NULL', `note ${i}`]);
  return { header, rows, distinct: n, persons: n };
}

export function toCsv(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  delimiter = ',',
  eol = '\n',
): string {
  const lines = header === null ? [] : [header.map((h) => csvEscape(h, delimiter)).join(delimiter)];
  for (const r of rows) lines.push(r.map((v) => csvEscape(v, delimiter)).join(delimiter));
  return lines.join(eol) + eol;
}

/** A temporary folder removed by `done()`. */
export function tempDir(): { dir: string; file: (name: string) => string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pilens-ds-'));
  return {
    dir,
    file: (name) => path.join(dir, name),
    done: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
