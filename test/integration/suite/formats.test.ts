// Declarations in four formats, read in a real VS Code: diagnostics at the exact range of each
// field name with its category, nothing on company/store/product fields or flags, and a hover
// naming the category and the owner (table, model, schema, class). Then a real git diff: the
// changed field gets a hover on the working-tree side. Fixtures: test/fixtures/workspace/schemas/.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { diagnosticCategory, fixtureUri, openFixture, positionOf, waitFor } from './helpers.js';

interface Flagged {
  readonly field: string;
  /** 0-based, as VS Code counts: line, first and past-the-end character of the field name. */
  readonly at: readonly [line: number, start: number, end: number];
  readonly category: string;
  readonly severity: vscode.DiagnosticSeverity;
  readonly owner: string;
}

interface FormatCase {
  readonly file: string;
  /** The language VS Code itself gives the file; undefined where it depends on installed extensions. */
  readonly languageId?: string;
  readonly flagged: readonly Flagged[];
  /** Fields that are not personal information, with their line. */
  readonly negatives: readonly (readonly [field: string, line: number])[];
}

const { Warning, Information } = vscode.DiagnosticSeverity;

/** A flagged field at 0-based `line`, `start`; the range ends where the field name ends. */
const pi = (
  field: string,
  line: number,
  start: number,
  category: string,
  severity: vscode.DiagnosticSeverity,
  owner: string,
): Flagged => ({ field, at: [line, start, start + field.length], category, severity, owner });

const CASES: readonly FormatCase[] = [
  {
    file: 'schemas/members.sql',
    languageId: 'sql',
    flagged: [
      pi('xm', 4, 2, 'name', Information, 't_hy_xx'),
      pi('sfzh', 5, 2, 'id_number', Warning, 't_hy_xx'), // class B: resident-ID information (GC 193)
      pi('sjhm', 6, 2, 'contact', Information, 't_hy_xx'),
      pi('jtzz', 7, 2, 'address', Information, 't_hy_xx'),
    ],
    // prettier-ignore
    negatives: [['id', 3], ['company_name', 8], ['store_code', 9], ['is_active', 10], ['created_at', 11]],
  },
  {
    // No Prisma extension in the test host: the file opens as plaintext and is read by name.
    file: 'schemas/shop.prisma',
    flagged: [
      pi('fullName', 8, 2, 'name', Information, 'Customer'),
      pi('phoneNumber', 9, 2, 'contact', Information, 'Customer'),
      pi('email', 10, 2, 'contact', Information, 'Customer'),
      pi('shippingAddress', 20, 2, 'address', Information, 'Order'),
    ],
    // prettier-ignore
    negatives: [['id', 7], ['companyName', 11], ['isVerified', 12], ['createdAt', 13], ['productName', 18], ['storeId', 19], ['inStock', 21]],
  },
  {
    file: 'schemas/patients-api.yaml',
    languageId: 'yaml',
    flagged: [
      pi('idCardNumber', 14, 8, 'id_number', Warning, 'Patient'), // class B: resident-ID information (GC 193)
      pi('mobile', 17, 8, 'contact', Information, 'Patient'),
      pi('diagnosis', 19, 8, 'health', Warning, 'Patient'),
    ],
    // prettier-ignore
    negatives: [['id', 12], ['isInsured', 22], ['storeName', 27], ['productCode', 29]],
  },
  {
    file: 'schemas/Employee.java',
    languageId: 'java',
    flagged: [
      pi('realName', 17, 19, 'name', Information, 'Employee'),
      pi('idNo', 21, 19, 'id_number', Information, 'Employee'),
      pi('bankAccount', 25, 19, 'property', Warning, 'Employee'),
    ],
    // prettier-ignore
    negatives: [['id', 13], ['companyName', 29], ['productLine', 32], ['manager', 35]],
  },
];

/** Hover Markdown as a reader sees it: backslash escapes (`t\_user`) removed. */
const unescape = (markdown: string): string => markdown.replace(/\\(.)/g, '$1');

/** The pilens hover at `position`, or undefined when pilens has none there. */
async function pilensHover(
  uri: vscode.Uri,
  position: vscode.Position,
): Promise<{ range?: vscode.Range; text: string } | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    position,
  );
  for (const hover of hovers) {
    const text = hover.contents
      .map((content) => (typeof content === 'string' ? content : (content as { value: string }).value))
      .join('\n');
    if (text.includes('PI Lens')) return { ...(hover.range ? { range: hover.range } : {}), text };
  }
  return undefined;
}

/** Our diagnostics keyed by the text they cover, once every `expected` field has one. */
function diagnosticsByField(
  document: vscode.TextDocument,
  expected: readonly string[],
): Promise<Map<string, vscode.Diagnostic[]>> {
  return waitFor(`pilens diagnostics on ${expected.join(', ')} in ${document.uri.path}`, () => {
    const byField = new Map<string, vscode.Diagnostic[]>();
    for (const d of vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'pilens')) {
      const text = document.getText(d.range);
      byField.set(text, [...(byField.get(text) ?? []), d]);
    }
    return expected.every((field) => byField.has(field)) ? byField : undefined;
  });
}

/** The hover's first line names the category; the hover names field and owner (as code). */
function assertHeader(text: string, category: string, field: string, owner: string): void {
  const header = unescape(text.split('\n')[0] ?? '');
  assert.ok(header.includes(`\`${category}\``), `hover header lacks the category ${category}: ${header}`);
  const all = unescape(text);
  assert.ok(all.includes(`\`${field}\``), `hover lacks the field ${field}: ${all}`);
  assert.ok(all.includes(`\`${owner}\``), `hover does not name the owner ${owner}: ${all}`);
}

