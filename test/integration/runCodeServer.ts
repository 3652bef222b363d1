// Runs the integration suite inside a real VS Code (code-server's extension host), offline:
// build + package the extension, install the .vsix and the test harness into a throw-away
// profile, start code-server, open the workbench in Chromium (that starts the extension host),
// wait for the harness's results, print them, exit non-zero on failure or timeout.
//
//   npx tsx test/integration/runCodeServer.ts [--skip-build] [--grep <pattern>] [--timeout <s>]
//                                             [--vsix <file>]  (test another package; implies --skip-build)
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './host/browser.js';
import { buildExtensionPackage, buildSuite, harnessDir, vsixPath } from './host/build.js';
import { addUnpackedExtension, installExtension, startCodeServer } from './host/codeServer.js';
import { createProfile } from './host/profile.js';
import { provisionTestHost } from './host/testHost.js';
import { printResults } from './printResults.js';
import { HARNESS_CONFIG_FILE, type HarnessConfig, type SuiteResults } from './results.js';

const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '600' },
    vsix: { type: 'string' },
  },
});

async function main(): Promise<number> {
  const host = await provisionTestHost();
  const vsix = options.vsix ?? vsixPath;
  if (!options['skip-build'] && !options.vsix) buildExtensionPackage();
  if (!existsSync(vsix)) throw new Error(`${vsix} missing: run without --skip-build`);
  const suite = await buildSuite();

  const profile = createProfile('integration');
  const resultsPath = join(profile.root, 'results.json');
  installExtension(host, profile, vsix);
  const harnessTarget = addUnpackedExtension(profile, harnessDir, (path) =>
    path.startsWith(join(harnessDir, 'src')),
  );
  const config: HarnessConfig = { suite, results: resultsPath };
  writeFileSync(join(harnessTarget, HARNESS_CONFIG_FILE), JSON.stringify(config));

  const env: Record<string, string> = options.grep ? { PILENS_TEST_GREP: options.grep } : {};
  const server = await startCodeServer(host, profile, env);
  const browser = await launchChromium(host);
  let code = 1;
  try {
    code = await runInWorkbench(await browser.newPage(), server.workbenchUrl, profile.root, resultsPath);
  } finally {
    await browser.close();
    server.stop();
    if (code === 0) profile.dispose();
    else
      console.error(
        `[integration] profile kept for inspection: ${profile.root} (code-server.log, exthost-console.log, user-data/logs)`,
      );
  }
  return code;
}

async function runInWorkbench(
  page: Page,
  url: string,
  profileRoot: string,
  resultsPath: string,
): Promise<number> {
  // The extension host's console (mocha's spec reporter among it) reaches the page's console.
  const consoleLog = join(profileRoot, 'exthost-console.log');
  page.on('console', (message) => {
    appendFileSync(consoleLog, `${message.text()}\n`);
  });
  await page.goto(url);
  console.log('[integration] workbench opened; waiting for the suite');
  const results = await waitForResults(resultsPath, Number(options.timeout) * 1000);
  if (results) return printResults(results);
  console.error(`[integration] timed out after ${options.timeout} s`);
  const progress = `${resultsPath}.progress`;
  if (existsSync(progress))
    console.error(`[integration] progress so far:\n${readFileSync(progress, 'utf8')}`);
  else console.error('[integration] the suite never started (is the harness installed? see the logs)');
  return 1;
}

async function waitForResults(path: string, timeoutMs: number): Promise<SuiteResults | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as SuiteResults;
      } catch {
        // caught mid-write; read again
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[integration] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
