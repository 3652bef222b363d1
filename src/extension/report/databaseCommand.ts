/**
 * `pilens.estimateDatabaseTable`: the risk tier of a table where it lives. Connections come from
 * the `pilens.databases` setting (a name and a URL without its password); a password is asked
 * once and kept in VS Code's SecretStorage, never in settings, logs or messages. The table is
 * picked from the catalog; it is profiled on a sample and counted inside the database (only
 * aggregates come back), then reported as a file is. The drivers are pure JavaScript or
 * WebAssembly, loaded on first use.
 */
import * as vscode from 'vscode';
import { assessTallies } from '../../core/dataset/assess.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import type { DatabaseConnection } from '../../shared/settingsSchema.js';
import { COMMANDS } from '../commands.js';
import type { EstimateDeps } from './estimateCommand.js';
import { completeEstimate, type Counted, type SessionArgs } from './estimateSession.js';
import { toMapping } from './estimateArgs.js';
import type { ColumnMapping } from './mapping.js';

/** The command's arguments when run by automation or tests (every prompt skipped). */
interface DatabaseArgs extends SessionArgs {
  readonly connection?: string;
  readonly table?: string;
}

const secretKey = (name: string): string => `pilens.database.${name}`;

function parseArgs(raw: unknown): DatabaseArgs {
  if (raw === null || typeof raw !== 'object') return {};
  const o = raw as Record<string, unknown>;
  const mapping = toMapping(o.mapping);
  return {
    ...(typeof o.connection === 'string' ? { connection: o.connection } : {}),
    ...(typeof o.table === 'string' ? { table: o.table } : {}),
    ...(o.answers !== undefined ? { answers: o.answers } : {}),
    ...(mapping !== undefined ? { mapping } : {}),
    ...(typeof o.show === 'boolean' ? { show: o.show } : {}),
  };
}

export function registerDatabaseCommand(deps: EstimateDeps): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.estimateDatabaseTable, async (raw: unknown) => {
    const args = parseArgs(raw);
    try {
      return await runDatabaseEstimate(deps, args);
    } catch (error) {
      // By name: the error class lives in the lazily loaded database bundle (dist/dblib.js).
      if (error instanceof Error && error.name === 'CancelledError') {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('PI Lens: the estimate was cancelled; the database stopped the query.'),
        );
        return undefined;
      }
      // Driver messages are one line with the URL's password masked (dbErrors.ts).
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      deps.log.error(`Estimating a database table failed: ${reason}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('PI Lens could not estimate the table: {0}', reason));
      if (args.answers !== undefined) throw error; // automation wants the failure, not a toast
      return undefined;
    }
  });
}

async function runDatabaseEstimate(
  deps: EstimateDeps,
  args: DatabaseArgs,
): Promise<EstimateReport | undefined> {
  const connection = await pickConnection(deps, args.connection);
  if (connection === undefined) return undefined;
  const url = await withPassword(deps, connection);
  if (url === undefined) return undefined;
  const db = await import('../../node/db/estimateDb.js');
  const table =
    args.table ??
    (await vscode.window.showQuickPick(await db.listDatabaseTables(url), {
      title: vscode.l10n.t('PI Lens: which table of {0} should be estimated?', connection.name),
    }));
  if (table === undefined) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const decisions = folder !== undefined ? deps.configs.configFor(folder)?.decisions : undefined;
  const recount = async (mapping: ColumnMapping): Promise<Counted> =>
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('PI Lens: counting {0} in {1}', table, connection.name),
        cancellable: true,
      },
      async (_progress, token) => {
        const started = Date.now();
        // Cancel stops the running statement on the server (pg_cancel_backend, KILL QUERY).
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => {
          abort.abort();
        });
        const counted = await db
          .countDatabase(
            { url, tables: [table] },
            {
              map: mapping,
              decisions,
              reading: deps.settings.current.contestedReading,
            },
            { signal: abort.signal },
          )
          .finally(() => {
            subscription.dispose();
          });
        // Names and timings only: never a value, never the URL.
        deps.log.info(
          `Estimate of ${connection.name}/${table}: counted in the database in ${Date.now() - started} ms`,
        );
        return {
          parts: counted.parts,
          assess: (answers) => assessTallies(counted.parts, counted.tallies, answers, counted.union),
        };
      },
    );
  return completeEstimate(deps, args, recount);
}

async function pickConnection(
  deps: EstimateDeps,
  name: string | undefined,
): Promise<DatabaseConnection | undefined> {
  const all = deps.settings.current.databases;
  if (name !== undefined) {
    const found = all.find((c) => c.name === name);
    if (found === undefined)
      throw new Error(vscode.l10n.t('no database named "{0}" in the pilens.databases setting', name));
    return found;
  }
  if (all.length === 0) {
    const open = vscode.l10n.t('Open Settings');
    const chosen = await vscode.window.showInformationMessage(
      vscode.l10n.t(
        'PI Lens: add a database (a name and a URL without the password) to the pilens.databases setting first.',
      ),
      open,
    );
    if (chosen === open)
      await vscode.commands.executeCommand('workbench.action.openSettings', 'pilens.databases');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    all.map((c) => ({ label: c.name, description: c.url, connection: c })),
    { title: vscode.l10n.t('PI Lens: which database?') },
  );
  return picked?.connection;
}

/**
 * The URL with its password from SecretStorage (asked once, then kept). A password written in
 * the setting itself is refused: settings are synced and shared in plain text.
 */
async function withPassword(deps: EstimateDeps, connection: DatabaseConnection): Promise<string | undefined> {
  if (connection.url.startsWith('sqlite:')) return connection.url;
  const parsed = new URL(connection.url);
  if (parsed.password !== '')
    throw new Error(
      vscode.l10n.t(
        'the URL of "{0}" holds a password: remove it from the setting; PI Lens asks for it and keeps it in secret storage',
        connection.name,
      ),
    );
  const secrets = deps.context.secrets;
  let password = await secrets.get(secretKey(connection.name));
  if (password === undefined) {
    password = await vscode.window.showInputBox({
      title: vscode.l10n.t('PI Lens: password for {0}', connection.name),
      prompt: vscode.l10n.t('Kept in VS Code secret storage; leave empty if the server needs none.'),
      password: true,
      ignoreFocusOut: true,
    });
    if (password === undefined) return undefined;
    await secrets.store(secretKey(connection.name), password);
  }
  if (password !== '') parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
