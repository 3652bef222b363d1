// Meta test: with the UI in Chinese, what the editor renders is Chinese. Every finding of the
// code fixtures and the editor fixtures is rendered as hover, Problems row and full explanation
// under both readings, every category of the legal model is explained, and any English word left
// outside code spans, link targets and the user's own identifiers fails the test.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, test } from 'node:test';
import { CATEGORY_KEYS, explainCategory, renderExplanationMarkdown } from '../../../src/core/law/index.js';
import { scanText } from '../../../src/core/scan/index.js';
import type { Finding } from '../../../src/core/types.js';
import { hasChineseEvidence } from '../../../src/shared/evidenceText.js';
import { explanationMarkdown } from '../../../src/shared/explanationText.js';
import { diagnosticMessage } from '../../../src/shared/findingText.js';
import { findingHoverMarkdown } from '../../../src/extension/hoverText.js';
import { flowDiagnosticMessage, flowHoverMarkdown } from '../../../src/shared/flowText.js';
import { documentFlows } from '../../../src/shared/shownFlows.js';
import { DEFAULT_SETTINGS } from '../../../src/shared/settingsSchema.js';
import { basename } from 'node:path';

const root = join(__dirname, '../../..');
const LANGUAGES: Readonly<Record<string, string>> = {
  '.ts': 'typescript',
  '.py': 'python',
  '.java': 'java',
  '.go': 'go',
  '.cs': 'csharp',
  '.kt': 'kotlin',
  '.sql': 'sql',
};

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && LANGUAGES[extname(f)] !== undefined);
}

const FIXTURES = [
  ...files(join(root, 'test/fixtures/code')),
  ...files(join(root, 'test/fixtures/workspace/editor')),
];

/** Words that are names, not English prose: the product, formats, acronyms kept in Chinese text. */
const ALLOWED = new Set(['PI', 'Lens', 'pilens', 'json', 'JSON', 'Luhn', 'Markdown']);

/**
 * The English words of a Chinese rendering: code spans, link targets and the user's own text
 * (field, owner, matched words) removed first, Markdown escapes undone.
 */
export function englishWords(text: string, userText: readonly string[] = []): string[] {
  let plain = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\\(.)/g, '$1');
  // Category keys are identifiers the UI shows in both languages (`minor_u14`).
  for (const u of [...userText, ...CATEGORY_KEYS].sort((a, b) => b.length - a.length))
    if (u !== '') plain = plain.split(u).join(' ');
  return [...plain.matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g)]
    .map((m) => m[0])
    .filter((w) => !ALLOWED.has(w) && !/^[A-Z0-9]{2,6}$/.test(w) && w.length > 2);
}

function userText(f: Finding): string[] {
  return [f.field, f.owner ?? '', f.category, ...f.evidence.map((e) => e.matched)];
}

