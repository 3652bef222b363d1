import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { literalContent } from '../../../src/core/flow/lang/lezer.js';
import {
  asRecord,
  joinSteps,
  merge,
  source,
  step,
  stepAt,
  stepsOf,
  type Taint,
} from '../../../src/core/flow/taint.js';
import { flowOf } from '../../../src/core/flow/helpers.js';

describe('merge (taint.ts)', () => {
  it('adds categories up, sorted, without repeats', () => {
    const a = source(['whereabouts', 'credit'], 0, 'a', 'medium');
    const b = source(['property', 'credit'], 5, 'b', 'medium');
    assert.deepEqual(merge(a, b)?.categories, ['credit', 'property', 'whereabouts']);
    assert.deepEqual(merge(b, a)?.categories, ['credit', 'property', 'whereabouts']);
  });
  it('keeps the list of the side that already holds the other', () => {
    const a = source(['credit', 'whereabouts'], 0, 'a', 'medium');
    const b = source(['credit'], 5, 'b', 'medium');
    assert.equal(merge(a, b)?.categories, a.categories);
    assert.equal(merge(b, a)?.categories, a.categories);
    assert.equal(merge(b, a)?.path, b.path);
  });
  it('gives the first side itself when the second adds nothing, a new value when it does', () => {
    const a = source(['credit', 'whereabouts'], 0, 'a', 'medium');
    assert.equal(merge(a, source(['credit'], 5, 'b', 'medium')), a);
    assert.notEqual(merge(a, asRecord(source(['credit'], 5, 'b', 'medium'))), a);
    assert.equal(merge(a, asRecord(source(['credit'], 5, 'b', 'medium')))?.record, true);
  });
  it('joins the parameters two values come from, each once, those of the first side first', () => {
    const withParams = (params: number[]): Taint => ({ ...source([], 0, 'p', 'medium'), params });
    const a = withParams([2, 0]);
    assert.equal(merge(a, withParams([0]))?.params, a.params);
    assert.deepEqual(merge(a, withParams([1, 2, 3]))?.params, [2, 0, 1, 3]);
    assert.deepEqual(merge(withParams([1]), a)?.params, [1, 2, 0]);
  });
  it('is de-identified only when both sides are', () => {
    const a = { ...source(['whereabouts'], 0, 'a', 'medium'), deidentified: true };
    assert.equal(merge(a, source(['whereabouts'], 1, 'b', 'medium'))?.deidentified, false);
    assert.equal(merge(a, a)?.deidentified, true);
  });
  it('carries the stronger confidence, and a stronger path than a low one (lead ruling 3)', () => {
    const key = source(['online_id'], 0, 'userId', 'low');
    const phone = source(['contact'], 5, 'phone', 'high');
    assert.equal(merge(key, phone)?.confidence, 'high');
    assert.equal(merge(key, phone)?.path.step.label, 'phone');
    assert.equal(merge(phone, key)?.path.step.label, 'phone');
    // NEG: equal confidences keep the first path, and so do medium before high.
    const order = source(['transaction'], 9, 'orderNo', 'low');
    assert.equal(merge(key, order)?.confidence, 'low');
    assert.equal(merge(key, order)?.path.step.label, 'userId');
    const nick = source(['online_id'], 3, 'nickname', 'medium');
    assert.equal(merge(nick, phone)?.confidence, 'high');
    assert.equal(merge(nick, phone)?.path.step.label, 'nickname');
  });
});

