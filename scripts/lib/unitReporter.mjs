// A node:test reporter for `npm test`: nothing for passing tests, each failure with its path and
// error, then one summary line. (`npm run test:unit -- --verbose` keeps node's spec reporter.)
import { relative } from 'node:path';
import { inspect } from 'node:util';

const MAX_ERROR_LINES = 20;
const MAX_STDERR_CHARS = 8_000;
/** Stack frames of node's own runner say nothing about the failing test. */
const internalFrame = /^\s+at .*(node:internal|node:async_hooks|\(<anonymous>\)|Array\.map)/;

const indent = (lines) => {
  const shown = lines.filter((line) => !internalFrame.test(line)).slice(0, MAX_ERROR_LINES);
  return shown.map((line) => `    ${line}`).join('\n');
};

/** The failing assertion, not the runner's wrapper around it. */
function describeError(error) {
  const cause = error?.code === 'ERR_TEST_FAILURE' && error.cause ? error.cause : error;
  const text = cause instanceof Error ? (cause.stack ?? cause.message) : inspect(cause);
  return indent(text.split('\n'));
}

export default async function* unitReporter(source) {
  const path = [];
  const summary = new Map();
  /** What each test file wrote to stderr: shown only when the file itself fails (e.g. cannot load). */
  const stderr = new Map();
  for await (const event of source) {
    const { data } = event;
    if (event.type === 'test:start') path[data.nesting] = data.name;
    if (event.type === 'test:stderr' && data.file) {
      const text = (stderr.get(data.file) ?? '') + data.message;
      stderr.set(data.file, text.slice(-MAX_STDERR_CHARS));
    }
    if (event.type === 'test:fail' && data.details?.type !== 'suite') {
      path[data.nesting] = data.name;
      const file = data.file ? relative(process.cwd(), data.file) : '';
      const names = path.slice(0, data.nesting + 1).filter((name) => name !== data.file);
      const wholeFile = data.name === data.file;
      const why =
        wholeFile && stderr.has(data.file)
          ? indent(stderr.get(data.file).split('\n'))
          : describeError(data.details?.error);
      yield `✘ ${[file, ...names].filter(Boolean).join(' › ')}\n${why}\n\n`;
    }
    if (event.type === 'test:diagnostic' && data.nesting === 0) {
      const [key, value] = data.message.split(' ');
      if (key && value) summary.set(key, value);
    }
  }
  const count = (key) => Number(summary.get(key) ?? 0);
  const extra = ['cancelled', 'skipped', 'todo']
    .filter((key) => count(key) > 0)
    .map((key) => `, ${count(key)} ${key}`);
  const took = (count('duration_ms') / 1000).toFixed(1);
  // A cancelled test (a timeout, a parent that failed) fails the run as a failure does.
  const failed = count('fail') + count('cancelled') > 0;
  yield `${failed ? '✘' : '✔'} unit: ${count('tests')} tests, ${count('pass')} passed, ${count('fail')} failed${extra.join('')} (${count('suites')} suites, ${took} s)\n`;
}
