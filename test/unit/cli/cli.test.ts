import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeProject, pilens, writeFile, type JsonOutput } from './harness.js';
import { sarifValidator, type SarifLog } from './sarifSchema.js';

describe('pilens scan over the fixture project', () => {
  let root: string;
  let json: JsonOutput;
  before(async () => {
    root = makeProject();
    const run = await pilens(root, 'scan', '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    json = JSON.parse(run.stdout) as JsonOutput;
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('reports fields with cwd-relative paths and 1-based positions', () => {
    assert.equal(json.version, 1);
    const files = new Set(json.findings.map((f) => f.file));
    assert.ok(files.has('src/models/user.ts'), [...files].join());
    assert.ok(files.has('db/schema.sql'), [...files].join());
    const idCard = json.findings.find((f) => f.field === 'idCardNumber');
    assert.deepEqual(
      idCard && {
        line: idCard.line,
        column: idCard.column,
        endLine: idCard.endLine,
        endColumn: idCard.endColumn,
        category: idCard.category,
      },
      { line: 5, column: 3, endLine: 5, endColumn: 15, category: 'id_number' },
    );
  });

  it('reads GBK and UTF-16 files', () => {
    const legacy = json.findings
      .filter((f) => f.file.startsWith('legacy/'))
      .map((f) => `${f.file}:${f.line} ${f.field}`);
    assert.deepEqual(legacy, ['legacy/gbk.sql:3 sfzh', 'legacy/utf16.ts:2 medicalHistory']);
  });

  it('lists findings in a stable order (file, line, column)', () => {
    const keys = json.findings.map((f) => [f.file, f.line, f.column] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2],
    );
    assert.deepEqual(keys, sorted);
  });

  it('honours .gitignore and skips binary and oversized files with a note', async () => {
    assert.ok(!json.findings.some((f) => f.file.startsWith('ignored/')));
    const run = await pilens(root, 'scan');
    assert.match(run.stderr, /^pilens: skipped assets\/blob\.dat: binary$/m);
    assert.match(run.stderr, /^pilens: skipped dump\/huge\.sql: larger than 1024 KB$/m);
    assert.deepEqual(
      json.summary.skipped.map((s) => s.file),
      ['assets/blob.dat', 'dump/huge.sql'],
    );
  });

  it('exits 1 exactly when a finding is at or above --fail-on', async () => {
    assert.ok(json.findings.length > 0);
    const rank = { A: 0, B: 1, C: 2 } as const;
    for (const failOn of ['A', 'B', 'C', 'none', 'c'] as const) {
      const run = await pilens(root, 'scan', '--fail-on', failOn, '--format', 'json');
      const limit = failOn === 'none' ? -1 : rank[failOn.toUpperCase() as 'A' | 'B' | 'C'];
      const expected = json.findings.some((f) => rank[f.class] <= limit) ? 1 : 0;
      assert.equal(run.code, expected, `--fail-on ${failOn}`);
    }
  });

  it('writes SARIF that validates against the 2.1.0 schema', async () => {
    const run = await pilens(root, 'scan', '--format', 'sarif');
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(log.runs[0]!.results.length, json.findings.length);
  });

  it('writes the Markdown summary and inventory, and the CSV inventory', async () => {
    const md = await pilens(root, 'scan', '--format', 'markdown');
    assert.match(md.stdout, /^## PI Lens/);
    assert.match(md.stdout, /PI inventory/);
    const csv = await pilens(root, 'scan', '--format', 'csv');
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.equal(rows.length, json.findings.length + 1);
  });

  it('scans only the paths given', async () => {
    const run = await pilens(root, 'scan', 'db', '--format', 'json');
    const out = JSON.parse(run.stdout) as JsonOutput;
    assert.ok(out.findings.length > 0);
    assert.ok(out.findings.every((f) => f.file.startsWith('db/')));
  });
});

describe('pilens usage errors exit 2 with one line on stderr', () => {
  let root: string;
  before(() => {
    root = makeProject();
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const cases: [string[], RegExp][] = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [
      ['scan', '--format', 'xml'],
      /--format must be one of text\|json\|sarif\|markdown\|csv\|datamap\|gitlab-sast\|codequality\|junit, got "xml"/,
    ],
    [['scan', '--fail-on', 'D'], /--fail-on must be one of A\|B\|C\|none, got "D"/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', 'no/such/dir'], /no such file or directory: no\/such\/dir/],
    [['scan', '--config', 'missing.json'], /cannot read config missing\.json: ENOENT/],
    [['scan', '--baseline', 'missing-baseline.json'], /baseline file not found: missing-baseline\.json/],
    [['scan', '--baseline', 'x.json', '--no-baseline'], /cannot be used together/],
    [['scan', '--max-file-size-kb=-3'], /--max-file-size-kb must be a positive integer/],
    [['scan', '--since', 'HEAD'], /--since HEAD: /], // not a git repository
    [[], /./],
  ];
  for (const [args, reason] of cases) {
    it(args.join(' ') || '(no arguments)', async () => {
      const run = await pilens(root, ...args);
      assert.equal(run.code, 2);
      if (args.length === 0) {
        assert.match(run.stdout, /Usage:/);
        return;
      }
      assert.match(run.stderr, /^pilens: .+\n$/);
      assert.equal(run.stderr.split('\n').length, 2, run.stderr);
      assert.match(run.stderr, reason);
    });
  }

  // The position is the CLI's (line:column of the core's offset); the wording is the core's.
  const configCases: [string, string, RegExp][] = [
    [
      'a JSON syntax error',
      '{ "ignores": [ }',
      /^pilens: invalid config \.pilens\.json:1:16: JSON syntax: .+\n$/,
    ],
    [
      'a wrong type',
      '{\n  "ignores": 5\n}',
      /^pilens: invalid config \.pilens\.json:2:14: ignores: .*array.*\n$/,
    ],
    [
      'an unknown key',
      '{ "ignore": ["x"] }',
      /^pilens: invalid config \.pilens\.json:1:\d+: .*"ignore".*\n$/,
    ],
  ];
  for (const [name, text, expected] of configCases) {
    it(`rejects .pilens.json with ${name}, naming line and column`, async () => {
      writeFileSync(join(root, '.pilens.json'), text);
      try {
        const run = await pilens(root, 'scan');
        assert.equal(run.code, 2);
        assert.match(run.stderr, expected);
        assert.equal(run.stdout, '');
      } finally {
        rmSync(join(root, '.pilens.json'));
      }
    });
  }

  it('applies the config ignores, from the cwd or --config', async () => {
    writeFile(root, 'conf/pilens.json', '{ "ignores": ["*.sql"] }');
    writeFileSync(join(root, '.pilens.json'), '{ "ignores": ["src/models/order.ts"] }');
    try {
      const byDefault = JSON.parse((await pilens(root, 'scan', '--format', 'json')).stdout) as JsonOutput;
      assert.ok(byDefault.findings.length > 0);
      assert.ok(!byDefault.findings.some((f) => f.file === 'src/models/order.ts'));
      const run = await pilens(root, 'scan', '--format', 'json', '--config', 'conf/pilens.json');
      const explicit = JSON.parse(run.stdout) as JsonOutput;
      assert.ok(explicit.findings.some((f) => f.file === 'src/models/order.ts'));
      assert.ok(!explicit.findings.some((f) => f.file.startsWith('db/')));
    } finally {
      rmSync(join(root, '.pilens.json'));
    }
  });

  it('rejects a corrupt baseline rather than ignoring it', async () => {
    writeFile(root, '.pilens-baseline.json', '{"version":1,"entries":[{"file":"a"}]}');
    try {
      const run = await pilens(root, 'scan');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^pilens: invalid baseline \.pilens-baseline\.json: entries\.0\.\w+: /);
    } finally {
      rmSync(join(root, '.pilens-baseline.json'));
    }
  });

  it('prints help and version with exit 0', async () => {
    const help = await pilens(root, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /pilens scan/);
    const scanHelp = await pilens(root, 'scan', '--help');
    assert.match(scanHelp.stdout, /--since GIT_REF/);
    const version = await pilens(root, '--version');
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
