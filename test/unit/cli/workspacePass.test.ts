// Issue 9: a workspace scan reads each file once. Its records come with its findings, and only
// a file naming a record the workspace links is classified again, with the context.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FileOutcome } from '../../../src/cli/scanFile.js';
import { scanFiles, type PoolFile, type PoolOptions } from '../../../src/cli/scanPool.js';
import { scanWorkspace } from '../../../src/cli/workspacePass.js';
import { writeFile } from './harness.js';

const FILES: Record<string, string> = {
  'src/patient.ts': 'export interface Patient {\n  id: string;\n  careGoals: CareGoal[];\n}\n',
  'src/careGoal.ts':
    'export interface CareGoal {\n  id: string;\n  patientId: string;\n  description: string;\n}\n',
  'src/clinical.ts':
    'export interface Prescription {\n  patientId: string;\n  drug: string;\n}\n' +
    'export interface Diagnosis {\n  patientId: string;\n  icd10: string;\n}\n',
  'src/order.ts': 'export interface Order {\n  id: string;\n  items: Product[];\n}\n',
  'src/product.ts':
    'export interface Product {\n  id: string;\n  orderId: string;\n  description: string;\n}\n',
};

describe('scanWorkspace: one read per file, linked files classified again', () => {
  let root: string;
  let all: PoolFile[];
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pilens-onepass-'));
    for (const [rel, text] of Object.entries(FILES)) writeFile(root, rel, text);
    all = Object.keys(FILES).map((rel) => ({ absPath: join(root, rel), relPath: rel }));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /** Scans through the pool, noting each file given to it and whether with a workspace. */
  async function counted(own: PoolFile[], files: PoolFile[]) {
    const calls: { file: string; workspace: boolean }[] = [];
    const scan = (batch: readonly PoolFile[], options: PoolOptions): Promise<FileOutcome[]> => {
      for (const f of batch)
        calls.push({ file: f.relPath, workspace: options.scanOptions.workspace !== undefined });
      return scanFiles(batch, options);
    };
    const options: PoolOptions = { scanOptions: {}, maxBytes: 1 << 20, sourceBase: root, workers: 0 };
    const outcomes = await scanWorkspace(own, files, options, scan);
    return { outcomes, calls };
  }

  const timesScanned = (calls: { file: string }[], file: string): number =>
    calls.filter((c) => c.file === file).length;

  it('gives the linked record its link, read again with the workspace', async () => {
    const { outcomes, calls } = await counted(all, all);
    const found = outcomes
      .find((o) => o.file === 'src/careGoal.ts')
      ?.findings.find((f) => f.owner === 'CareGoal' && f.field === 'description');
    assert.equal(found?.category, 'health');
    assert.match(found.evidence.map((e) => e.detail).join(' '), /linked to "Patient" \(src\/patient\.ts\)/);
    assert.deepEqual(
      calls.filter((c) => c.file === 'src/careGoal.ts'),
      [
        { file: 'src/careGoal.ts', workspace: false },
        { file: 'src/careGoal.ts', workspace: true },
      ],
    );
  });

  it('scans a file naming no linked record once, and keeps the order of the files', async () => {
    const { outcomes, calls } = await counted(all, all);
    assert.equal(timesScanned(calls, 'src/order.ts'), 1);
    assert.equal(timesScanned(calls, 'src/product.ts'), 1);
    assert.equal(timesScanned(calls, 'src/patient.ts'), 1);
    assert.deepEqual(
      outcomes.map((o) => o.file),
      all.map((f) => f.relPath),
    );
    // A product keyed to an order stays a thing.
    const product = outcomes.find((o) => o.file === 'src/product.ts');
    assert.equal(
      product?.findings.find((f) => f.field === 'description'),
      undefined,
    );
  });

  it('links a reported file to records of files left out of the scan (changed lines)', async () => {
    const careGoal = all.filter((f) => f.relPath === 'src/careGoal.ts');
    const { outcomes, calls } = await counted(all, careGoal);
    assert.deepEqual(
      calls.map((c) => c.file),
      ['src/careGoal.ts', 'src/careGoal.ts'],
    );
    const found = outcomes[0]?.findings.find((f) => f.owner === 'CareGoal' && f.field === 'description');
    assert.equal(found?.category, 'health');
  });

  it('reads one file alone as before: one scan, no link', async () => {
    const careGoal = all.filter((f) => f.relPath === 'src/careGoal.ts');
    const { outcomes, calls } = await counted(careGoal, careGoal);
    assert.equal(calls.length, 1);
    assert.equal(
      outcomes[0]?.findings.find((f) => f.owner === 'CareGoal' && f.field === 'description'),
      undefined,
    );
  });
});
