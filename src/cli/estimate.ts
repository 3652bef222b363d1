/**
 * `pilens estimate <file|folder…>`: estimate a dataset's risk tier (PRODUCT.md §4, §5).
 * Exit 0 on success; 2 on bad usage or unreadable input, with a one-line reason on stderr.
 * Progress goes to stderr only when it is a terminal.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { renderMarkdown, renderText } from '../core/dataset/render.js';
import { reportToJson } from '../core/dataset/report.js';
import { isCategoryKey } from '../core/law/categories.js';
import type { CategoryKey } from '../core/law/schema.js';
import type { Conduct } from '../core/law/tiers.js';
import { estimateDataset, type EstimateOptions } from '../node/dataset/estimate.js';

export interface EstimateIO {
  readonly cwd?: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

const CONDUCTS: readonly Conduct[] = ['hold', 'provide', 'obtain', 'business-purchase'];
const FORMATS = ['text', 'json', 'markdown'] as const;

export const ESTIMATE_USAGE =
  'usage: pilens estimate <file|folder…> [--format text|json|markdown] [--insider] [--gains CNY] ' +
  '[--conduct hold|provide|obtain|business-purchase] [--no-dedupe] [--map column=category…] [--encoding E] ' +
  '[--prior-record] [--whereabouts-used-in-crime] [--known-criminal-recipient] [--key column] [--delimiter C] ' +
  '[--contested strict|lenient] [--workers N]';

class Usage extends Error {}
class Help extends Error {}

function parse(args: string[]): {
  paths: string[];
  format: (typeof FORMATS)[number];
  options: EstimateOptions;
} {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      insider: { type: 'boolean', default: false },
      gains: { type: 'string' },
      conduct: { type: 'string', default: 'hold' },
      'no-dedupe': { type: 'boolean', default: false },
      map: { type: 'string', multiple: true },
      encoding: { type: 'string' },
      'prior-record': { type: 'boolean', default: false },
      // No default: absent means "not asked", and the report names Art. 5(1)(1)–(2) as not assessed.
      'whereabouts-used-in-crime': { type: 'boolean' },
      'known-criminal-recipient': { type: 'boolean' },
      key: { type: 'string' },
      delimiter: { type: 'string' },
      contested: { type: 'string', default: 'strict' },
      workers: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Help();
  if (positionals.length === 0) throw new Usage('no input: give a file or folder');
  const format = FORMATS.find((f) => f === values.format);
  if (format === undefined) throw new Usage(`--format must be one of ${FORMATS.join(', ')}`);
  const conduct = CONDUCTS.find((c) => c === values.conduct);
  if (conduct === undefined) throw new Usage(`--conduct must be one of ${CONDUCTS.join(', ')}`);
  let gainsCny: number | undefined;
  if (values.gains !== undefined) {
    gainsCny = Number(values.gains);
    if (!Number.isFinite(gainsCny) || gainsCny < 0)
      throw new Usage('--gains must be a non-negative amount in CNY');
  }
  const map: Record<string, CategoryKey | 'none'> = {};
  for (const m of values.map ?? []) {
    const eq = m.lastIndexOf('=');
    const column = m.slice(0, eq);
    const category = m.slice(eq + 1);
    if (eq <= 0 || (category !== 'none' && !isCategoryKey(category)))
      throw new Usage(`--map ${m}: expected column=category (a category key or none)`);
    map[column] = category;
  }
  if (values.contested !== 'strict' && values.contested !== 'lenient')
    throw new Usage('--contested must be strict or lenient');
  if (values.delimiter !== undefined && values.delimiter.replace('\\t', '\t').length !== 1)
    throw new Usage('--delimiter must be one character');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new Usage('--workers must be a positive integer');
  const options: EstimateOptions = {
    conduct,
    insider: values.insider,
    gainsCny,
    priorRecord: values['prior-record'],
    whereaboutsUsedInCrime: values['whereabouts-used-in-crime'],
    knownCriminalRecipient: values['known-criminal-recipient'],
    dedupe: !values['no-dedupe'],
    map,
    encoding: values.encoding,
    personKey: values.key,
    delimiter: values.delimiter?.replace('\\t', '\t'),
    reading: values.contested,
    ...(workers !== undefined ? { workers } : {}),
  };
  return { paths: positionals, format, options };
}

/** Runs `pilens estimate`; returns the exit code. */
export async function runEstimate(args: string[], io: EstimateIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (e) {
    if (e instanceof Help) {
      io.stdout.write(`${ESTIMATE_USAGE}\n`);
      return 0;
    }
    io.stderr.write(
      `pilens estimate: ${(e instanceof Error ? e.message : String(e)).split('\n')[0] ?? ''}\n`,
    );
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const paths = parsed.paths.map((p) => path.resolve(cwd, p));
  const tty = io.stderr.isTTY === true;
  let last = -1;
  try {
    const report = await estimateDataset(paths, parsed.options, {
      onProgress: tty
        ? (p) => {
            const pct = p.bytesTotal > 0 ? Math.floor((p.bytesDone / p.bytesTotal) * 100) : 100;
            if (pct !== last) {
              last = pct;
              io.stderr.write(`\rpilens estimate: ${pct} % of ${(p.bytesTotal / 1048576).toFixed(1)} MB`);
            }
          }
        : undefined,
    });
    if (tty) io.stderr.write('\r\x1b[K');
    const out =
      parsed.format === 'json'
        ? reportToJson(report) + '\n'
        : parsed.format === 'markdown'
          ? renderMarkdown(report)
          : renderText(report);
    io.stdout.write(out);
    return 0;
  } catch (e) {
    if (tty) io.stderr.write('\r\x1b[K');
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === 'ENOENT'
        ? `cannot read ${err.path ?? 'input'}: no such file or folder`
        : err.code === 'EACCES'
          ? `cannot read ${err.path ?? 'input'}: permission denied`
          : (err.message || String(e)).split('\n')[0];
    io.stderr.write(`pilens estimate: ${reason ?? 'failed'}\n`);
    return 2;
  }
}