suite('formats: declarations in the editor', () => {
  for (const { file, languageId, flagged, negatives } of CASES) {
    test(`${file}: exact ranges, categories, and nothing on the negatives`, async () => {
      const { document } = await openFixture(file);
      if (languageId !== undefined) assert.equal(document.languageId, languageId);
      const byField = await diagnosticsByField(
        document,
        flagged.map((f) => f.field),
      );
      // Exactly the expected fields, once each: every other field is a negative.
      assert.deepEqual([...byField.keys()].sort(), flagged.map((f) => f.field).sort());
      for (const { field, at, category, severity } of flagged) {
        const diagnostics = byField.get(field) ?? [];
        assert.equal(diagnostics.length, 1, `${field}: one diagnostic`);
        const [diagnostic] = diagnostics;
        assert.ok(diagnostic);
        const [line, start, end] = at;
        assert.ok(
          diagnostic.range.isEqual(new vscode.Range(line, start, line, end)),
          `${field} at ${JSON.stringify(diagnostic.range)}`,
        );
        assert.equal(diagnosticCategory(diagnostic), category, field);
        assert.equal(diagnostic.severity, severity, field);
      }
      for (const [field, line] of negatives) {
        const character = document.lineAt(line).text.indexOf(field);
        assert.ok(character >= 0, `${field} is not on line ${line}`);
        assert.equal(
          await pilensHover(document.uri, new vscode.Position(line, character + 1)),
          undefined,
          `${field} got a hover`,
        );
      }
    });

    test(`${file}: the hover on a flagged field names category, field and owner`, async () => {
      const { document } = await openFixture(file);
      await diagnosticsByField(
        document,
        flagged.map((f) => f.field),
      );
      for (const { field, at, category, owner } of flagged) {
        const [line, start, end] = at;
        const hover = await pilensHover(document.uri, new vscode.Position(line, start + 1));
        assert.ok(hover, `no pilens hover on ${field}`);
        assert.ok(hover.range?.isEqual(new vscode.Range(line, start, line, end)), `${field} hover range`);
        assertHeader(hover.text, category, field, owner);
      }
    });
  }
});

const GIT_CONFIG = [
  '-c',
  'user.name=pilens test',
  '-c',
  'user.email=test@example.invalid',
  '-c',
  'commit.gpgsign=false',
];
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', [...GIT_CONFIG, ...args], { cwd, encoding: 'utf8' });

suite('formats: a real git diff', () => {
  test('diff of a changed fixture against HEAD: the added field is flagged and hovered on the working-tree side', async () => {
    // The git extension is disabled in the test profile, so this test serves the `git:` side
    // itself, in the shape the git extension uses ({ path, ref } in the query), from `git show`.
    const repo = mkdtempSync(join(tmpdir(), 'pilens-formats-diff-'));
    const provider = vscode.workspace.registerTextDocumentContentProvider('git', {
      provideTextDocumentContent: (uri) => {
        const { ref } = JSON.parse(uri.query) as { ref: string };
        return git(repo, 'show', `${ref}:members.sql`);
      },
    });
    try {
      const original = new TextDecoder().decode(
        await vscode.workspace.fs.readFile(fixtureUri('schemas/members.sql')),
      );
      const path = join(repo, 'members.sql');
      git(repo, 'init', '-q');
      writeFileSync(path, original);
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'members');
      const changed = original.replace(
        '  company_name',
        "  cph         VARCHAR(16)  COMMENT '车牌号',\n  company_name",
      );
      writeFileSync(path, changed);
      assert.match(
        git(repo, 'diff', '--numstat'),
        /^1\t0\tmembers\.sql/,
        'one added line in the working tree',
      );

      const right = vscode.Uri.file(path);
      const left = right.with({ scheme: 'git', query: JSON.stringify({ path, ref: 'HEAD' }) });
      await vscode.commands.executeCommand('vscode.diff', left, right, 'members.sql (HEAD ↔ Working Tree)');
      await waitFor('the diff editor', () =>
        vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff
          ? true
          : undefined,
      );

      const modified = await vscode.workspace.openTextDocument(right);
      const cph = (await diagnosticsByField(modified, ['cph', 'sfzh'])).get('cph')?.[0];
      assert.ok(cph);
      assert.ok(cph.range.isEqual(new vscode.Range(8, 2, 8, 5)), JSON.stringify(cph.range));
      assert.equal(diagnosticCategory(cph), 'vehicle');
      const hover = await pilensHover(right, new vscode.Position(8, 3));
      assert.ok(hover, 'no pilens hover on the changed field');
      assertHeader(hover.text, 'vehicle', 'cph', 't_hy_xx');
      assert.ok(hover.text.includes('command:pilens.annotate'), 'the working-tree file is editable');

      // The HEAD side is shown in the diff, so it has diagnostics too, read-only, without cph.
      const head = await vscode.workspace.openTextDocument(left);
      assert.equal(head.getText(), original);
      assert.equal(head.languageId, 'sql');
      const before = await diagnosticsByField(head, ['sfzh']);
      assert.ok(!before.has('cph'));
      const headHover = await pilensHover(left, positionOf(head, 'sfzh').translate(0, 1));
      assert.ok(headHover, 'no pilens hover on the HEAD side');
      assertHeader(headHover.text, 'id_number', 'sfzh', 't_hy_xx');
      assert.ok(!headHover.text.includes('command:pilens.annotate'), 'no annotate link on the HEAD side');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      provider.dispose();
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
