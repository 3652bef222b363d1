/** `pilens estimate`, bundled on its own as dist/cli-estimate.js (see runCli.ts). */
import { runEstimate } from '../estimate.js';
import type { Command } from '../io.js';

/** Guarded by runEstimate itself, which names the command on its usage errors. */
export const estimate: Command = runEstimate;
