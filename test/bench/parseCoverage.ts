/**
 * Parse coverage on real checkouts (issue 9: "every valid source file parses"): runs each
 * structure-aware extractor over every file it handles, the way a scan picks it, and counts per
 * extractor the files read, the files that fell back to the generic scanner (a parse error) and
 * the fields whose name or owner is not an identifier of the language (a struct-tag word taken
 * for a field, an OpenAPI path taken for an owner). The checkouts never enter the repository.
 *
 * Run: `npx tsx test/bench/parseCoverage.ts <checkout>… [--list]` (`--list` names each file that
 * failed and each odd field, with the error).
 */
import { extname, resolve } from 'node:path';
import { extractors } from '../../src/core/scan/registry.js';
import { toolFileKind } from '../../src/core/scan/manifests.js';
import { readTextFile } from '../../src/node/readText.js';
import { walkFiles } from '../../src/node/walk.js';

interface Tally {
  files: number;
  failed: number;
  notApplicable: number;
  oddFields: number;
  errors: Map<string, number>;
}

/** A field or owner name that no ORM or language declares: SQL keywords in upper case, symbols. */
const SQL_WORDS = /^(?:NOT|NULL|UNIQUE|VARCHAR|CHAR|INT|BIGINT|DEFAULT|PRIMARY|KEY|AUTO_INCREMENT|COMMENT)$/;
/** Languages whose fields are identifiers (TypeScript and Python schemas may quote any key). */
const CODE_FORMATS = new Set(['java', 'go', 'csharp', 'kotlin', 'mybatis']);

function odd(extractor: string, name: string | undefined): boolean {
  if (name === undefined || name === '') return false;
  if (SQL_WORDS.test(name)) return true;
  // Code declares identifiers; schema formats (JSON, YAML, SQL) may quote anything.
  return CODE_FORMATS.has(extractor) && !/^[\p{L}_$][\p{L}\p{N}_$.]*$/u.test(name);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const roots = args.filter((a) => !a.startsWith('--'));
  if (roots.length === 0) {
    console.error('usage: parseCoverage.ts <checkout>… [--list]');
    process.exitCode = 2;
    return;
  }
  const tallies = new Map<string, Tally>();
  for (const root of roots.map((r) => resolve(r))) {
    const { files } = await walkFiles([root], { cwd: root });
    for (const file of files) {
      if (toolFileKind(file.relPath) !== undefined) continue;
      const source = { path: file.relPath };
      const chosen = extractors.find((e) => e.handles(source));
      // The generic scanner (the registry's last entry) cannot fail: only parsers are counted.
      if (chosen === undefined || chosen.id === 'generic') continue;
      const read = readTextFile(file.absPath, 1024 * 1024);
      if (read.kind !== 'text') continue;
      const tally = tallies.get(chosen.id) ?? {
        files: 0,
        failed: 0,
        notApplicable: 0,
        oddFields: 0,
        errors: new Map<string, number>(),
      };
      tallies.set(chosen.id, tally);
      tally.files++;
      const result = chosen.extract(read.text, source);
      const where = `${root}/${file.relPath}`;
      if (!result.ok) {
        if (result.notApplicable === true) {
          tally.notApplicable++;
          continue;
        }
        tally.failed++;
        const kind = `${extname(file.relPath)} ${result.error.replace(/\d+/g, 'N')}`;
        tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);
        if (list) console.log(`fail\t${chosen.id}\t${where}\t${result.error}`);
        continue;
      }
      for (const f of result.fields) {
        if (!odd(chosen.id, f.name) && !odd(chosen.id, f.owner)) continue;
        tally.oddFields++;
        if (list) console.log(`odd\t${chosen.id}\t${where}\t${f.owner ?? ''}\t${f.name}`);
      }
    }
  }
  console.log('extractor\tfiles\tfailed\tnot-applicable\todd-fields');
  for (const [id, t] of [...tallies].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`${id}\t${t.files}\t${t.failed}\t${t.notApplicable}\t${t.oddFields}`);
    for (const [kind, n] of [...t.errors].sort((a, b) => b[1] - a[1]).slice(0, 5))
      console.log(`\t${n}\t${kind.slice(0, 120)}`);
  }
}

void main();
