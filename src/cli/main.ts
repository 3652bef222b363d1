/**
 * The `pilens` command (bundled to dist/cli.js). Dispatches subcommands; any usage error,
 * unreadable input or invalid config ends with exit code 2 and one line on stderr. The
 * subcommands themselves are separate bundles, loaded on demand (see runCli.ts).
 */
import { guardOutput } from './output.js';
import { runCli } from './runCli.js';
import { tuneTiering } from './tiering.js';

export { runCli };

function main(): void {
  tuneTiering();
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

if (require.main === module) main();
