// The PI inventory over the fixture workspace: the expected fields by category, the export,
// incremental refresh on file creation and deletion, and .gitignore respected.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { fixtureUri, waitFor } from './helpers.js';

interface Field {
  file: string;
  line: number;
  field: string;
  owner?: string;
  category: string;
  class: string;
}
interface Category {
  category: string;
  class: string;
  fieldCount: number;
  files: { file: string; fields: Field[] }[];
}

async function inventory(): Promise<Category[]> {
  return vscode.commands.executeCommand<Category[]>('pilens.showInventory');
}

function fields(categories: readonly Category[]): Field[] {
  return categories.flatMap((c) => c.files.flatMap((f) => f.fields));
}

function has(categories: readonly Category[], file: string, field: string, category: string): boolean {
  return fields(categories).some((f) => f.file === file && f.field === field && f.category === category);
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

suite('inventory: the PI inventory view', () => {
  test('lists the fixture fields category → file → field', async () => {
    const categories = await inventory();
    assert.ok(has(categories, 'users.sql', 'sfzh', 'id_number'), 'users.sql sfzh → id_number');
    assert.ok(has(categories, 'users.sql', 'lxdh', 'contact'), 'users.sql lxdh → contact');
    assert.ok(has(categories, 'customer.ts', 'id_card', 'id_number'), 'customer.ts id_card → id_number');
    assert.ok(
      !fields(categories).some((f) => f.field === 'phoneModel' || f.field === 'productName'),
      'Product fields are not PI',
    );
    assert.ok(!fields(categories).some((f) => f.field === 'created_at'));
    // Classes A first; each category's count matches its fields.
    const order = categories.map((c) => c.class);
    assert.deepEqual(order, [...order].sort());
    for (const c of categories)
      assert.equal(
        c.fieldCount,
        c.files.reduce((n, f) => n + f.fields.length, 0),
      );
  });

  test('exports the formats of pilens inventory: CSV, XLSX and Markdown, with the grade', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pilens-inventory-'));
    try {
      const csvUri = vscode.Uri.file(join(dir, 'inventory.csv'));
      await vscode.commands.executeCommand('pilens.exportInventory', { format: 'csv', uri: csvUri });
      const csv = readFileSync(csvUri.fsPath, 'utf8').split('\r\n');
      assert.ok(csv[0]?.startsWith('\uFEFFfile,line,owner,field,category key,'), csv[0]);
      assert.ok(
        csv.some((row) => /^users\.sql,5,t_user,sfzh,id_number,.*,B,.*general data: sensitive PI/.test(row)),
        csv.join('\n'),
      );

      const xlsxUri = vscode.Uri.file(join(dir, 'inventory.xlsx'));
      await vscode.commands.executeCommand('pilens.exportInventory', { format: 'xlsx', uri: xlsxUri });
      // An XLSX file is a ZIP archive; the unit tests read its cells back with SheetJS.
      assert.equal(readFileSync(xlsxUri.fsPath).subarray(0, 2).toString('latin1'), 'PK');

      const mdUri = vscode.Uri.file(join(dir, 'inventory.md'));
      await vscode.commands.executeCommand('pilens.exportInventory', { format: 'markdown', uri: mdUri });
      const md = readFileSync(mdUri.fsPath, 'utf8');
      assert.match(md, /PI inventory/);
      assert.match(
        md,
        /\| users\.sql \| 5 \| t\\_user \| `sfzh` \|/,
        "an inventory row (Markdown escapes the owner's underscore)",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('drafts the record and the assessment from the palette, through the writers of pilens report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pilens-drafts-'));
    try {
      const mdUri = vscode.Uri.file(join(dir, 'ropa.md'));
      const md = await vscode.commands.executeCommand<string>('pilens.draftRopa', {
        format: 'markdown',
        uri: mdUri,
        estimates: [],
      });
      assert.equal(readFileSync(mdUri.fsPath, 'utf8'), md);
      assert.match(md, /^# Record of personal-information processing activities \(draft\)/);
      // The fixture workspace holds ID numbers in more files than a cell lists: the row, not its files.
      assert.match(md, /\| identity-document number \(id\\_number\) \| B \| contested \|/);
      assert.match(md, /\*Source: pilens [\d.]+ inventory of /);
      assert.match(md, /\*\*\[TO BE COMPLETED\] Purpose of processing\*\*/);
      assert.match(md, /No estimate result was given/);

      const estimate = vscode.Uri.file(join(dir, 'estimate.json'));
      await vscode.workspace.fs.writeFile(estimate, encode(ESTIMATE_JSON));
      const docxUri = vscode.Uri.file(join(dir, 'pia.docx'));
      await vscode.commands.executeCommand('pilens.draftPia', {
        format: 'docx',
        uri: docxUri,
        estimates: [estimate],
      });
      // A DOCX file is a ZIP archive; the unit tests read its paragraphs back with mammoth.
      assert.equal(readFileSync(docxUri.fsPath).subarray(0, 2).toString('latin1'), 'PK');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refreshes on create and delete, and leaves .gitignore-d files out', async () => {
    const gitignore = fixtureUri('.gitignore');
    const added = fixtureUri('scratch/new_members.sql');
    const ignored = fixtureUri('scratch-ignored/leak.sql');
    const table = (name: string): string =>
      `CREATE TABLE ${name} (\n  id BIGINT,\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n`;
    await inventory();
    try {
      await vscode.workspace.fs.writeFile(gitignore, encode('scratch-ignored/\n'));
      await vscode.workspace.fs.writeFile(ignored, encode(table('t_leak')));
      await vscode.workspace.fs.writeFile(added, encode(table('t_member')));
      const after = await waitFor('the new file in the inventory', async () => {
        const categories = await inventory();
        return has(categories, 'scratch/new_members.sql', 'sfzh', 'id_number') ? categories : undefined;
      });
      assert.ok(
        !fields(after).some((f) => f.file.startsWith('scratch-ignored/')),
        'a .gitignore-d file was listed',
      );

      await vscode.workspace.fs.delete(added);
      await waitFor('the deleted file gone from the inventory', async () =>
        fields(await inventory()).some((f) => f.file === 'scratch/new_members.sql') ? undefined : true,
      );
    } finally {
      for (const uri of [gitignore, fixtureUri('scratch-ignored'), fixtureUri('scratch')]) {
        await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
      }
    }
  });
});

/** A minimal result of "pilens estimate --format json" (counts only). */
const ESTIMATE_JSON = JSON.stringify({
  version: 1,
  tier: 'below',
  ratio: 0.01,
  pieces: { A: 0, B: 0, C: 50 },
  byCategory: { contact: 50 },
  persons: 50,
  records: 50,
  duties: [],
  counts: { personsKeyed: true, minorsPresent: false },
  relatedOffences: [],
  assessment: {
    conduct: 'hold',
    tier: 'below',
    insiderApplied: false,
    quantityRatio: 0.01,
    standard: { serious: 1, especiallySerious: 10 },
    reasons: [],
  },
  parts: [{ file: 'members.csv', records: 50, columns: [{ category: 'contact' }] }],
});
