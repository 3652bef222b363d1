/**
 * V8's optimising-compiler threshold for the `pilens` process. A CLI run is short: a
 * pre-commit hook's scan of a few hundred files lasts about two seconds, and at V8's default
 * budget TurboFan compiles hundreds of functions that are warm only for a moment (compiling
 * counts as CPU time, on background threads too). Waiting for ~15× the default bytecode
 * budget before optimising keeps that compilation for the functions a run really spends its
 * time in. Measured (test/bench/staged.ts's 200-file commit, interleaved runs, CPU): 2,430–2,640
 * → 1,850–1,880 ms; a 2,000-file scan on one thread no slower (6,910 → 6,740 ms).
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default is 67,584 (Node 20); 1,000,000 was the best of 0.5, 1, 2 and 4 million measured. */
export const INTERRUPT_BUDGET = 1_000_000;

/** Raises the budget; call before loading a subcommand bundle, so its functions start with it. */
export function tuneTiering(): void {
  setFlagsFromString(`--interrupt-budget=${String(INTERRUPT_BUDGET)}`);
}
