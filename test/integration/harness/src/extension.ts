// The test harness: an extension installed only into throw-away code-server profiles. When the
// launcher has left a config next to it (or named one in PILENS_TEST_CONFIG) it runs the mocha
// suite once inside this extension host and writes the results where the launcher waits.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  HARNESS_CONFIG_ENV,
  HARNESS_CONFIG_FILE,
  RESULTS_ENV,
  type HarnessConfig,
  type SuiteResults,
} from '../../results.js';

export function activate(context: vscode.ExtensionContext): void {
  const configPath = process.env[HARNESS_CONFIG_ENV] ?? join(context.extensionPath, HARNESS_CONFIG_FILE);
  if (!existsSync(configPath)) return;
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as HarnessConfig;
  if (!claimRun(config.results)) return;
  void runSuite(config);
}

/** A reloaded window starts a new extension host; the suite must still run only once. */
function claimRun(resultsPath: string): boolean {
  try {
    writeFileSync(`${resultsPath}.lock`, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

async function runSuite(config: HarnessConfig): Promise<void> {
  process.env[RESULTS_ENV] = config.results;
  // Failures then point at the .ts lines (the bundles carry inline source maps).
  process.setSourceMapsEnabled(true);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite is a separate bundle chosen at run time
    const suite = require(config.suite) as { run: () => Promise<void> };
    await suite.run();
  } catch (error) {
    // A failing suite has already written its results; only a suite that never ran lacks them.
    if (!existsSync(config.results)) writeFatal(config.results, error);
  }
}

function writeFatal(resultsPath: string, error: unknown): void {
  const results: SuiteResults = {
    vscodeVersion: vscode.version,
    stats: { tests: 0, passes: 0, failures: 0, pending: 0, durationMs: 0 },
    passes: [],
    failures: [],
    pending: [],
    fatal: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
  writeFileSync(resultsPath, JSON.stringify(results, null, 2));
}

export function deactivate(): void {
  // Nothing to release: the launcher kills code-server when the results are in.
}
