/**
 * `pilens inventory [paths…]`: the PI inventory of the editor's view, as a document — one row
 * per declared field with its category, class, PIPL sensitivity and grade (CSV, XLSX, Markdown,
 * JSON). To stdout, or to `--out FILE` (a workbook only to a file).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { SECTOR_PACKS } from '../core/law/sectors/packs.js';
import { findFormat } from '../core/report/formats.js';
import { buildInventory } from '../core/report/inventoryRows.js';
import { INVENTORY_FORMATS } from '../node/report/inventoryFormats.js';
import { collectFindings, hasUnreadable } from './collect.js';
import { INVENTORY_HELP } from './help.js';
import { parseInventoryArgs } from './inventoryArgs.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { loadConfig } from './loadConfig.js';

export async function runInventory(args: readonly string[], io: CliIO): Promise<number> {
  const opts = parseInventoryArgs(args, process.env);
  if (opts.help) {
    io.stdout.write(INVENTORY_HELP);
    return EXIT.ok;
  }
  const formatter = findFormat(INVENTORY_FORMATS, opts.format);
  if (formatter === undefined) throw new UsageError(`unknown format "${opts.format}"`);
  const collected = await collectFindings(io, {
    paths: opts.paths,
    config: opts.config,
    maxFileSizeKb: opts.maxFileSizeKb,
  });
  // The reading the editor and `pilens scan` take from .pilens.json, unless the flag says otherwise.
  const config = loadConfig(io.cwd, opts.config).config;
  const reading = opts.reading ?? config?.contestedReading ?? 'strict';
  const sector = config?.sector === undefined ? undefined : SECTOR_PACKS[config.sector];
  const inventory = buildInventory(collected.findings, { reading, ...(sector ? { sector } : {}) });
  const out = await formatter.render(inventory, {
    locale: opts.locale,
    reading,
    ...(sector ? { sector } : {}),
  });
  if (opts.out === undefined) {
    io.stdout.write(typeof out === 'string' ? out : '');
  } else {
    const target = resolve(io.cwd, opts.out);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new UsageError(`cannot write ${opts.out}: ${err.code ?? err.message}`);
    }
    const s = inventory.summary;
    io.stdout.write(
      `PI inventory: ${s.fields} field${s.fields === 1 ? '' : 's'} in ${s.files} file${s.files === 1 ? '' : 's'} written to ${relative(io.cwd, target) || target}\n`,
    );
  }
  return hasUnreadable(collected) ? EXIT.usage : EXIT.ok;
}
