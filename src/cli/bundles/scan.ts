/**
 * The subcommands that scan code (scan, baseline, inventory, report), bundled on their own as
 * dist/cli-scan.js and loaded by runCli.ts when one of them runs. The scan pool starts its
 * worker threads on this same bundle (`new Worker(__filename)`), so loaded in a worker it
 * serves scan batches instead.
 */
import { runBaseline } from '../baselineCommand.js';
import { runInventory } from '../inventoryCommand.js';
import { runGuarded, type Command } from '../io.js';
import { runReport } from '../reportCommand.js';
import { runScan } from '../scanCommand.js';
import { isScanWorker, runScanWorker } from '../scanWorker.js';

export const scan: Command = (args, io) => runGuarded(runScan, args, io);
export const baseline: Command = (args, io) => runGuarded(runBaseline, args, io);
export const inventory: Command = (args, io) => runGuarded(runInventory, args, io);
export const report: Command = (args, io) => runGuarded(runReport, args, io);

if (isScanWorker()) runScanWorker();
