/**
 * `pilens lsp --stdio` reads what other files' records say of a document's (issue 9), as
 * `pilens scan <folder>` and the VS Code extension do: a record linked to a Patient declared in
 * another file is a clinical record, and a link saved later reaches the open document.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspWorkspaceLinks } from '../../../src/lsp/workspaceLinks.js';
import { DEFAULT_SETTINGS } from '../../../src/shared/settingsSchema.js';
import { openDocument, startServer, type LspSession } from '../../support/lspClient.js';

const FILES: Record<string, string> = {
  'src/patient.ts': 'export interface Patient {\n  id: string;\n  careGoals: CareGoal[];\n}\n',
  'src/careGoal.ts': 'export interface CareGoal {\n  id: string;\n  description: string;\n}\n',
  'src/clinical.ts':
    'export interface Prescription {\n  patientId: string;\n  drug: string;\n}\n' +
    'export interface Diagnosis {\n  patientId: string;\n  icd10: string;\n}\n',
  'src/followUp.ts':
    'export interface FollowUp {\n  id: string;\n  contactPhone: string;\n  description: string;\n}\n',
};

const uriOf = (path: string): string => pathToFileURL(path).href;
/** Our diagnostic on `field`: its message starts with the field's name, as pilens scan's rows. */
const on =
  (field: string) =>
  (d: Diagnostic): boolean =>
    (typeof d.message === 'string' ? d.message : d.message.value).startsWith(`${field}:`);

describe('pilens lsp --stdio: links between the workspace records', () => {
  let root: string;
  let session: LspSession;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'pilens-lsp-links-'));
    mkdirSync(join(root, 'src'));
    for (const [rel, text] of Object.entries(FILES)) writeFileSync(join(root, rel), text);
    session = await startServer({ rootUri: uriOf(root) });
  });
  after(async () => {
    if (session.child.exitCode === null) await session.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads a record listed by a Patient in another file as clinical', { timeout: 30_000 }, async () => {
    const path = join(root, 'src/careGoal.ts');
    await openDocument(session, uriOf(path), 'typescript', FILES['src/careGoal.ts'] ?? '');
    const diagnostics = await session.diagnostics(uriOf(path), (p) => p.diagnostics.some(on('description')));
    const description = diagnostics.find(on('description'));
    assert.equal(description?.code, 'health');
  });

  it('a link saved later reaches an open document', { timeout: 30_000 }, async () => {
    const path = join(root, 'src/followUp.ts');
    const uri = uriOf(path);
    await openDocument(session, uri, 'typescript', FILES['src/followUp.ts'] ?? '');
    const first = await session.diagnostics(uri, (p) => p.diagnostics.some(on('contactPhone')));
    assert.ok(!first.some(on('description')), 'nothing links FollowUp yet');

    const patient = join(root, 'src/patient.ts');
    const linked = (FILES['src/patient.ts'] ?? '').replace(
      'careGoals: CareGoal[];',
      'careGoals: CareGoal[];\n  followUps: FollowUp[];',
    );
    writeFileSync(patient, linked);
    await openDocument(session, uriOf(patient), 'typescript', linked);
    await session.connection.sendNotification('textDocument/didSave', {
      textDocument: { uri: uriOf(patient) },
    });
    const later = await session.diagnostics(uri, (p) => p.diagnostics.some(on('description')));
    assert.equal(later.find(on('description'))?.code, 'health');
  });

  it(
    'a file created and then deleted outside the editor links and unlinks',
    { timeout: 30_000 },
    async () => {
      const path = join(root, 'src/visitNote.ts');
      const uri = uriOf(path);
      const text = 'export interface VisitNote {\n  id: string;\n  description: string;\n}\n';
      const watched = (type: FileChangeType, file: string): Promise<void> =>
        session.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uriOf(file), type }],
        });
      writeFileSync(path, text);
      await watched(FileChangeType.Created, path);
      await openDocument(session, uri, 'typescript', text);
      const first = await session.diagnostics(uri, () => true);
      assert.ok(!first.some(on('description')), 'nothing links VisitNote yet');

      const ward = join(root, 'src/ward.ts');
      writeFileSync(ward, 'export interface Inpatient {\n  patientId: string;\n  notes: VisitNote[];\n}\n');
      await watched(FileChangeType.Created, ward);
      const linked = await session.diagnostics(uri, (p) => p.diagnostics.some(on('description')));
      assert.equal(linked.find(on('description'))?.code, 'health');

      rmSync(ward);
      await watched(FileChangeType.Deleted, ward);
      const unlinked = await session.diagnostics(uri, (p) => !p.diagnostics.some(on('description')));
      assert.ok(!unlinked.some(on('description')));
    },
  );
});

describe('LspWorkspaceLinks: a file is read again only when it changed', () => {
  it('a save and the watcher event after it read the file once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pilens-lsp-stamps-'));
    try {
      const careGoal = join(root, 'careGoal.ts');
      writeFileSync(join(root, 'patient.ts'), FILES['src/patient.ts'] ?? '');
      writeFileSync(careGoal, FILES['src/careGoal.ts'] ?? '');
      writeFileSync(join(root, 'clinical.ts'), FILES['src/clinical.ts'] ?? '');
      let configReads = 0;
      let linked!: () => void;
      const read = new Promise<void>((done) => (linked = done));
      const links = new LspWorkspaceLinks(
        {
          configFor: () => {
            configReads++;
            return {};
          },
          sourcePathOf: (path) => relative(root, path),
        },
        () => {
          linked();
        },
      );
      links.current(root, DEFAULT_SETTINGS);
      await read;

      const before = configReads;
      links.readFiles([careGoal]);
      assert.equal(configReads, before, 'unchanged since the workspace was read: not read again');

      writeFileSync(careGoal, (FILES['src/careGoal.ts'] ?? '').replace('description', 'goalText'));
      links.readFiles([careGoal]);
      const afterSave = configReads;
      assert.ok(afterSave > before, 'changed on disk: read again');
      links.readFiles([careGoal]);
      assert.equal(configReads, afterSave, 'the watcher event after the save: not read again');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
