// Prints the suite's results the way mocha's spec reporter would summarise them; returns the
// process exit code (0 only when tests ran and none failed).
import type { SuiteResults } from './results.js';

export function printResults(results: SuiteResults): number {
  console.log(`\n[integration] VS Code ${results.vscodeVersion}`);
  if (results.fatal) {
    console.error(`[integration] the suite did not run:\n${results.fatal}`);
    return 1;
  }
  for (const pass of results.passes) console.log(`  ✔ ${pass.title} (${pass.durationMs} ms)`);
  for (const title of results.pending) console.log(`  - ${title} (pending)`);
  results.failures.forEach((failure, i) => {
    console.log(`  ${i + 1}) ${failure.title}`);
  });
  const { stats } = results;
  console.log(`\n  ${stats.passes} passing (${(stats.durationMs / 1000).toFixed(1)} s)`);
  if (stats.pending) console.log(`  ${stats.pending} pending`);
  if (stats.failures) console.log(`  ${stats.failures} failing`);
  results.failures.forEach((failure, i) => {
    console.error(`\n  ${i + 1}) ${failure.title}\n     ${failure.message}\n${indent(failure.stack ?? '')}`);
  });
  return stats.tests > 0 && stats.failures === 0 ? 0 : 1;
}

function indent(text: string): string {
  return text
    .split('\n')
    .slice(1, 8)
    .map((line) => `     ${line.trim()}`)
    .join('\n');
}
