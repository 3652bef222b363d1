/**
 * Running the CLI in-process for the database tests, and the figures a database estimate and
 * the estimate of the same rows as a CSV file must agree on.
 */
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main.js';
import type { FixtureTable } from './fixture.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function pilens(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: process.cwd(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

export interface Report {
  tier: string;
  ratio: number;
  pieces: Record<string, number>;
  byCategory: Record<string, number>;
  persons: number;
  records: number;
  columns: { name: string; category: string | null }[];
  counts: Record<string, unknown>;
  parts: {
    file: string;
    source?: Record<string, unknown> | undefined;
    notes: string[];
    columns: { name: string; evidence: string[] }[];
  }[];
}

/** The figures both estimates must agree on. */
export function figures(r: Report): unknown {
  return {
    tier: r.tier,
    ratio: r.ratio,
    pieces: r.pieces,
    byCategory: r.byCategory,
    persons: r.persons,
    records: r.records,
    columns: r.columns.map((c) => `${c.name}=${String(c.category)}`).sort(),
    withPi: r.counts.recordsWithPi,
    distinct: r.counts.distinctRecordsWithPi,
    withoutPi: r.counts.withoutPi,
    keyed: r.counts.personsKeyed,
  };
}

export async function fileReport(t: FixtureTable, ...extra: string[]): Promise<Report> {
  const run = await pilens('estimate', t.csv, '--format', 'json', ...extra);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Report;
}
