/**
 * The `pilens` command (bundled to dist/cli.js). Dispatches subcommands; any usage error,
 * unreadable input or invalid config ends with exit code 2 and one line on stderr. When the
 * bundle is loaded as a worker thread it serves scan batches instead (see scanPool.ts).
 */
import { runBaseline } from './baselineCommand.js';
import { runEstimate } from './estimate.js';
import { MAIN_HELP } from './help.js';
import { runInventory } from './inventoryCommand.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { runLsp } from './lspCommand.js';
import { guardOutput } from './output.js';
import { runScan } from './scanCommand.js';
import { isScanWorker, runScanWorker } from './scanWorker.js';
import { PILENS_VERSION } from './version.js';

type Command = (args: readonly string[], io: CliIO) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  scan: runScan,
  baseline: runBaseline,
  estimate: (args, io) => runEstimate([...args], io),
  inventory: runInventory,
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

function main(): void {
  // A failed write to stderr has nowhere to be reported; it must not crash the run either.
  process.stderr.on('error', () => undefined);
  const stdout = guardOutput(process.stdout, process.stderr);
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout,
    stderr: process.stderr,
  })
    .then((code) => stdout.finish(code))
    .then((code) => {
      process.exitCode = code;
    });
}

if (isScanWorker()) runScanWorker();
else if (require.main === module) main();
