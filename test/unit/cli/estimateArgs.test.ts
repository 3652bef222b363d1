// `pilens estimate` parses as the other commands do: --contested-reading (its old name
// --contested still accepted), -h as --help, usage errors through the shared guard.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runEstimate } from '../../../src/cli/estimate.js';
import { parseEstimateArgs, type EstimateArgs } from '../../../src/cli/estimateArgs.js';
import { ESTIMATE_HELP } from '../../../src/cli/estimateHelp.js';
import { UsageError } from '../../../src/cli/io.js';

function parsed(...args: string[]): EstimateArgs {
  const r = parseEstimateArgs(['data.csv', ...args]);
  assert.equal(r.help, false);
  return r;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEstimate(args, {
    cwd: '/',
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('estimate --contested-reading', () => {
  it('leaves the reading to the config when not given, and either spelling gives the same options', () => {
    assert.equal(parsed().options.reading, undefined);
    for (const reading of ['strict', 'lenient'] as const) {
      const current = parsed('--contested-reading', reading);
      assert.equal(current.options.reading, reading);
      assert.deepEqual(parsed('--contested', reading), current);
    }
  });

  it(".pilens.json's contestedReading applies unless the flag is given; without either, strict", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pilens-reading-'));
    try {
      // A bare bank-card number: property information, class A under the strict reading, C under lenient.
      writeFileSync(
        join(dir, 'cards.csv'),
        '姓名,银行卡号\n张三,6222020200112233445\n李四,6222020200112233446\n',
      );
      const pieces = async (...args: string[]): Promise<[string, Record<string, number>]> => {
        let out = '';
        const code = await runEstimate(['cards.csv', '--format', 'json', ...args], {
          cwd: dir,
          stdout: { write: (t: string) => (out += t) },
          stderr: { write: () => true },
        });
        assert.equal(code, 0);
        const r = JSON.parse(out) as { assessment: { reading: string }; pieces: Record<string, number> };
        return [r.assessment.reading, r.pieces];
      };
      assert.deepEqual(await pieces(), ['strict', { A: 2, B: 0, C: 0 }]);
      writeFileSync(join(dir, '.pilens.json'), '{ "contestedReading": "lenient" }');
      assert.deepEqual(await pieces(), ['lenient', { A: 0, B: 0, C: 2 }]);
      assert.deepEqual(await pieces('--contested-reading', 'strict'), ['strict', { A: 2, B: 0, C: 0 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses both spellings together, and a value that is no reading, naming the spelling given', () => {
    assert.throws(
      () => parsed('--contested-reading', 'lenient', '--contested', 'lenient'),
      (e) => e instanceof UsageError && /old name of --contested-reading: give one/.test(e.message),
    );
    assert.throws(
      () => parsed('--contested-reading', 'loose'),
      (e) => e instanceof UsageError && e.message === '--contested-reading must be strict or lenient',
    );
    assert.throws(
      () => parsed('--contested', 'loose'),
      (e) => e instanceof UsageError && e.message === '--contested must be strict or lenient',
    );
  });

  it('exits 2 with one line naming the command', async () => {
    const r = await run('/nonexistent/x.csv', '--contested-reading', 'loose');
    assert.deepEqual(r, {
      code: 2,
      out: '',
      err: 'pilens estimate: --contested-reading must be strict or lenient\n',
    });
    const unknown = await run('/nonexistent/x.csv', '--contested-readings', 'strict');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^pilens estimate: Unknown option '--contested-readings'[^\n]*\n$/);
  });
});

describe('estimate --help', () => {
  it('answers -h as --help, before checking anything else, and names both spellings', async () => {
    for (const flag of ['-h', '--help']) {
      assert.deepEqual(parseEstimateArgs([flag, '--format', 'xml']), { help: true });
      assert.deepEqual(await run(flag), { code: 0, out: ESTIMATE_HELP, err: '' });
    }
    assert.match(ESTIMATE_HELP, /\[--contested-reading strict\|lenient\]/);
    assert.match(ESTIMATE_HELP, /--contested, its old name, still works/);
    assert.doesNotMatch(ESTIMATE_HELP, /\[--contested strict/);
    // Not help: no input is a usage error.
    assert.deepEqual(await run(), {
      code: 2,
      out: '',
      err: 'pilens estimate: no input: give a file or folder\n',
    });
  });
});
