// What an end-to-end test file exports: `export const tests: E2ETest[] = [...]` in
// test/e2e/tests/<name>.e2e.ts. The runner gives each test a fresh workbench page.
import type { Page } from 'playwright-core';

export interface E2EContext {
  /** A workbench page already showing the temporary fixture workspace. */
  readonly page: Page;
  /** Absolute path of the temporary copy of test/fixtures/workspace. */
  readonly workspace: string;
  /** Saves test/e2e/screenshots/<test name>-<label>.png for review. */
  readonly screenshot: (label: string) => Promise<void>;
}

export interface E2ETest {
  readonly name: string;
  run(context: E2EContext): Promise<void>;
}
