/**
 * `pilens lsp --stdio`: the language server over standard input and output. stdout then
 * belongs to the protocol, so nothing else may be written there; the command's promise settles
 * only when the client ends the session (`exit`).
 */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.js';
import { UsageError, type CliIO } from './io.js';

export const LSP_HELP = `pilens lsp --stdio

Runs the pilens language server, speaking the Language Server Protocol over stdin/stdout.
Point any LSP client at it (Neovim, Emacs eglot, Helix, Zed, JetBrains LSP4IJ).
`;

export function runLsp(args: readonly string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(LSP_HELP);
    return Promise.resolve(0);
  }
  const unknown = args.filter((a) => a !== '--stdio');
  if (unknown.length > 0 || !args.includes('--stdio'))
    throw new UsageError(
      `lsp: ${unknown.length > 0 ? `unknown option "${unknown[0] ?? ''}"` : 'say how to talk: --stdio'} (try: pilens lsp --stdio)`,
    );
  const connection = createConnection(process.stdin, process.stdout);
  startServer(connection);
  // The connection ends the process on `exit` (code 0 after `shutdown`, 1 without).
  return new Promise<number>(() => undefined);
}