describe('Chinese UI is complete', () => {
  test('the word finder finds English and spares names', () => {
    assert.deepEqual(englishWords('字段 from memory，`id_number` PI Lens'), ['from', 'memory']);
    assert.deepEqual(englishWords('拼音缩写“sfzh”', ['sfzh']), []);
    assert.deepEqual(englishWords('[详细说明](command:pilens.explainFinding?x)'), []);
  });

  test('fixtures give findings to render', () => {
    assert.ok(FIXTURES.length >= 6, FIXTURES.join(', '));
  });

  for (const file of FIXTURES) {
    const rel = file.slice(root.length + 1);
    test(`every finding of ${rel} renders in Chinese`, () => {
      const text = readFileSync(file, 'utf8');
      const languageId = LANGUAGES[extname(file)] ?? 'plaintext';
      const problems: string[] = [];
      for (const reading of ['strict', 'lenient'] as const) {
        const { findings } = scanText(text, { path: rel, languageId }, { contestedReading: reading });
        for (const f of findings) {
          const renderings = [
            findingHoverMarkdown(f, { locale: 'zh', reading, uri: 'file:///w/x', editable: true }),
            diagnosticMessage(f, 'zh', reading),
            explanationMarkdown(f, { locale: 'zh', reading }),
          ];
          for (const r of renderings) {
            const words = englishWords(r, userText(f));
            if (words.length > 0)
              problems.push(`${f.field} (${f.category}): ${[...new Set(words)].join(' ')}`);
          }
          for (const e of f.evidence)
            if (!hasChineseEvidence(e.detail))
              problems.push(`evidence without a Chinese rendering: ${e.detail}`);
        }
      }
      assert.deepEqual([...new Set(problems)], []);
    });
  }

  test('every evidence of an owner read as a person renders in Chinese (a card, a postal address)', () => {
    const text =
      'public class BankCard {\n  private String name;\n}\npublic class ShippingAddress {\n  private String name;\n}\n';
    const { findings } = scanText(text, { path: 'Owners.java', languageId: 'java' });
    const details = findings.flatMap((f) => f.evidence.map((e) => e.detail));
    assert.ok(
      details.some((d) => d.includes('card issued to a person')),
      details.join(' | '),
    );
    assert.ok(
      details.some((d) => d.includes('postal address')),
      details.join(' | '),
    );
    assert.deepEqual(
      details.filter((d) => !hasChineseEvidence(d)),
      [],
    );
  });

  test('every flow of the fixtures renders in Chinese: the sink row and the hover', () => {
    const problems: string[] = [];
    let flows = 0;
    for (const file of [...FIXTURES, join(root, 'test/fixtures/workspace/flows/memberService.ts')]) {
      const text = readFileSync(file, 'utf8');
      // Analysed as project code: under test/ the fixtures would read as tests, which have no flows.
      const path = `src/${basename(file)}`;
      for (const f of documentFlows(text, path, scanText(text, { path }), DEFAULT_SETTINGS)) {
        flows++;
        const names = [f.sink.callee, f.sink.target ?? '', f.sink.vendor ?? ''];
        for (const r of [flowHoverMarkdown(f, { locale: 'zh' }), flowDiagnosticMessage(f, 'zh')]) {
          const words = englishWords(r, names);
          if (words.length > 0)
            problems.push(`${basename(file)}:${String(f.line)}: ${[...new Set(words)].join(' ')}`);
          const m = INTERNAL.exec(r);
          if (m !== null) problems.push(`${basename(file)}:${String(f.line)}: ${m[0]}`);
        }
      }
    }
    assert.ok(flows >= 3, `only ${String(flows)} flows rendered`);
    assert.deepEqual([...new Set(problems)], []);
  });

  test('every category explanation is Chinese', () => {
    const problems: string[] = [];
    for (const key of CATEGORY_KEYS) {
      const md = renderExplanationMarkdown(explainCategory(key, { locale: 'zh', forField: true }));
      const words = englishWords(md, [key]);
      if (words.length > 0) problems.push(`${key}: ${[...new Set(words)].join(' ')}`);
    }
    assert.deepEqual(problems, []);
  });
});

/** Words of the project's own notes that must never reach a user. */
const INTERNAL =
  /legal-reference|audit-2026|from memory|来自记忆|参考资料|\ban? \d+-character\b|\(strong\)|\(weak\)/i;

describe('no internal wording reaches users', () => {
  test('the pattern catches what it must', () => {
    for (const bad of [
      '(legal-' + 'reference.md §9.2)',
      'from memory, unverified',
      'a 18-character string',
      '来自记忆',
    ])
      assert.match(bad, INTERNAL);
    assert.doesNotMatch('a string of 18 characters fits a resident ID number', INTERNAL);
  });

  for (const locale of ['en', 'zh'] as const) {
    test(`${locale}: hovers, rows, explanations and the category reference`, () => {
      const problems: string[] = [];
      for (const file of FIXTURES) {
        const languageId = LANGUAGES[extname(file)] ?? 'plaintext';
        for (const reading of ['strict', 'lenient'] as const) {
          for (const f of scanText(
            readFileSync(file, 'utf8'),
            { path: file, languageId },
            { contestedReading: reading },
          ).findings) {
            for (const r of [
              findingHoverMarkdown(f, { locale, reading, uri: 'file:///w/x', editable: true }),
              diagnosticMessage(f, locale, reading),
              explanationMarkdown(f, { locale, reading }),
            ]) {
              const m = INTERNAL.exec(r);
              if (m !== null) problems.push(`${f.field}: ${m[0]}`);
            }
          }
        }
      }
      for (const key of CATEGORY_KEYS) {
        const m = INTERNAL.exec(renderExplanationMarkdown(explainCategory(key, { locale })));
        if (m !== null) problems.push(`${key}: ${m[0]}`);
      }
      assert.deepEqual([...new Set(problems)], []);
    });
  }
});
