// End-to-end UI tests: one code-server with the packaged extension, Chromium driven by
// playwright-core, every test in test/e2e/tests/*.e2e.ts on its own fresh workbench page.
// Screenshots (each test's end state, and failures) go to test/e2e/screenshots/ (git-ignored).
//
//   npx tsx test/e2e/run.ts [--skip-build] [--grep <pattern>] [--vsix <file>]
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../integration/host/browser.js';
import { buildExtensionPackage, repoRoot, vsixPath } from '../integration/host/build.js';
import { installExtension, startCodeServer } from '../integration/host/codeServer.js';
import { createProfile } from '../integration/host/profile.js';
import { provisionTestHost } from '../integration/host/testHost.js';
import type { E2ETest } from './types.js';
import { openWorkbench } from './workbench.js';

const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
    vsix: { type: 'string' },
  },
});
const screenshotsDir = join(repoRoot, 'test', 'e2e', 'screenshots');
const testsDir = join(repoRoot, 'test', 'e2e', 'tests');

async function loadTests(): Promise<E2ETest[]> {
  const files = readdirSync(testsDir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
  const tests: E2ETest[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(testsDir, file)).href)) as { tests?: E2ETest[] };
    if (!module.tests?.length) throw new Error(`${file} exports no \`tests\``);
    tests.push(...module.tests);
  }
  const grep = options.grep;
  return grep ? tests.filter((t) => t.name.includes(grep)) : tests;
}

const slug = (text: string): string => text.replace(/[^\w\u4e00-\u9fff-]+/g, '-').replace(/^-|-$/g, '');

async function main(): Promise<number> {
  const tests = await loadTests();
  if (tests.length === 0) throw new Error('no end-to-end tests selected');
  const host = await provisionTestHost();
  const vsix = options.vsix ?? vsixPath;
  if (!options['skip-build'] && !options.vsix) buildExtensionPackage();
  mkdirSync(screenshotsDir, { recursive: true });

  const profile = createProfile('e2e');
  installExtension(host, profile, vsix);
  const server = await startCodeServer(host, profile);
  const browser = await launchChromium(host);
  const failures: string[] = [];
  try {
    for (const test of tests) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const screenshot = async (label: string): Promise<void> => {
        await page.screenshot({ path: join(screenshotsDir, `${slug(test.name)}-${slug(label)}.png`) });
      };
      const started = Date.now();
      try {
        await openWorkbench(page, server.workbenchUrl);
        await test.run({ page, workspace: profile.workspace, screenshot });
        await screenshot('end');
        console.log(`  ✔ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        await screenshot('failure').catch(() => undefined);
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${test.name}\n     ${message.split('\n').join('\n     ')}`);
        console.log(`  ✘ ${test.name}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
    profile.dispose();
  }
  console.log(
    `\n  ${tests.length - failures.length} passing, ${failures.length} failing (screenshots: ${screenshotsDir})`,
  );
  for (const [i, failure] of failures.entries()) console.error(`\n  ${i + 1}) ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
