/** The language server's pure pieces: settings sections, plain-text hovers, quick-fix edits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { DEFAULT_SETTINGS } from '../../../src/shared/settingsSchema.js';
import { codeActionsFor } from '../../../src/lsp/codeActions.js';
import { markdownToPlainText } from '../../../src/lsp/hoverContent.js';
import { settingsFromSection } from '../../../src/lsp/lspSettings.js';

describe('settingsFromSection', () => {
  it('reads nested and dotted keys', () => {
    assert.equal(settingsFromSection({ severity: { classA: 'error' } }).severity.classA, 'error');
    assert.equal(settingsFromSection({ 'severity.classB': 'hint' }).severity.classB, 'hint');
    assert.equal(settingsFromSection({ law: { contestedReading: 'lenient' } }).contestedReading, 'lenient');
  });
  it('falls back to the defaults for missing, malformed or non-object sections', () => {
    assert.deepEqual(settingsFromSection(null), DEFAULT_SETTINGS);
    assert.deepEqual(settingsFromSection('pilens'), DEFAULT_SETTINGS);
    assert.equal(settingsFromSection({ severity: { classA: 'loud' } }).severity.classA, 'warning');
    assert.equal(settingsFromSection({ debounceMs: -5 }).debounceMs, DEFAULT_SETTINGS.debounceMs);
  });
});

describe('markdownToPlainText', () => {
  it('drops headings, emphasis, ticks, escapes and link targets', () => {
    assert.equal(
      markdownToPlainText('# Title\n**Class B** `id_number` \\(Art. 5\\) [docs](https://x.invalid)  '),
      'Title\nClass B id_number (Art. 5) docs',
    );
  });
  it('leaves plain text alone', () => {
    assert.equal(
      markdownToPlainText('≥ 500 pieces; 5,000 especially serious'),
      '≥ 500 pieces; 5,000 especially serious',
    );
  });
});

describe('codeActionsFor', () => {
  const diagnostic = (line: number, source = 'pilens'): Diagnostic => ({
    range: { start: { line, character: 2 }, end: { line, character: 6 } },
    message: 'sfzh: …',
    source,
    code: 'id_number',
  });

  it('inserts the annotation above the field, indented, with the file line ending', () => {
    const doc = TextDocument.create('file:///t.py', 'python', 1, 'class User:\r\n    sfzh = None\r\n');
    const actions = codeActionsFor(doc, [diagnostic(1)], 'en');
    const edit = actions[0]?.edit?.changes?.['file:///t.py']?.[0];
    assert.deepEqual(edit, {
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
      newText: '    # @pi id_number\r\n',
    });
    assert.equal(actions[0]?.isPreferred, true);
    assert.equal(actions.length, 6);
  });
  it('offers nothing for a language without comments or for another tool’s diagnostic', () => {
    const json = TextDocument.create('file:///t.json', 'json', 1, '{\n  "sfzh": ""\n}\n');
    assert.deepEqual(codeActionsFor(json, [diagnostic(1)], 'en'), []);
    const py = TextDocument.create('file:///t.py', 'python', 1, 'class User:\n    sfzh = None\n');
    assert.deepEqual(codeActionsFor(py, [diagnostic(1, 'pylint')], 'en'), []);
  });
  it('speaks Chinese when the display language is Chinese', () => {
    const py = TextDocument.create('file:///t.py', 'python', 1, 'class User:\n    sfzh = None\n');
    const [first] = codeActionsFor(py, [diagnostic(1)], 'zh');
    assert.ok(first);
    assert.notEqual(first.title, codeActionsFor(py, [diagnostic(1)], 'en')[0]?.title);
  });
});
