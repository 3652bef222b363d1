/** `pilens estimate`, bundled on its own as dist/cli-estimate.js (see runCli.ts). */
import { runEstimate } from '../estimate.js';
import { runGuarded, type Command } from '../io.js';

export const estimate: Command = (args, io) => runGuarded((a) => runEstimate([...a], io), args, io);
