/**
 * `pilens inventory [paths…]`: the PI inventory of the editor's view, as a document — one row
 * per declared field with its category, class, PIPL sensitivity and grade (CSV, XLSX, Markdown,
 * JSON). To stdout, or to `--out FILE` (a workbook only to a file). `--estimate result.json…`
 * folds the figures of `pilens estimate --format json` in (persons, pieces, tiers, duties).
 */
import { findFormat } from '../core/report/formats.js';
import { INVENTORY_FORMATS } from '../node/report/inventoryFormats.js';
import { readEstimateFiles } from './estimateFiles.js';
import { INVENTORY_HELP } from './help.js';
import { parseInventoryArgs } from './inventoryArgs.js';
import { inventoryOf } from './inventoryBuild.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { PILENS_VERSION } from './version.js';
import { writeDocument } from './writeOut.js';

export async function runInventory(args: readonly string[], io: CliIO): Promise<number> {
  const startedAt = new Date();
  const opts = parseInventoryArgs(args, process.env);
  if (opts.help) {
    io.stdout.write(INVENTORY_HELP);
    return EXIT.ok;
  }
  const formatter = findFormat(INVENTORY_FORMATS, opts.format);
  if (formatter === undefined) throw new UsageError(`unknown format "${opts.format}"`);
  // Read before the scan: a wrong file name fails fast.
  const estimates = readEstimateFiles(opts.estimates, io.cwd);
  const built = await inventoryOf(io, opts);
  const { inventory, reading, sector } = built;
  const out = await formatter.render(inventory, {
    locale: opts.locale,
    reading,
    version: PILENS_VERSION,
    startedAt,
    ...(sector ? { sector } : {}),
    ...(estimates.length > 0 ? { estimates } : {}),
  });
  const s = inventory.summary;
  writeDocument(
    io,
    out,
    opts.out,
    `PI inventory: ${s.fields} field${s.fields === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'}`,
  );
  return built.unreadable ? EXIT.usage : EXIT.ok;
}
