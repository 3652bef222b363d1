/**
 * Dispatches one `pilens` command line to its subcommand. Free of side effects on import, so
 * other entries (the GitHub Action) can run the CLI in-process; main.ts is the `pilens` bin.
 */
import { runBaseline } from './baselineCommand.js';
import { runEstimate } from './estimate.js';
import { MAIN_HELP } from './help.js';
import { runInventory } from './inventoryCommand.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { runLsp } from './lspCommand.js';
import { runReport } from './reportCommand.js';
import { runScan } from './scanCommand.js';
import { PILENS_VERSION } from './version.js';

type Command = (args: readonly string[], io: CliIO) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  scan: runScan,
  baseline: runBaseline,
  estimate: (args, io) => runEstimate([...args], io),
  inventory: runInventory,
  report: runReport,
  lsp: runLsp,
};

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(MAIN_HELP);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${PILENS_VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (!command)
      throw new UsageError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')}, --help)`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`pilens: ${e.message}\n`);
      return EXIT.usage;
    }
    // Anything else is a bug; still one line, and still exit 2 rather than a stack dump.
    io.stderr.write(`pilens: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
}
