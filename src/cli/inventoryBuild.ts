/**
 * The inventory of the paths a command names, as `pilens inventory` and `pilens report` build
 * it: the scan's findings, the contested reading and the sector of .pilens.json unless a flag
 * says otherwise.
 */
import type { ContestedReading } from '../core/law/schema.js';
import { SECTOR_PACKS } from '../core/law/sectors/packs.js';
import type { SectorPack } from '../core/law/sectors/schema.js';
import { buildInventory, type Inventory } from '../core/report/inventoryRows.js';
import { collectFindings, hasUnreadable } from './collect.js';
import type { CliIO } from './io.js';
import { loadConfig } from './loadConfig.js';

export interface InventoryRequest {
  readonly paths: readonly string[];
  readonly config?: string | undefined;
  readonly maxFileSizeKb: number;
  readonly reading?: ContestedReading | undefined;
}

export interface BuiltInventory {
  readonly inventory: Inventory;
  readonly reading: ContestedReading;
  readonly sector?: SectorPack;
  /** Some input could not be read: the command exits 2 after writing what it has. */
  readonly unreadable: boolean;
}

export async function inventoryOf(io: CliIO, req: InventoryRequest): Promise<BuiltInventory> {
  const collected = await collectFindings(io, {
    paths: req.paths,
    config: req.config,
    maxFileSizeKb: req.maxFileSizeKb,
  });
  // The reading the editor and `pilens scan` take from .pilens.json, unless the flag says otherwise.
  const config = loadConfig(io.cwd, req.config).config;
  const reading = req.reading ?? config?.contestedReading ?? 'strict';
  const sector = config?.sector === undefined ? undefined : SECTOR_PACKS[config.sector];
  const inventory = buildInventory(collected.findings, { reading, ...(sector ? { sector } : {}) });
  return { inventory, reading, ...(sector ? { sector } : {}), unreadable: hasUnreadable(collected) };
}
