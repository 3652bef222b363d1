// Team decisions recorded in .pilens.json change what `pilens scan` reports and its exit code,
// so a decision taken in the editor holds in CI too.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pilens, writeFile, type JsonOutput } from './harness.js';
import type { SarifLog } from './sarifSchema.js';

const MODEL = 'export interface Patient {\n  diagnosis: string;\n  mobilePhone: string;\n}\n';

describe('pilens scan with team decisions in .pilens.json', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pilens-decisions-'));
    writeFile(root, 'src/patient.ts', MODEL);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  async function scan(
    config: string | undefined,
    ...args: string[]
  ): Promise<{ code: number; json: JsonOutput }> {
    if (config === undefined) rmSync(join(root, '.pilens.json'), { force: true });
    else writeFile(root, '.pilens.json', config);
    const run = await pilens(root, 'scan', '--format', 'json', ...args);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return { code: run.code, json: JSON.parse(run.stdout) as JsonOutput };
  }

  it('a class B field fails --fail-on B without a decision', async () => {
    const { code, json } = await scan(undefined, '--fail-on', 'B');
    assert.equal(code, 1);
    assert.ok(json.findings.some((f) => f.field === 'diagnosis' && f.class === 'B'));
  });

  it('"not PI" for Patient.diagnosis removes it and the exit code follows', async () => {
    const config = '{ "decisions": [{ "owner": "Patient", "field": "diagnosis", "category": "none" }] }';
    const { code, json } = await scan(config, '--fail-on', 'B');
    assert.deepEqual(
      json.findings.map((f) => f.field),
      ['mobilePhone'],
    );
    assert.equal(code, 0);
  });

  it('the same field decided for another owner changes nothing', async () => {
    const config = '{ "decisions": [{ "owner": "Doctor", "field": "diagnosis", "category": "none" }] }';
    const { code, json } = await scan(config, '--fail-on', 'B');
    assert.ok(json.findings.some((f) => f.field === 'diagnosis'));
    assert.equal(code, 1);
  });

  it('a category decision re-categorises the finding in SARIF, with the team named as the reason', async () => {
    writeFile(
      root,
      '.pilens.json',
      '{ "decisions": [{ "owner": "Patient", "field": "mobilePhone", "category": "health", "reason": "a clinic line" }] }',
    );
    const run = await pilens(root, 'scan', '--format', 'sarif');
    const sarif = JSON.parse(run.stdout) as SarifLog;
    const results = sarif.runs[0]?.results ?? [];
    const phone = results.find((r) => JSON.stringify(r).includes('mobilePhone'));
    assert.equal(phone?.ruleId, 'health');
    const text = await pilens(root, 'scan');
    assert.match(text.stdout, /decided by the team in \.pilens\.json: health \(a clinic line\)/);
  });

  it('an unknown category in a decision is a one-line config error naming the file (exit 2)', async () => {
    writeFile(
      root,
      '.pilens.json',
      '{ "decisions": [{ "owner": "Patient", "field": "x", "category": "phone" }] }',
    );
    const run = await pilens(root, 'scan');
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /^pilens: invalid config \.pilens\.json:1:\d+: decisions\.0\.category: unknown category "phone".*\n$/,
    );
  });
});