describe('stepsOf (taint.ts)', () => {
  const walked = (n: number) => {
    let t = source(['contact'], 0, 's0', 'medium');
    for (let i = 1; i < n; i++) t = step(t, i, `s${String(i)}`);
    return t;
  };
  const labels = (n: number, last?: string) =>
    stepsOf(walked(n).path, last !== undefined ? { offset: 99, label: last } : undefined).map((x) => x.label);
  it('gives a short path whole, first to last, the sink step after it', () => {
    assert.deepEqual(labels(3), ['s0', 's1', 's2']);
    assert.deepEqual(labels(8, 'sink'), ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 'sink']);
  });
  it('keeps the first step and the last seven of a longer one', () => {
    assert.deepEqual(labels(9), ['s0', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    assert.deepEqual(labels(20, 'sink'), ['s0', 's13', 's14', 's15', 's16', 's17', 's18', 's19', 'sink']);
  });
  it('shares the steps before a branch between both values', () => {
    const t = walked(3);
    const a = step(t, 10, 'a');
    const b = step(t, 11, 'b');
    assert.equal(a.path.prev, b.path.prev);
    assert.deepEqual(
      stepsOf(b.path).map((x) => x.label),
      ['s0', 's1', 's2', 'b'],
    );
  });
});

describe('asRecord (taint.ts)', () => {
  it('makes a value a record, keeping the rest, and leaves a record as it is', () => {
    const t = step(source(['contact'], 0, 's0', 'medium'), 3, 's1', { deidentified: true });
    const r = asRecord(t);
    assert.deepEqual({ ...r }, { ...t, record: true });
    assert.equal(asRecord(r), r);
  });
  it('makes taints, path nodes and steps by new, never from an object literal (pretenured by V8)', () => {
    const t = step(source(['contact'], 0, 's0', 'medium'), 3, 's1');
    for (const made of [t, t.path, t.path.step, t.path.first, stepAt(5, 'x')])
      assert.notEqual(Object.getPrototypeOf(made), Object.prototype);
  });
  it('makes flows by new, their JSON in the order the reports have always shown', () => {
    const sink = { kind: 'log', callee: 'logger.info', region: 'unknown' } as const;
    const flow = flowOf(9, sink, ['contact'], false, [stepAt(1, 'phone')], 'medium');
    assert.notEqual(Object.getPrototypeOf(flow), Object.prototype);
    assert.equal(
      JSON.stringify(flow),
      '{"offset":9,"sink":{"kind":"log","callee":"logger.info","region":"unknown"},"categories":["contact"],"deidentified":false,"path":[{"offset":1,"label":"phone"}],"confidence":"medium"}',
    );
  });
});

describe('joinSteps (taint.ts)', () => {
  const walked = (n: number) => {
    let t = source(['contact'], 0, 's0', 'medium');
    for (let i = 1; i < n; i++) t = step(t, i, `s${String(i)}`);
    return t;
  };
  it('gives the steps of path, through and tail capped as stepsOf caps one long path', () => {
    const through = { offset: 50, label: 'through' };
    for (let n = 1; n <= 12; n++)
      for (let k = 1; k <= 10; k++) {
        const tail = Array.from({ length: k }, (_, i) => ({ offset: 100 + i, label: `t${String(i)}` }));
        // The reference: the whole sequence as one path, cut by stepsOf's rule.
        const whole = [...stepsOf(walked(n).path, through), ...tail];
        const expected = whole.length <= 8 ? whole : [whole[0], ...whole.slice(whole.length - 7)];
        assert.deepEqual(
          joinSteps(walked(n).path, through, tail),
          expected,
          `path ${String(n)}, tail ${String(k)}`,
        );
      }
  });
});

describe('literalContent (lezer.ts)', () => {
  it('strips prefixes and one or three quotes', () => {
    assert.equal(literalContent('"phone"'), 'phone');
    assert.equal(literalContent("f'{a} b'"), '{a} b');
    assert.equal(literalContent('rb"""x\ny"""'), 'x\ny');
    assert.equal(literalContent('`t`'), 't');
    assert.equal(literalContent('""'), '');
  });
  it('keeps an unclosed literal whole and reads at most 400 characters', () => {
    assert.equal(literalContent('"abc'), 'abc');
    assert.equal(literalContent('"""ab""'), 'ab""');
    assert.equal(literalContent(`"${'x'.repeat(500)}"`), 'x'.repeat(399));
    assert.equal(literalContent('phone'), 'phone');
  });
});
