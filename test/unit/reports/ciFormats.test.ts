// The CI formats of the one registry, for scan, inventory and estimate: GitLab SAST and Code
// Quality validated against the restated GitLab schemas (test/fixtures/ci), JUnit parsed back
// with fast-xml-parser, and SARIF's 5,000-result cap ranked by class.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatSarif } from '../../../src/cli/format/sarif.js';
import { SCAN_FORMATS } from '../../../src/cli/scanFormats.js';
import { CI_FORMAT_IDS } from '../../../src/core/report/ci/ciFormats.js';
import { formatJunit } from '../../../src/core/report/ci/junit.js';
import { ESTIMATE_FORMATS, findFormat, formatIds } from '../../../src/core/report/formats.js';
import type { ReportedFinding } from '../../../src/core/report/finding.js';
import { INVENTORY_FORMATS } from '../../../src/node/report/inventoryFormats.js';
import { makeProject, pilens, writeFile } from '../cli/harness.js';
import { FINDINGS, sampleReport } from '../cli/sampleReport.js';

const SCHEMAS = resolve(__dirname, '../../fixtures/ci');
const ajv = new Ajv({ allErrors: true });
const sast = ajv.compile(
  JSON.parse(readFileSync(join(SCHEMAS, 'gitlab-sast.schema.json'), 'utf8')) as object,
);
const codeQuality = ajv.compile(
  JSON.parse(readFileSync(join(SCHEMAS, 'gitlab-codequality.schema.json'), 'utf8')) as object,
);

interface SastDoc {
  scan: { status: string; start_time: string };
  vulnerabilities: {
    id: string;
    severity: string;
    identifiers: { value: string }[];
    location: { file: string; start_line: number };
  }[];
}
interface CqIssue {
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function junit(xml: string) {
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (n) => n === 'testsuite' || n === 'testcase',
  }).parse(xml) as {
    testsuites: {
      tests: string;
      failures: string;
      testsuite: { name: string; testcase?: { name: string; failure?: { type: string } }[] }[];
    };
  };
  return doc.testsuites;
}

const PHONE = '13900001111';

