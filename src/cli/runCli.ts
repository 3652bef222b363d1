/**
 * Dispatches one `pilens` command line to its subcommand. Free of side effects on import, so
 * other entries (the GitHub Action) can run the CLI in-process; main.ts is the `pilens` bin.
 *
 * Each subcommand is imported when it runs. The build turns these imports into separate bundles
 * (scripts/build.mjs: dist/cli-scan.js, cli-estimate.js, cli-lsp.js), so a pre-commit hook's
 * `pilens scan --staged` neither parses nor initialises the language server, the dataset
 * readers or the database drivers.
 */
import { EXIT, runGuarded, UsageError, type CliIO, type Command } from './io.js';
import { MAIN_HELP } from './mainHelp.js';
import { PILENS_VERSION } from './version.js';

/** Loads a subcommand; each bundle guards its own commands (see `runGuarded`). */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  scan: async () => (await import('./bundles/scan.js')).scan,
  baseline: async () => (await import('./bundles/scan.js')).baseline,
  estimate: async () => (await import('./bundles/estimate.js')).estimate,
  inventory: async () => (await import('./bundles/scan.js')).inventory,
  report: async () => (await import('./bundles/scan.js')).report,
  lsp: async () => (await import('./bundles/lsp.js')).lsp,
};

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(MAIN_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${PILENS_VERSION}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load)
    throw new UsageError(`unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')}, --help)`);
  const command = await load();
  return await command(rest, io);
}

/** Runs one command line; resolves to the exit code. Never throws. */
export function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  return runGuarded(dispatch, argv, io);
}
