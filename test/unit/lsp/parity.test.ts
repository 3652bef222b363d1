/**
 * One table of behaviour cases run through both editor engines, so they cannot drift: the
 * in-process path of the VS Code extension (core scanText with the options and the
 * shown-findings rule both hosts share, then the diagnostic text) and the language server
 * process. Each case's expectation is written inline; both must produce it, identically.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { scanText } from '../../../src/core/scan/index.js';
import { diagnosticMessage } from '../../../src/shared/findingText.js';
import { DEFAULT_SETTINGS } from '../../../src/shared/settingsSchema.js';
import { documentScanOptions, shownFindings } from '../../../src/shared/shownFindings.js';
import { openDocument, startServer, type LspSession } from '../../support/lspClient.js';

interface Case {
  readonly name: string;
  readonly file: string;
  readonly languageId: string;
  readonly text: string;
  /** `line:character category level` (0-based), in file order. */
  readonly expect: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'pinyin columns with Chinese comments in SQL',
    file: 'db/t_kh.sql',
    languageId: 'sql',
    text: "CREATE TABLE t_kh (\n  id BIGINT,\n  xm VARCHAR(50) COMMENT '姓名',\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n",
    expect: ['2:2 name information', '3:2 id_number warning'],
  },
  {
    name: 'an annotated field is acknowledged: no diagnostic',
    file: 'src/member.ts',
    languageId: 'typescript',
    text: 'export interface Member {\n  // @pi name\n  realName: string;\n  mobilePhone: string;\n}\n',
    expect: ['3:2 contact information'],
  },
  {
    name: 'a disabled line and a non-person owner',
    file: 'src/store.ts',
    languageId: 'typescript',
    text: 'export interface Store {\n  phone: string;\n}\nexport interface Customer {\n  // pilens-disable-next-line\n  idCardNumber: string;\n  homeAddress: string;\n}\n',
    expect: ['6:2 address information'],
  },
  {
    name: 'nothing personal',
    file: 'src/paging.ts',
    languageId: 'typescript',
    text: 'export interface Paging {\n  pageSize: number;\n  fileName: string;\n}\n',
    expect: [],
  },
];

const LEVELS: readonly string[] = ['', 'error', 'warning', 'information', 'hint'];

function inProcess(c: Case): { key: string; message: string }[] {
  const settings = DEFAULT_SETTINGS;
  const result = scanText(
    c.text,
    { path: c.file, languageId: c.languageId },
    documentScanOptions(settings, undefined, settings.contestedReading, undefined),
  );
  return shownFindings(result.findings, settings).shown.map(({ finding, level }) => ({
    key: `${String(finding.range.start.line)}:${String(finding.range.start.character)} ${finding.category} ${level}`,
    message: diagnosticMessage(finding, 'en', settings.contestedReading),
  }));
}

function fromServer(d: Diagnostic): { key: string; message: string } {
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  return {
    key: `${String(d.range.start.line)}:${String(d.range.start.character)} ${String(d.code)} ${LEVELS[d.severity ?? 0] ?? '?'}`,
    message,
  };
}

describe('one behaviour, two engines: in-process scan and language server', () => {
  let root: string;
  let session: LspSession;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'pilens-parity-'));
    session = await startServer({ rootUri: pathToFileURL(root).href, locale: 'en' });
  });
  after(async () => {
    if (session.child.exitCode === null) await session.close();
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const local = inProcess(c);
      assert.deepEqual(
        local.map((d) => d.key),
        c.expect,
        'in-process',
      );
      const uri = pathToFileURL(join(root, c.file)).href;
      await openDocument(session, uri, c.languageId, c.text);
      const remote = (await session.diagnostics(uri))
        .map(fromServer)
        .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
      assert.deepEqual(
        remote,
        [...local].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })),
        'server',
      );
    });
  }
});
