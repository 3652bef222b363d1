// "PI Lens: Review changes" on a temporary git repository built here: a commit, then a changed
// line, a renamed file and an untracked file. Only fields on added or changed lines count, and
// picking one opens a diff whose left side is the file at the ref.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './helpers.js';

interface Touched {
  file: string;
  oldFile?: string;
  field: string;
  category: string;
  class: string;
  line: number;
}

const MEMBER_V1 = `CREATE TABLE member (\n  id BIGINT PRIMARY KEY,\n  xm VARCHAR(32) COMMENT '姓名',\n  level INT\n);\n`;
const MEMBER_V2 = MEMBER_V1.replace('  level INT\n', "  level INT,\n  lxdh VARCHAR(20) COMMENT '联系电话'\n");
const ORDERS = `CREATE TABLE orders (\n  id BIGINT PRIMARY KEY,\n  amount DECIMAL(10,2)\n);\n`;

function git(cwd: string, ...args: string[]): void {
  execFileSync(
    'git',
    [
      '-c',
      'user.name=pilens test',
      '-c',
      'user.email=test@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, stdio: 'ignore' },
  );
}

function review(args: Record<string, unknown>): Thenable<Touched[] | undefined> {
  return vscode.commands.executeCommand<Touched[] | undefined>('pilens.reviewChanges', args);
}

suite('review: pilens.reviewChanges', () => {
  let repo = '';

  suiteSetup(() => {
    repo = mkdtempSync(join(tmpdir(), 'pilens-review-'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'member.sql'), MEMBER_V1);
    writeFileSync(join(repo, 'orders.sql'), ORDERS);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'initial');
    // The working tree: one added column, a renamed file gaining a PI column, an untracked file.
    writeFileSync(join(repo, 'member.sql'), MEMBER_V2);
    renameSync(join(repo, 'orders.sql'), join(repo, 'shop_orders.sql'));
    writeFileSync(
      join(repo, 'shop_orders.sql'),
      ORDERS.replace('  amount', "  shdz VARCHAR(255) COMMENT '收货地址',\n  amount"),
    );
    git(repo, 'add', '-A');
    writeFileSync(
      join(repo, 'guest.sql'),
      `CREATE TABLE guest (\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n`,
    );
  });

  suiteTeardown(() => {
    if (repo !== '') rmSync(repo, { recursive: true, force: true });
  });

  test('lists the PI fields on changed lines only', async () => {
    const touched = await review({ ref: 'HEAD', root: repo, pick: false });
    assert.ok(touched, 'the command returned nothing');
    const summary = touched.map((t) => `${t.file}:${t.field}:${t.category}`);
    assert.ok(summary.includes('member.sql:lxdh:contact'), summary.join(', '));
    assert.ok(
      summary.includes('guest.sql:sfzh:id_number'),
      `an untracked file counts whole: ${summary.join(', ')}`,
    );
    assert.ok(
      summary.some((s) => s.startsWith('shop_orders.sql:shdz:')),
      summary.join(', '),
    );
    assert.ok(!summary.some((s) => s.startsWith('member.sql:xm:')), 'xm is on an unchanged line');
    assert.equal(
      touched.find((t) => t.file === 'shop_orders.sql')?.oldFile,
      'orders.sql',
      'the rename is followed',
    );
  });

  test('nothing is touched against the working tree itself after a commit', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'pilens-review-clean-'));
    try {
      git(clean, 'init', '-q');
      writeFileSync(join(clean, 'member.sql'), MEMBER_V2);
      git(clean, 'add', '.');
      git(clean, 'commit', '-q', '-m', 'all');
      assert.deepEqual(await review({ ref: 'HEAD', root: clean, pick: false }), []);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });

  test('picking a field opens the diff at it, the ref on the left', async () => {
    const touched = (await review({ ref: 'HEAD', root: repo, pick: false })) ?? [];
    const index = touched.findIndex((t) => t.file === 'member.sql' && t.field === 'lxdh');
    assert.ok(index >= 0);
    await review({ ref: 'HEAD', root: repo, pick: false, open: index });
    const tab = await waitFor('a diff editor', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff ? input : undefined;
    });
    assert.equal(tab.original.scheme, 'pilens-ref');
    assert.ok(tab.modified.fsPath.endsWith('member.sql'));
    const left = await vscode.workspace.openTextDocument(tab.original);
    assert.equal(left.getText(), MEMBER_V1, 'the left side is the file at HEAD');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, tab.modified.fsPath);
    assert.equal(editor.selection.start.line, touched[index]?.line, 'the diff opens at the field');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('an unknown ref is refused with git’s reason', async () => {
    await assert.rejects(
      Promise.resolve(review({ ref: 'no-such-branch', root: repo, pick: false })),
      /no-such-branch/,
    );
  });
});
