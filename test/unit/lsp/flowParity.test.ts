/**
 * Sinks in every host from one code path: the diagnostics the language server publishes at the
 * sinks of a TypeScript and a Python file are the flows `pilens scan --flows` reports for the
 * same files (line, column, kind, categories), and their messages and hovers are the ones the
 * VS Code extension renders in process (shownFlows.ts, flowText.ts). The fields are published
 * before the flows are traced, then again beside them. Turning `pilens.severity.flows` off
 * removes them and leaves the field diagnostics.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { ReportedFlow } from '../../../src/core/report/flows.js';
import { flowDiagnosticMessage, flowHoverMarkdown } from '../../../src/shared/flowText.js';
import { isFlowCode } from '../../../src/shared/shownFlows.js';
import { pilens, writeFile } from '../cli/harness.js';
import { openDocument, startServer, type LspSession } from '../../support/lspClient.js';

const PYTHON = [
  'import logging',
  'import requests',
  '',
  'logger = logging.getLogger(__name__)',
  '',
  '',
  'def notify(user):',
  '    phone = user.mobile',
  '    logger.info("notify %s", phone)',
  '    requests.post("https://dysmsapi.aliyuncs.com/send", json={"to": phone})',
  '    logger.info("done")',
  '',
].join('\n');

const FILES = [
  {
    rel: 'src/memberService.ts',
    languageId: 'typescript',
    text: readFileSync(join(__dirname, '../../fixtures/workspace/flows/memberService.ts'), 'utf8'),
  },
  { rel: 'app/notify.py', languageId: 'python', text: PYTHON },
];

const uriOf = (path: string): string => pathToFileURL(path).href;
const key = (line: number, column: number, code: string, categories: readonly string[]): string =>
  `${String(line)}:${String(column)} ${code} ${categories.join(',')}`;

describe('sinks: language server, CLI --flows and the extension agree', () => {
  let root: string;
  let session: LspSession;
  let cliFlows: ReportedFlow[];
  let flowsOff = false;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'pilens-flows-'));
    for (const f of FILES) writeFile(root, f.rel, f.text);
    const scan = await pilens(root, 'scan', '.', '--flows', '--format', 'json');
    cliFlows = (JSON.parse(scan.stdout) as { flows: ReportedFlow[] }).flows;
    session = await startServer({
      rootUri: uriOf(root),
      locale: 'en',
      configuration: () => (flowsOff ? { severity: { flows: 'off' } } : {}),
    });
  });
  after(async () => {
    if (session.child.exitCode === null) await session.close();
  });

  for (const { rel, languageId, text } of FILES) {
    it(`${rel}: one diagnostic per flow of pilens scan --flows, same words, same hover`, async () => {
      const expected = cliFlows.filter((f) => f.file === rel);
      assert.ok(expected.length >= 2, `the CLI finds flows in ${rel}`);
      const uri = uriOf(join(root, rel));
      await openDocument(session, uri, languageId, text);
      // The fields are published first, then again with the flows (server.ts).
      const all = await session.diagnostics(uri, (p) => p.diagnostics.some((d) => isFlowCode(d.code)));
      const first = session.published.find((p) => p.uri === uri)?.diagnostics ?? [];
      assert.deepEqual(
        first.filter((d) => isFlowCode(d.code)),
        [],
        'the first publish carries the fields only',
      );
      assert.deepEqual(
        all.filter((d) => !isFlowCode(d.code)),
        first,
        'the second repeats the fields beside the flows',
      );
      const sinks = all.filter((d: Diagnostic) => isFlowCode(d.code));
      assert.deepEqual(
        sinks.map((d) => {
          const flow = expected.find((f) => f.line === d.range.start.line + 1);
          return key(
            d.range.start.line + 1,
            d.range.start.character + 1,
            String(d.code),
            flow?.categories ?? [],
          );
        }),
        expected.map((f) => key(f.line, f.column, `flow/${f.sink.kind}`, f.categories)),
      );
      for (const flow of expected) {
        const d = sinks.find((s) => s.range.start.line + 1 === flow.line);
        assert.equal(d?.message, flowDiagnosticMessage(flow, 'en'));
        const hover = await session.connection.sendRequest<Hover>('textDocument/hover', {
          textDocument: { uri },
          position: { line: flow.line - 1, character: flow.column },
        });
        assert.equal((hover.contents as MarkupContent).value, flowHoverMarkdown(flow, { locale: 'en' }));
      }
    });
  }

  it('a file without flows is published once, its fields', async () => {
    const uri = uriOf(join(root, 'src/plain.ts'));
    await openDocument(session, uri, 'typescript', 'export interface Member {\n  idCardNo: string;\n}\n');
    const diagnostics = await session.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['id_number'],
    );
    // A hover needs the flows: once answered, they are traced and any second publish was sent.
    await session.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 3 },
    });
    assert.equal(session.published.filter((p) => p.uri === uri).length, 1);
  });

  it('pilens.severity.flows off: no sink diagnostics, the fields stay', async () => {
    flowsOff = true;
    // Only a publish after the change counts: the fields went out alone before (server.ts).
    const count = session.published.length;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = uriOf(join(root, 'src/memberService.ts'));
    const diagnostics = await session.diagnostics(
      uri,
      (p) => session.published.indexOf(p) >= count && !p.diagnostics.some((d) => isFlowCode(d.code)),
    );
    assert.ok(
      diagnostics.some((d) => d.code === 'id_number'),
      'field diagnostics stay',
    );
  });
});
