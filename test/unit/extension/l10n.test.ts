// Every runtime string passed to vscode.l10n.t has a Chinese translation, and the bundle
// carries no entry the code no longer uses.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const root = join(__dirname, '../../..');
// The editor's texts live in src/extension and, free of vscode, in src/shared (the LSP server uses them too).
const sourceDirs = ['extension', 'shared', 'lsp'].map((d) => join(root, 'src', d));
const bundle: Record<string, string> = JSON.parse(
  readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'),
);

/** The literal first arguments of `l10n.t(…)` calls, unescaped. */
function runtimeStrings(): Set<string> {
  const found = new Set<string>();
  const call = /l10n\.t\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")/g;
  // Recursive: the inventory, report and review features live in subfolders.
  for (const sourceDir of sourceDirs)
    for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    )) {
      const text = readFileSync(join(sourceDir, file), 'utf8');
      for (const match of text.matchAll(call)) {
        const single = match[1];
        found.add(
          single !== undefined
            ? single.replace(/\\(.)/g, '$1')
            : (JSON.parse(`"${match[2] ?? ''}"`) as string),
        );
      }
    }
  return found;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('runtime localization (l10n/bundle.l10n.zh-cn.json)', () => {
  const used = runtimeStrings();

  test('the source uses localized strings', () => {
    assert.ok(used.size > 20, `found only ${used.size}`);
  });

  for (const message of used) {
    test(`translated: ${message}`, () => {
      const translation = bundle[message];
      assert.ok(translation !== undefined && translation.trim() !== '', 'missing from the bundle');
      assert.deepEqual(placeholders(translation), placeholders(message), 'placeholders differ');
    });
  }

  test('no stale entries', () => {
    const stale = Object.keys(bundle).filter((key) => !used.has(key));
    assert.deepEqual(stale, []);
  });
});
