/** `pilens lsp`, bundled on its own as dist/cli-lsp.js (see runCli.ts). */
import { runGuarded, type Command } from '../io.js';
import { runLsp } from '../lspCommand.js';

export const lsp: Command = (args, io) => runGuarded(runLsp, args, io);
