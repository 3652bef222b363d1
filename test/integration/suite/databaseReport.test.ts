// `pilens.estimateDatabaseTable` in the real VS Code: a connection from the pilens.databases
// setting (a SQLite file written by the sqlite3 shell with the rows of the CSV fixture), the
// table named by automation, counted inside the database — the same report as the CSV file's.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri } from './helpers.js';

const HOLD = { conduct: 'hold', insider: false, priorRecord: false };

interface Report {
  tier: string;
  pieces: Record<'A' | 'B' | 'C', number>;
  byCategory: Record<string, number>;
  persons: number;
  records: number;
  parts: { source?: { engine: string; table: string; counted: string } }[];
}

suite('estimate: pilens.estimateDatabaseTable', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('pilens');
  suiteSetup(async () => {
    const url = `sqlite:${fixtureUri('datasets/customers.sqlite').fsPath}`;
    await config().update('databases', [{ name: 'fixture', url }], vscode.ConfigurationTarget.Workspace);
  });
  suiteTeardown(async () => {
    await config().update('databases', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('a table of a configured database gives the report of the same rows as a file', async () => {
    const args = { answers: HOLD, mapping: {}, show: false };
    const db = await vscode.commands.executeCommand<Report | undefined>('pilens.estimateDatabaseTable', {
      ...args,
      connection: 'fixture',
      table: 'customers',
    });
    const file = await vscode.commands.executeCommand<Report | undefined>('pilens.estimateRiskTier', {
      ...args,
      uri: fixtureUri('datasets/customers-export.csv'),
    });
    assert.ok(db !== undefined && file !== undefined);
    assert.deepEqual(
      {
        tier: db.tier,
        pieces: db.pieces,
        byCategory: db.byCategory,
        persons: db.persons,
        records: db.records,
      },
      {
        tier: file.tier,
        pieces: file.pieces,
        byCategory: file.byCategory,
        persons: file.persons,
        records: file.records,
      },
    );
    assert.deepEqual(db.parts[0]?.source, {
      engine: 'SQLite',
      database: fixtureUri('datasets/customers.sqlite').fsPath,
      table: 'customers',
      counted: 'in-database',
    });
  });

  test('an unknown connection or table fails with one line, naming it', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('pilens.estimateDatabaseTable', {
          connection: 'nope',
          table: 'customers',
          answers: HOLD,
        }),
      ),
      /no database named "nope"/,
    );
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('pilens.estimateDatabaseTable', {
          connection: 'fixture',
          table: 'no_such',
          answers: HOLD,
        }),
      ),
      /no_such does not exist/,
    );
  });
});
