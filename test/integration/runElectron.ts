// The same integration suite under @vscode/test-electron, for machines that can download
// VS Code from Microsoft (this project's CI cannot; it uses runCodeServer.ts).
//
//   npx tsx test/integration/runElectron.ts [--skip-build] [--vscode-version <v>]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { buildSuite, npmRun, repoRoot } from './host/build.js';
import { createProfile } from './host/profile.js';
import { printResults } from './printResults.js';
import { RESULTS_ENV, type SuiteResults } from './results.js';

const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'vscode-version': { type: 'string', default: 'stable' },
  },
});

async function main(): Promise<number> {
  if (!options['skip-build']) npmRun('build');
  const suite = await buildSuite();
  const profile = createProfile('electron');
  const resultsPath = join(profile.root, 'results.json');
  try {
    await runTests({
      version: options['vscode-version'],
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite,
      extensionTestsEnv: { [RESULTS_ENV]: resultsPath },
      launchArgs: [
        profile.workspace,
        '--disable-extensions',
        '--user-data-dir',
        profile.userDataDir,
        '--extensions-dir',
        profile.extensionsDir,
      ],
    });
  } catch {
    // runTests rejects when the suite fails; the results file says why.
  } finally {
    if (!existsSync(resultsPath)) console.error('[integration] the suite wrote no results');
  }
  const code = existsSync(resultsPath)
    ? printResults(JSON.parse(readFileSync(resultsPath, 'utf8')) as SuiteResults)
    : 1;
  profile.dispose();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[integration] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
