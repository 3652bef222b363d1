/**
 * The server's team-decision quick fixes (the extension's "Record for the team in .pilens.json")
 * and its validation of `.pilens.json`, through the real server process.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig } from '../../../src/core/config/parse.js';
import { FIXTURES } from '../cli/harness.js';
import { openDocument, startServer, type LspSession } from '../../support/lspClient.js';

const uriOf = (path: string): string => pathToFileURL(path).href;
const SQL = "CREATE TABLE t_ry (\n  id BIGINT,\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n";

const EDITING_CLIENT: ClientCapabilities = {
  textDocument: { publishDiagnostics: { versionSupport: true } },
  workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
};

function project(config?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'pilens-lsp-decisions-'));
  cpSync(join(FIXTURES, 'project'), root, { recursive: true });
  writeFileSync(join(root, 'db/team.sql'), SQL);
  if (config !== undefined) writeFileSync(join(root, '.pilens.json'), config);
  return root;
}

async function actionsOn(session: LspSession, uri: string, code: string): Promise<CodeAction[]> {
  const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === code);
  assert.ok(diagnostic, `a ${code} diagnostic`);
  return session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
}

const teamActions = (actions: CodeAction[]): CodeAction[] =>
  actions.filter((a) => a.title.startsWith('Record for the team in .pilens.json'));

/** The text a client would have after applying the action's edits to `before`. */
function applied(action: CodeAction | undefined, before: string): string {
  const change = action?.edit?.documentChanges?.find((c): c is TextDocumentEdit => 'edits' in c);
  assert.ok(change, 'a text edit of .pilens.json');
  return TextDocument.applyEdits(TextDocument.create('x', 'json', 0, before), change.edits as TextEdit[]);
}

describe('pilens lsp: team decisions and .pilens.json', () => {
  const sessions: LspSession[] = [];
  const start = async (root: string, capabilities = EDITING_CLIENT): Promise<LspSession> => {
    const session = await startServer({ rootUri: uriOf(root), capabilities });
    sessions.push(session);
    return session;
  };
  after(async () => {
    for (const s of sessions) if (s.child.exitCode === null) await s.close();
  });

  describe('with a .pilens.json', () => {
    const config = '{\n  // the team\'s file\n  "contestedReading": "strict"\n}\n';
    let root: string;
    let session: LspSession;
    before(async () => {
      root = project(config);
      session = await start(root);
      await openDocument(session, uriOf(join(root, 'db/team.sql')), 'sql', SQL);
    });

    it('records not PI and the category in the existing file, keeping its comment', async () => {
      const actions = teamActions(await actionsOn(session, uriOf(join(root, 'db/team.sql')), 'id_number'));
      assert.deepEqual(
        actions.map((a) => a.title),
        [
          'Record for the team in .pilens.json: t_ry.sfzh is not personal information',
          'Record for the team in .pilens.json: t_ry.sfzh is id_number',
        ],
      );
      const change = actions[0]?.edit?.documentChanges?.[0] as TextDocumentEdit;
      assert.equal(change.textDocument.uri, uriOf(join(root, '.pilens.json')));
      assert.equal(change.textDocument.version, null);
      const notPi = applied(actions[0], config);
      assert.match(notPi, /\/\/ the team's file/);
      const parsed = parseConfig(notPi);
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.config.decisions, [{ owner: 't_ry', field: 'sfzh', category: 'none' }]);
      const confirmed = parseConfig(applied(actions[1], config));
      assert.ok(confirmed.ok);
      assert.equal(confirmed.config.decisions?.[0]?.category, 'id_number');
    });

    it('edits the open editor of .pilens.json at its version, and validates it as it changes', async () => {
      const uri = uriOf(join(root, '.pilens.json'));
      const broken = '{\n  "contestedReading": "sometimes"\n}\n';
      await openDocument(session, uri, 'json', broken, 7);
      const problems = await session.diagnostics(uri, (p) => p.version === 7);
      assert.equal(problems.length, 1);
      const [problem] = problems as [Diagnostic];
      assert.equal(problem.source, 'pilens');
      assert.equal(problem.range.start.line, 1);
      assert.match(
        typeof problem.message === 'string' ? problem.message : problem.message.value,
        /^\.pilens\.json: /,
      );
      // An invalid file is not rewritten behind the user: no decision actions.
      assert.deepEqual(
        teamActions(await actionsOn(session, uriOf(join(root, 'db/team.sql')), 'id_number')),
        [],
      );
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 8 },
        contentChanges: [{ text: config }],
      });
      assert.deepEqual(await session.diagnostics(uri, (p) => p.version === 8), []);
      const actions = teamActions(await actionsOn(session, uriOf(join(root, 'db/team.sql')), 'id_number'));
      assert.equal((actions[0]?.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 8);
    });
  });

  it('creates .pilens.json at the root when the client can, and offers nothing when it cannot', async () => {
    const root = project();
    const creating = await start(root);
    const uri = uriOf(join(root, 'db/team.sql'));
    await openDocument(creating, uri, 'sql', SQL);
    const [first] = teamActions(await actionsOn(creating, uri, 'id_number'));
    const [create, edit] = first?.edit?.documentChanges ?? [];
    assert.deepEqual(create, {
      kind: 'create',
      uri: uriOf(join(root, '.pilens.json')),
      options: { ignoreIfExists: true },
    });
    const parsed = parseConfig(
      applied({ title: '', edit: { documentChanges: [edit as TextDocumentEdit] } }, ''),
    );
    assert.ok(parsed.ok);
    assert.equal(parsed.config.decisions?.[0]?.field, 'sfzh');

    const plain = await start(root, { textDocument: { publishDiagnostics: { versionSupport: true } } });
    await openDocument(plain, uri, 'sql', SQL);
    assert.deepEqual(teamActions(await actionsOn(plain, uri, 'id_number')), []);
    assert.ok((await actionsOn(plain, uri, 'id_number')).length > 0, 'the annotation fixes remain');
  });

  it('never records a name that holds a personal value', async () => {
    const root = project('{}\n');
    const session = await start(root);
    const uri = uriOf(join(root, 'src/phones.ts'));
    // A key that is itself a mobile number is masked in findings; no decision may name it.
    const text = 'export const contactByPhone = {\n  "13812345678": { mobile: "x" },\n};\n';
    writeFileSync(join(root, 'src/phones.ts'), text);
    await openDocument(session, uri, 'typescript', text);
    const diagnostics = await session.diagnostics(uri);
    for (const d of diagnostics) {
      const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      for (const a of teamActions(actions)) assert.doesNotMatch(a.title, /13812345678/);
    }
    assert.equal(readFileSync(join(root, '.pilens.json'), 'utf8'), '{}\n');
  });
});
