// The unit reporter's summary line is what `npm test` shows: it must never say ✔ for a run
// with failed or cancelled (timed-out) tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain .mjs reporter without type declarations
import unitReporter from '../../../scripts/lib/unitReporter.mjs';

type Reporter = (source: Iterable<object>) => AsyncGenerator<string>;

async function summary(counts: Record<string, number>): Promise<string> {
  function* events(): Generator<object> {
    for (const [key, value] of Object.entries(counts))
      yield { type: 'test:diagnostic', data: { nesting: 0, message: `${key} ${value}` } };
  }
  const lines: string[] = [];
  for await (const line of (unitReporter as Reporter)(events())) lines.push(line);
  return lines.at(-1) ?? '';
}

describe('unit reporter summary', () => {
  it('all passed: ✔', async () => {
    assert.match(await summary({ tests: 2, pass: 2, fail: 0 }), /^✔ unit: 2 tests, 2 passed, 0 failed/);
  });
  it('a failure: ✘', async () => {
    assert.match(await summary({ tests: 2, pass: 1, fail: 1 }), /^✘ /);
  });
  it('a cancelled (timed-out) test and no failure: still ✘, and the count is shown', async () => {
    const line = await summary({ tests: 2, pass: 1, fail: 0, cancelled: 1 });
    assert.match(line, /^✘ unit: 2 tests, 1 passed, 0 failed, 1 cancelled/);
  });
});
