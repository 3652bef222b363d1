// Issue 9: `pilens scan <folder>` reads every file's records first, so a record keyed to a
// patient declared in another file is read as part of the patient's file, and the finding says
// which record and file showed it. Scanning the record's file alone reads as before.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pilens, writeFile, type JsonFinding, type JsonOutput } from './harness.js';

const PATIENT = 'export interface Patient {\n  id: string;\n  careGoals: CareGoal[];\n}\n';
const CARE_GOAL =
  'export interface CareGoal {\n  id: string;\n  patientId: string;\n  description: string;\n}\n';
const PRODUCT = 'export interface Product {\n  id: string;\n  orderId: string;\n  description: string;\n}\n';
const CLINIC =
  'export interface Prescription {\n  patientId: string;\n  drug: string;\n}\n' +
  'export interface Diagnosis {\n  patientId: string;\n  icd10: string;\n}\n';
const ORDER = 'export interface Order {\n  id: string;\n  items: Product[];\n}\n';

describe('pilens scan of a folder: the workspace context', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pilens-workspace-'));
    writeFile(root, 'src/patient.ts', PATIENT);
    writeFile(root, 'src/careGoal.ts', CARE_GOAL);
    writeFile(root, 'src/clinical.ts', CLINIC);
    writeFile(root, 'src/order.ts', ORDER);
    writeFile(root, 'src/product.ts', PRODUCT);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function scan(...paths: string[]): Promise<JsonFinding[]> {
    const run = await pilens(root, 'scan', '--format', 'json', ...paths);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return (JSON.parse(run.stdout) as JsonOutput).findings;
  }

  it('flags a record linked to a patient in another file, naming the link and the file', async () => {
    const found = (await scan('src')).find((f) => f.owner === 'CareGoal' && f.field === 'description');
    assert.equal(found?.category, 'health');
    const why = found.evidence.map((e) => e.detail).join(' ');
    assert.match(why, /it is linked to "Patient" \(src\/patient\.ts\)/);
  });

  it('leaves a product linked to an order a thing', async () => {
    const findings = await scan('src');
    assert.equal(
      findings.find((f) => f.owner === 'Product' && f.field === 'description'),
      undefined,
    );
  });

  it('reads one file alone as before', async () => {
    const findings = await scan('src/careGoal.ts');
    assert.equal(
      findings.find((f) => f.owner === 'CareGoal' && f.field === 'description'),
      undefined,
    );
  });
});