describe('CI formats', () => {
  let root: string;
  before(async () => {
    root = makeProject();
    writeFile(root, 'exports/people.csv', `姓名,手机号\n张三,${PHONE}\n李四,13900002222\n`);
    const est = await pilens(root, 'estimate', 'exports/people.csv', '--format', 'json');
    assert.equal(est.code, 0, est.stderr);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('every command lists the three CI formats from the one registry', () => {
    for (const list of [SCAN_FORMATS, INVENTORY_FORMATS, ESTIMATE_FORMATS])
      for (const id of CI_FORMAT_IDS) assert.ok(formatIds(list).includes(id), id);
  });

  it('scan → GitLab SAST: valid, one vulnerability per reported finding, class A high', async () => {
    const res = await pilens(root, 'scan', 'src', 'db', '--format', 'gitlab-sast');
    assert.equal(res.code, 0, res.stderr);
    const doc = JSON.parse(res.stdout) as SastDoc;
    assert.ok(sast(doc), JSON.stringify(sast.errors));
    const json = JSON.parse((await pilens(root, 'scan', 'src', 'db', '--format', 'json')).stdout) as {
      findings: { file: string; line: number; class: string }[];
    };
    assert.equal(doc.vulnerabilities.length, json.findings.length);
    const a = json.findings.find((f) => f.class === 'A');
    assert.ok(a);
    const v = doc.vulnerabilities.find((x) => x.location.file === a.file && x.location.start_line === a.line);
    assert.equal(v?.severity, 'High');
    assert.equal(new Set(doc.vulnerabilities.map((x) => x.id)).size, doc.vulnerabilities.length);
    // Negative: the schema does reject a wrong severity and a missing scan.
    assert.equal(
      sast({ ...doc, vulnerabilities: [{ ...doc.vulnerabilities[0], severity: 'Severe' }] }),
      false,
    );
    assert.equal(sast({ version: '15.0.7', vulnerabilities: [] }), false);
  });

  it('scan → Code Quality: valid, unique fingerprints, stable across runs', async () => {
    const first = await pilens(root, 'scan', 'src', 'db', '--format', 'codequality');
    const issues = JSON.parse(first.stdout) as CqIssue[];
    assert.ok(codeQuality(issues), JSON.stringify(codeQuality.errors));
    assert.ok(issues.length > 0);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    assert.ok(issues.every((i) => i.check_name.startsWith('pilens/')));
    const second = await pilens(root, 'scan', 'src', 'db', '--format', 'codequality');
    assert.equal(second.stdout, first.stdout);
    assert.equal(codeQuality([{ ...issues[0], severity: 'high' }]), false);
  });

  it('scan → JUnit: one failing testcase per finding, grouped by file; a clean scan passes one check', async () => {
    const suites = junit((await pilens(root, 'scan', 'src', 'db', '--format', 'junit')).stdout);
    const cases = suites.testsuite.flatMap((s) => s.testcase ?? []);
    assert.equal(Number(suites.failures), cases.filter((c) => c.failure !== undefined).length);
    assert.ok(suites.testsuite.some((s) => s.name === 'db/schema.sql'));
    assert.ok(cases.some((c) => c.failure?.type === 'id_number'));
    writeFile(root, 'clean/readme.md', 'nothing personal here\n');
    const clean = junit((await pilens(root, 'scan', 'clean', '--format', 'junit')).stdout);
    assert.equal(clean.failures, '0');
    assert.equal(clean.tests, '1');
  });

  it('inventory → SAST and Code Quality: every declared field, sensitive PI above other PI', async () => {
    const doc = JSON.parse(
      (await pilens(root, 'inventory', 'src', 'db', '--format', 'gitlab-sast')).stdout,
    ) as SastDoc;
    assert.ok(sast(doc), JSON.stringify(sast.errors));
    const rows = JSON.parse((await pilens(root, 'inventory', 'src', 'db', '--format', 'json')).stdout) as {
      rows: { grade: { id: string } }[];
    };
    assert.equal(doc.vulnerabilities.length, rows.rows.length);
    const cq = JSON.parse(
      (await pilens(root, 'inventory', 'src', 'db', '--format', 'codequality')).stdout,
    ) as CqIssue[];
    assert.ok(codeQuality(cq), JSON.stringify(codeQuality.errors));
    const sensitive = rows.rows.filter((r) => r.grade.id === 'general_sensitive').length;
    assert.equal(cq.filter((i) => i.severity === 'major').length, sensitive);
  });

  it('estimate → SAST, Code Quality, JUnit: duties located at the dataset, standards not reached pass, no value', async () => {
    const out: Record<string, string> = {};
    for (const id of CI_FORMAT_IDS) {
      const res = await pilens(root, 'estimate', 'exports/people.csv', '--format', id);
      assert.equal(res.code, 0, res.stderr);
      assert.ok(!res.stdout.includes(PHONE) && !res.stdout.includes('张三'), `${id} holds a data value`);
      out[id] = res.stdout;
    }
    const doc = JSON.parse(out['gitlab-sast'] ?? '') as SastDoc;
    assert.ok(sast(doc), JSON.stringify(sast.errors));
    assert.ok(doc.vulnerabilities.length > 0);
    assert.ok(
      doc.vulnerabilities.every((v) => v.location.file === 'exports/people.csv' && v.severity === 'Low'),
    );
    assert.ok(doc.vulnerabilities.some((v) => v.identifiers[0]?.value === 'compliance_audit'));
    assert.ok(codeQuality(JSON.parse(out.codequality ?? '')));
    const suites = junit(out.junit ?? '');
    const passed = suites.testsuite.flatMap((s) => s.testcase ?? []).filter((c) => c.failure === undefined);
    assert.deepEqual(
      passed.map((c) => c.name),
      [
        'quantity standard for 情节严重 not reached (estimate)',
        'quantity standard for 情节特别严重 not reached (estimate)',
      ],
    );
  });

  it('JUnit escapes names from the code and drops characters XML forbids', () => {
    const xml = formatJunit({
      command: 'scan',
      issues: [
        {
          ruleId: 'name',
          ruleName: 'a<b>&"c"',
          message: 'x\u0001y',
          severity: 'low',
          file: 'a&b.ts',
          line: 1,
          fingerprint: 'f',
        },
      ],
      passes: [],
      incomplete: false,
      notes: [],
    });
    assert.equal(XMLValidator.validate(xml), true);
    assert.ok(xml.includes('a&lt;b&gt;&amp;&quot;c&quot;') && !xml.includes('\u0001'));
  });

  it('SARIF keeps at most the cap, the highest classes first, and says so; under the cap nothing changes', () => {
    const many: ReportedFinding[] = [];
    for (let i = 0; i < 6; i++)
      for (const f of FINDINGS)
        many.push({ ...f, line: f.line + i * 100, fingerprint: `${f.fingerprint}:${i}` });
    const report = sampleReport({ findings: many });
    const cap = 7;
    const log = JSON.parse(formatSarif(report, '/work/repo', '0.1.0', cap)) as {
      runs: {
        results: { level: string }[];
        invocations: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
      }[];
    };
    const run = log.runs[0];
    assert.ok(run);
    assert.equal(run.results.length, cap);
    // Six class-A declarations (error), then the first of the notes (class C, and class B usages).
    assert.deepEqual(
      run.results.map((r) => r.level),
      ['note', 'error', 'error', 'error', 'error', 'error', 'error'],
    );
    const warning = run.invocations[0]?.toolExecutionNotifications.find((n) => n.level === 'warning');
    assert.match(
      warning?.message.text ?? '',
      new RegExp(
        `^${many.length - cap} of ${many.length} results left out: GitHub code scanning shows at most ${cap}`,
      ),
    );
    const full = JSON.parse(formatSarif(report, '/work/repo', '0.1.0')) as typeof log;
    const fullRun = full.runs[0];
    assert.ok(fullRun);
    assert.equal(fullRun.results.length, many.length);
    const notes = fullRun.invocations[0]?.toolExecutionNotifications ?? [];
    assert.ok(!notes.some((n) => n.level === 'warning'));
  });

  it('the estimate export formats of the editor stay documents (JSON, Markdown)', () => {
    assert.equal(findFormat(ESTIMATE_FORMATS, 'junit')?.extension, 'xml');
  });
});
