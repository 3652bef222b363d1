import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../src/core/types.js';

/**
 * The code fixtures and the kinds of edit an editor makes to them, for the incremental-scan
 * tests. Edits are derived from each file's own findings so they land on real declarations.
 */

const ROOT = path.join(process.cwd(), 'test/fixtures/code');

export interface Fixture {
  readonly path: string;
  readonly text: string;
}

/** Every file under test/fixtures/code, with its repository-relative path for dispatch. */
export function codeFixtures(): Fixture[] {
  return readdirSync(ROOT, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => ({
      path: path.relative(process.cwd(), file).split(path.sep).join('/'),
      text: readFileSync(file, 'utf8'),
    }));
}

export interface Edit {
  readonly name: string;
  readonly apply: (text: string) => string;
}

function splice(lines: string[], at: number, remove: number, ...insert: string[]): string[] {
  const copy = [...lines];
  copy.splice(at, remove, ...insert);
  return copy;
}

/** The declaration in the middle of the file (the interesting place for re-use on both sides). */
function middle(findings: readonly Finding[]): Finding | undefined {
  const declarations = findings.filter((f) => f.role === 'declaration');
  return declarations[declarations.length >> 1];
}

/**
 * The edits for one fixture: insert a field (a copy of a declared one, renamed), delete a
 * line, rename a field, type at the start and at the end, and replace everything.
 */
export function editsFor(findings: readonly Finding[], replacement: string): Edit[] {
  const f = middle(findings);
  const edits: Edit[] = [
    { name: 'type at the start', apply: (t) => `\n${t}` },
    { name: 'type at the end', apply: (t) => `${t}\n// trailing` },
    { name: 'delete the first character', apply: (t) => t.slice(1) },
    { name: 'replace everything', apply: () => replacement },
    { name: 'delete everything', apply: () => '' },
  ];
  if (f === undefined) return edits;
  const { line, character } = f.range.start;
  const end = f.range.end.character;
  edits.push(
    {
      name: `insert a field after ${f.field}`,
      apply: (t) => {
        const lines = t.split('\n');
        const source = lines[line] ?? '';
        const copy = `${source.slice(0, character)}backupMobile${source.slice(end)}`;
        return splice(lines, line + 1, 0, copy).join('\n');
      },
    },
    { name: `delete the line of ${f.field}`, apply: (t) => splice(t.split('\n'), line, 1).join('\n') },
    {
      name: `rename ${f.field}`,
      apply: (t) => {
        const lines = t.split('\n');
        const source = lines[line] ?? '';
        return splice(lines, line, 1, `${source.slice(0, character)}idCardNo${source.slice(end)}`).join('\n');
      },
    },
    {
      name: `half-typed line before ${f.field}`,
      apply: (t) => splice(t.split('\n'), line, 0, '  mobi').join('\n'),
    },
  );
  return edits;
}

/**
 * One random edit as an editor makes it, near a line start, a line end, a little into a line or
 * anywhere: a few characters removed and one of `pieces` typed. `next` is a seeded generator, so
 * a seed gives the same sequence of edits.
 */
export function randomEdit(text: string, next: () => number, pieces: readonly string[]): string {
  let at = Math.floor(next() * (text.length + 1));
  const r = next();
  if (r < 0.3) at = text.lastIndexOf('\n', at - 1) + 1;
  else if (r < 0.4 && at > 0) at = text.lastIndexOf('\n', at - 1);
  else if (r < 0.5) at = Math.min(text.length, text.lastIndexOf('\n', at - 1) + 1 + Math.floor(next() * 6));
  const remove = next() < 0.4 ? Math.floor(next() * 6) : 0;
  const insert = next() < 0.85 ? (pieces[Math.floor(next() * pieces.length)] ?? '') : '';
  return text.slice(0, Math.max(0, at)) + insert + text.slice(Math.max(0, at) + remove);
}
