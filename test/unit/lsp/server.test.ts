/**
 * `pilens lsp --stdio` as an editor sees it: a real child process spoken to over JSON-RPC.
 * The findings published for a SQL and a TypeScript file are the findings `pilens scan` reports
 * for the same files; hovers, code actions, settings, `.pilens.json` reload, hostile input and
 * a clean shutdown are checked beside them.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { pilens, FIXTURES } from '../cli/harness.js';
import { openDocument, startServer, type LspSession } from '../../support/lspClient.js';

const FILES = [
  { rel: 'db/schema.sql', languageId: 'sql' },
  { rel: 'src/models/user.ts', languageId: 'typescript' },
];

/** One line per finding: position, category and field, comparable between the two paths. */
function fromDiagnostic(d: Diagnostic): string {
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  const field = message.slice(0, message.indexOf(':'));
  return `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${String(d.code)} ${field}`;
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'pilens-lsp-'));
  cpSync(join(FIXTURES, 'project'), root, { recursive: true });
  return root;
}

const uriOf = (path: string): string => pathToFileURL(path).href;

describe('pilens lsp --stdio', () => {
  let root: string;
  let session: LspSession;

  before(async () => {
    root = project();
    session = await startServer({ rootUri: uriOf(root) });
  });
  after(async () => {
    if (session.child.exitCode === null) await session.close();
  });

  for (const { rel, languageId } of FILES) {
    it(`publishes the findings pilens scan reports for ${rel}`, async () => {
      const path = join(root, rel);
      const scan = await pilens(root, 'scan', rel, '--format', 'json');
      const expected = (JSON.parse(scan.stdout) as { findings: Record<string, unknown>[] }).findings.map(
        (f) =>
          `${String(f.line)}:${String(f.column)}-${String(f.endLine)}:${String(f.endColumn)} ${String(f.category)} ${String(f.field)}`,
      );
      assert.ok(expected.length >= 3, `the fixture has findings (${scan.stderr})`);
      await openDocument(session, uriOf(path), languageId, readFileSync(path, 'utf8'));
      const diagnostics = await session.diagnostics(uriOf(path));
      assert.deepEqual(diagnostics.map(fromDiagnostic).sort(), [...expected].sort());
      assert.ok(diagnostics.every((d) => d.source === 'pilens'));
    });
  }

  it('explains a flagged field on hover, in Markdown, and nothing elsewhere', async () => {
    const uri = uriOf(join(root, 'db/schema.sql'));
    const diagnostics = await session.diagnostics(uri);
    const sfzh = diagnostics.find((d) => d.code === 'id_number');
    assert.ok(sfzh);
    const hover = await session.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: sfzh.range.start,
    });
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /id_number/);
    assert.match(contents.value, /253/);
    const nothing = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    assert.equal(nothing, null);
  });

  it('offers annotate, not PI and ignore as workspace edits in the comment syntax of the file', async () => {
    const uri = uriOf(join(root, 'db/schema.sql'));
    const diagnostic = (await session.diagnostics(uri)).find((d) => d.code === 'id_number');
    assert.ok(diagnostic);
    const foreign: Diagnostic = { ...diagnostic, source: 'other-linter' };
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic, foreign] },
    });
    const inserted = actions.map((a) => a.edit?.changes?.[uri]?.[0]?.newText);
    assert.ok(inserted.includes('  -- @pi id_number\n'), JSON.stringify(inserted));
    assert.ok(inserted.includes('  -- @pi none\n'));
    assert.ok(inserted.includes('  -- pilens-disable-next-line id_number\n'));
    assert.equal(actions.filter((a) => a.isPreferred === true).length, 1);
    assert.ok(actions.every((a) => a.diagnostics?.every((d) => d.source === 'pilens')));
    const none = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [foreign] },
    });
    assert.deepEqual(none, []);
  });

  it('drops a stale version: only the last of quick edits is published', async () => {
    const uri = uriOf(join(root, 'src/edited.ts'));
    await openDocument(session, uri, 'typescript', 'export interface Account { id: number }\n');
    assert.deepEqual(await session.diagnostics(uri), []);
    const change = (version: number, text: string) =>
      session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    await change(2, 'export interface Account { id: number; idCardNumber: string }\n');
    await change(3, 'export interface Account { id: number; homeAddress: string }\n');
    const last = await session.diagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(
      last.map((d) => d.code),
      ['address'],
    );
    assert.equal(session.published.filter((p) => p.uri === uri && p.version === 2).length, 0);
  });

  it('survives binary content, garbage and an oversized file, and keeps answering', async () => {
    const binary = uriOf(join(root, 'blob.ts'));
    await openDocument(
      session,
      binary,
      'typescript',
      `idCardNumber\u0000\u0001\u0002${'\u0000'.repeat(100)}`,
    );
    assert.deepEqual(await session.diagnostics(binary), []);
    const huge = uriOf(join(root, 'huge.sql'));
    await openDocument(
      session,
      huge,
      'sql',
      `CREATE TABLE u (sfzh VARCHAR(18));\n-- ${'x'.repeat(1100 * 1024)}\n`,
    );
    assert.deepEqual(await session.diagnostics(huge), []);
    const garbage = uriOf(join(root, 'garbage.sql'));
    await openDocument(session, garbage, 'sql', "CREATE TABLE ((( \u{1F600} `;;; COMMENT '\n".repeat(500));
    await session.diagnostics(garbage);
    const hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: binary },
      position: { line: 0, character: 2 },
    });
    assert.equal(hover, null);
    assert.equal(session.child.exitCode, null, 'the server is still running');
  });

  it('applies the nearest .pilens.json and re-reads it when the client reports a change', async () => {
    const other = project();
    const config = join(other, '.pilens.json');
    writeFileSync(config, JSON.stringify({ ignores: ['db/**'] }));
    const uri = uriOf(join(other, 'db/schema.sql'));
    await openDocument(session, uri, 'sql', readFileSync(join(other, 'db/schema.sql'), 'utf8'));
    assert.deepEqual(await session.diagnostics(uri), []);
    writeFileSync(config, '{}');
    const count = session.published.length;
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    const reread = await session.diagnostics(uri, (p) => session.published.indexOf(p) >= count);
    assert.equal(reread.length, 3);
  });

  it('ends with exit code 0 after shutdown and exit', async () => {
    assert.equal(await session.close(), 0);
  });
});

