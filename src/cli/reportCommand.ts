/**
 * `pilens report ropa|pia [paths…]`: drafts of the record of processing activities and of the
 * PI protection impact assessment (PIPL Art. 55–56), pre-filled from the inventory of the paths
 * and from `--estimate` results, the questions only people can answer left as marked blanks.
 * Markdown to stdout or a file; DOCX to a file.
 */
import { buildPia } from '../core/report/drafts/pia.js';
import { buildRopa } from '../core/report/drafts/ropa.js';
import { findFormat } from '../core/report/formats.js';
import { REPORT_FORMATS } from '../node/report/reportFormats.js';
import { readEstimateFiles } from './estimateFiles.js';
import { REPORT_HELP } from './help.js';
import { inventoryOf } from './inventoryBuild.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { parseReportArgs } from './reportArgs.js';
import { PILENS_VERSION } from './version.js';
import { writeDocument } from './writeOut.js';

const BUILDERS = { ropa: buildRopa, pia: buildPia } as const;

export async function runReport(args: readonly string[], io: CliIO): Promise<number> {
  const opts = parseReportArgs(args, process.env);
  if (opts.help) {
    io.stdout.write(REPORT_HELP);
    return EXIT.ok;
  }
  const formatter = findFormat(REPORT_FORMATS, opts.format);
  if (formatter === undefined) throw new UsageError(`unknown format "${opts.format}"`);
  const estimates = readEstimateFiles(opts.estimates, io.cwd);
  const built = await inventoryOf(io, opts);
  const doc = BUILDERS[opts.kind]({
    inventory: built.inventory,
    estimates,
    scanned: opts.paths,
    reading: built.reading,
    locale: opts.locale,
    version: PILENS_VERSION,
  });
  const out = await formatter.render(doc, undefined);
  const what = opts.kind === 'ropa' ? 'Record of processing activities (draft)' : 'Impact assessment (draft)';
  writeDocument(io, out, opts.out, what);
  return built.unreadable ? EXIT.usage : EXIT.ok;
}
