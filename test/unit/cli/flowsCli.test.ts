// `pilens scan --flows`: the JSON contract of issue 14, SARIF codeFlows, the data map.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pilens, writeFile } from './harness.js';
import { sarifValidator } from './sarifSchema.js';

const APP = [
  "const TRACK = 'https://api.mixpanel.com/track';",
  'export async function signup(req) {',
  '  const phone = req.body.phone;',
  '  logger.info(`signup ${phone}`);',
  "  logger.info('masked', maskPhone(phone));",
  "  await axios.post(TRACK, { event: 'signup', id: req.body.idCard });",
  "  console.log('phone is required');",
  '  logger.info(`order for ${req.body.userId}`);',
  '}',
  '',
].join('\n');

describe('scan --flows', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'pilens-flows-'));
    writeFile(root, 'src/signup.ts', APP);
    writeFile(root, 'src/signup.test.ts', APP);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('adds flows to the JSON, 1-based, tests left out', async () => {
    const run = await pilens(root, 'scan', '--flows', '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { flows: Record<string, unknown>[]; summary: { flows: number } };
    assert.equal(out.flows.length, 4);
    assert.equal(out.summary.flows, 4);
    assert.deepEqual(Object.keys(out.flows[0] ?? {}), [
      'file',
      'line',
      'column',
      'sink',
      'categories',
      'crossBorder',
      'deidentified',
      'confidence',
      'path',
    ]);
    assert.deepEqual(
      out.flows.map((f) => [
        f.file,
        f.line,
        f.column,
        f.crossBorder,
        f.deidentified,
        f.confidence,
        f.categories,
      ]),
      [
        ['src/signup.ts', 4, 3, null, false, 'medium', ['contact']],
        ['src/signup.ts', 5, 3, null, true, 'medium', ['contact']],
        ['src/signup.ts', 6, 9, true, false, 'high', ['id_number']],
        // A person's key alone: a flow at the lower level (lead ruling 3).
        ['src/signup.ts', 8, 3, null, false, 'low', ['online_id']],
      ],
    );
    assert.deepEqual(out.flows[2]?.sink, {
      kind: 'http',
      callee: 'axios.post',
      target: 'api.mixpanel.com',
      vendor: null,
    });
  });

  it('leaves the JSON as it was without --flows', async () => {
    const run = await pilens(root, 'scan', '--format', 'json');
    const out = JSON.parse(run.stdout) as { flows?: unknown; summary: { flows?: unknown } };
    assert.equal(out.flows, undefined);
    assert.equal(out.summary.flows, undefined);
  });

  it('writes codeFlows that validate as SARIF 2.1.0', async () => {
    const run = await pilens(root, 'scan', '--flows', '--format', 'sarif');
    const log = JSON.parse(run.stdout) as {
      runs: { results: { ruleId: string; level: string; codeFlows?: unknown[] }[] }[];
    };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const flows = log.runs[0]?.results.filter((r) => r.ruleId.startsWith('flow/')) ?? [];
    assert.deepEqual(
      flows.map((r) => [r.ruleId, r.level, r.codeFlows?.length]),
      [
        ['flow/log', 'warning', 1],
        ['flow/log', 'note', 1],
        ['flow/http', 'error', 1],
        ['flow/log', 'note', 1],
      ],
    );
  });

  it('prints a data map with a Mermaid diagram and no values', async () => {
    const run = await pilens(root, 'scan', '--format', 'datamap');
    assert.match(run.stdout, /```mermaid\nflowchart LR/);
    assert.match(run.stdout, /api\.mixpanel\.com \| abroad/);
    assert.match(run.stdout, /PIPL Art\. 55\(3\)/);
    assert.doesNotMatch(run.stdout, /signup \$\{phone\}/);
  });
});