describe('pilens lsp --stdio: other clients', () => {
  it(
    'reads pilens.* through workspace/configuration, and scans an opened file without the debounce',
    { timeout: 30_000 },
    async () => {
      // Defaults show class C (name, contact: the first test); here class C is off. The debounce
      // of a minute applies to edits only: the opened file is published at once.
      const root = project();
      const uri = uriOf(join(root, 'db/schema.sql'));
      const session = await startServer({
        rootUri: uriOf(root),
        configuration: (section) =>
          section === 'pilens' ? { severity: { classC: 'off' }, debounceMs: 60_000 } : null,
      });
      try {
        await openDocument(session, uri, 'sql', readFileSync(join(root, 'db/schema.sql'), 'utf8'));
        assert.deepEqual(
          (await session.diagnostics(uri)).map((d) => d.code),
          ['id_number'],
        );
      } finally {
        await session.close();
      }
    },
  );

  it('falls back to plain text hovers for a client without Markdown', async () => {
    const root = project();
    const session = await startServer({
      rootUri: uriOf(root),
      capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] } } },
    });
    try {
      const uri = uriOf(join(root, 'db/schema.sql'));
      await openDocument(session, uri, 'sql', readFileSync(join(root, 'db/schema.sql'), 'utf8'));
      const sfzh = (await session.diagnostics(uri)).find((d) => d.code === 'id_number');
      assert.ok(sfzh);
      const hover = await session.connection.sendRequest<Hover>('textDocument/hover', {
        textDocument: { uri },
        position: sfzh.range.start,
      });
      const contents = hover.contents as MarkupContent;
      assert.equal(contents.kind, 'plaintext');
      assert.match(contents.value, /id_number/);
      assert.doesNotMatch(contents.value, /\*\*|^#/m);
    } finally {
      await session.close();
    }
  });

  it('ends with exit code 1 on exit without shutdown', async () => {
    const abrupt = await startServer();
    const exited = new Promise<number | null>((done) =>
      abrupt.child.on('exit', (code) => {
        done(code);
      }),
    );
    await abrupt.connection.sendNotification('exit');
    assert.equal(await exited, 1);
    abrupt.connection.dispose();
  });
});
