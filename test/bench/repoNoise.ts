/**
 * Noise on a whole real repository (issue 9, item 4): scans every file of a fetched checkout
 * the way `pilens scan` does, and counts the findings a reviewer would dismiss per 1,000
 * non-blank lines. A verdict file records the reviewer's judgement, one finding key a line:
 *
 *     keep<TAB>relative/path<TAB>field<TAB>category
 *     dismiss<TAB>relative/path<TAB>field<TAB>category
 *
 * (`#` lines are comments; the first should name the repository and commit scanned.) Findings
 * with no verdict are listed as unjudged, so a measurement is complete only when none are.
 * The repository itself is never committed; only the verdicts (paths and field names) are.
 *
 * Besides the totals it prints findings per 1,000 lines by category, by rule (the finding's
 * first evidence: `token`, `comment`, `value`… and the extractor that read the file, `generic`
 * for the fallback scanner) and by role, with the dismissed count beside each, so a class of
 * noise shows where it comes from.
 *
 * The files are read as one workspace, as `pilens scan <folder>` reads them
 * (`src/cli/workspacePass.ts`): every file's records first, then the files that name a linked
 * or unowned record classified again with the workspace context. `--alone` reads each file by
 * itself, as this bench did before session 19 (the blind figures of jshERP-boot and
 * django-crm-backend were measured so).
 *
 * Run: `npx tsx test/bench/repoNoise.ts <checkout> [--verdicts FILE] [--list] [--alone]`.
 */
import { readFileSync } from 'node:fs';
import {
  holdsLinkedRecord,
  scanText,
  workspaceContextOf,
  type FileRecords,
  type ScanResult,
} from '../../src/core/scan/index.js';
import { toolFileKind } from '../../src/core/scan/manifests.js';
import { readTextFile } from '../../src/node/readText.js';
import { walkFiles } from '../../src/node/walk.js';

interface Counted {
  readonly key: string;
  readonly line: number;
  readonly confidence: string;
  readonly category: string;
  readonly rule: string;
  readonly role: string;
}

function readVerdicts(path: string | undefined): Map<string, 'keep' | 'dismiss'> {
  const verdicts = new Map<string, 'keep' | 'dismiss'>();
  if (path === undefined) return verdicts;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [verdict, ...key] = line.split('\t');
    if (verdict === 'keep' || verdict === 'dismiss') verdicts.set(key.join('\t'), verdict);
  }
  return verdicts;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--verdicts');
  if (root === undefined) {
    console.error('usage: repoNoise.ts <checkout> [--verdicts FILE] [--list] [--alone]');
    process.exitCode = 2;
    return;
  }
  const verdictFile = args.includes('--verdicts') ? args[args.indexOf('--verdicts') + 1] : undefined;
  const verdicts = readVerdicts(verdictFile);
  const { files } = await walkFiles([root], { cwd: root });
  let lines = 0;
  let parseErrors = 0;
  const found: Counted[] = [];
  const texts: { relPath: string; text: string }[] = [];
  for (const file of files) {
    const read = readTextFile(file.absPath, 1024 * 1024);
    if (read.kind === 'text') texts.push({ relPath: file.relPath, text: read.text });
  }
  const alone = args.includes('--alone') || texts.length < 2;
  const results: ScanResult[] = texts.map(({ relPath, text }) =>
    scanText(text, { path: relPath }, alone ? {} : { withRecords: true }),
  );
  const records: FileRecords[] = [];
  results.forEach((r, i) => {
    if (r.records !== undefined && r.records.length > 0)
      records.push({ path: (texts[i] as { relPath: string }).relPath, records: r.records });
  });
  const workspace = alone ? undefined : workspaceContextOf(records);
  if (workspace !== undefined)
    results.forEach((r, i) => {
      const fields = r.findings.map((f) => f.field);
      if (!holdsLinkedRecord(workspace, r.owners ?? [], fields)) return;
      const { relPath, text } = texts[i] as { relPath: string; text: string };
      results[i] = scanText(text, { path: relPath }, { workspace });
    });
  results.forEach((result, i) => {
    const { relPath, text } = texts[i] as { relPath: string; text: string };
    // Ordinary code: lockfiles and manifests never count as lines, whatever the scanner did.
    if (toolFileKind(relPath) === undefined && result.skipped !== 'binary')
      for (const l of text.split('\n')) if (l.trim() !== '') lines++;
    if (result.skipped !== undefined) return;
    if (result.parseError !== undefined) {
      parseErrors++;
      console.log(`parse error: ${relPath}: ${result.parseError}`);
    }
    for (const f of result.findings)
      found.push({
        key: `${relPath}\t${f.field}\t${f.category}`,
        line: f.range.start.line + 1,
        confidence: f.confidence,
        category: f.category,
        rule: `${f.evidence[0]?.kind ?? 'none'} via ${result.extractor}`,
        role: f.role,
      });
  });
  const tally = { keep: 0, dismiss: 0, unjudged: 0 };
  for (const f of found) tally[verdicts.get(f.key) ?? 'unjudged']++;
  if (args.includes('--list'))
    for (const f of found)
      console.log(`${verdicts.get(f.key) ?? 'unjudged'}\t${f.key}\t${f.line}\t${f.confidence}`);
  const perK = (n: number): string => ((n * 1000) / Math.max(1, lines)).toFixed(2);
  console.log(`files ${files.length}, non-blank lines ${lines}, parse errors ${parseErrors}`);
  console.log(
    `findings ${found.length}: kept ${tally.keep}, dismissed ${tally.dismiss} (${perK(tally.dismiss)} per 1,000 lines), unjudged ${tally.unjudged} (${perK(tally.unjudged)} per 1,000 lines)`,
  );
  for (const by of ['category', 'rule', 'role'] as const) {
    const groups = new Map<string, { all: number; dismissed: number }>();
    for (const f of found) {
      const g = groups.get(f[by]) ?? { all: 0, dismissed: 0 };
      g.all++;
      if (verdicts.get(f.key) === 'dismiss') g.dismissed++;
      groups.set(f[by], g);
    }
    console.log(`by ${by}: findings / dismissed, per 1,000 lines`);
    for (const [name, g] of [...groups].sort((a, b) => b[1].all - a[1].all))
      console.log(`  ${name.padEnd(28)} ${perK(g.all).padStart(6)} / ${perK(g.dismissed).padStart(6)}`);
  }
}

void main();
