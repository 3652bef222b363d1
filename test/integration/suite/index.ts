// The integration suite's entry, in the shape @vscode/test-electron expects (`run()` resolving
// when every test passed). The code-server harness calls the same `run()`. Each `*.test.ts` in
// this folder is bundled on its own next to this file; mocha loads them all, with both the TDD
// (`suite`/`test`) and BDD (`describe`/`it`) globals available.
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { RESULTS_ENV, type SuiteFailure, type SuiteResults } from '../results.js';

/** Runs every bundled test file; rejects when any test fails. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  Mocha.interfaces.bdd(mocha.suite);
  const grep = process.env.PILENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const resultsPath = process.env[RESULTS_ENV];
  const results = await runMocha(mocha, resultsPath ? `${resultsPath}.progress` : undefined);
  if (resultsPath) writeFileSync(resultsPath, JSON.stringify(results, null, 2));
  if (results.stats.tests === 0) throw new Error('no integration tests were found');
  if (results.failures.length > 0) throw new Error(`${results.failures.length} integration test(s) failed`);
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => join(dir, name));
}

/** Runs mocha; `progressPath` gets a line per test event so a hung test can be named. */
function runMocha(mocha: Mocha, progressPath: string | undefined): Promise<SuiteResults> {
  const progress = (line: string): void => {
    if (progressPath) appendFileSync(progressPath, `${line}\n`);
  };
  const passes: { title: string; durationMs: number }[] = [];
  const failures: SuiteFailure[] = [];
  const pending: string[] = [];
  const started = Date.now();
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      resolve({
        vscodeVersion: vscode.version,
        stats: {
          tests: passes.length + failures.length + pending.length,
          passes: passes.length,
          failures: failures.length,
          pending: pending.length,
          durationMs: Date.now() - started,
        },
        passes,
        failures,
        pending,
      });
    });
    runner.on('test', (test) => {
      progress(`… ${test.fullTitle()}`);
    });
    runner.on('pass', (test) => {
      progress(`✔ ${test.fullTitle()}`);
      passes.push({ title: test.fullTitle(), durationMs: test.duration ?? 0 });
    });
    runner.on('pending', (test) => pending.push(test.fullTitle()));
    runner.on('fail', (test, error: unknown) => {
      const err = error instanceof Error ? error : new Error(String(error));
      progress(`✘ ${test.fullTitle()}: ${err.message}`);
      failures.push({
        title: test.fullTitle(),
        message: err.message,
        ...(err.stack ? { stack: err.stack } : {}),
      });
    });
  });
}
