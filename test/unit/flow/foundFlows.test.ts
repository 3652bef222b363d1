import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { CategoryKey } from '../../../src/core/law/schema.js';
import { FoundFlows } from '../../../src/core/flow/found.js';
import { flowOf } from '../../../src/core/flow/helpers.js';
import {
  joinSteps,
  source,
  step,
  stepAt,
  stepsOf,
  stronger,
  unionOf,
  type Taint,
} from '../../../src/core/flow/taint.js';
import type { Flow, FlowSink } from '../../../src/core/flow/types.js';
import type { Confidence } from '../../../src/core/types.js';

const CATEGORIES: readonly CategoryKey[] = ['contact', 'credit', 'health', 'whereabouts'];

/** A small deterministic generator (the same cases every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

/** A flow found: what reaches the sink at `offset`. */
interface Found {
  readonly offset: number;
  readonly sink: FlowSink;
  readonly t: Taint;
}

/** The flow `stepsOf` makes of one found (the sink's step `argument`). */
function flowOfFound({ offset, sink, t }: Found): Flow {
  const path = stepsOf(t.path, stepAt(offset, 'argument'));
  return flowOf(offset, sink, t.categories, t.deidentified, path, t.confidence);
}

/** One flow per sink call as a walk once kept them: a map by offset and callee, merged as found. */
function reference(found: readonly Flow[]): Flow[] {
  const index = new Map<string, number>();
  const flows: Flow[] = [];
  for (const flow of found) {
    if (flow.categories.length === 0) continue;
    const key = `${String(flow.offset)} ${flow.sink.callee}`;
    const at = index.get(key);
    const before = at === undefined ? undefined : flows[at];
    if (at === undefined || before === undefined) {
      index.set(key, flows.length);
      flows.push(flow);
      continue;
    }
    flows[at] = flowOf(
      before.offset,
      before.sink,
      unionOf(before.categories, flow.categories),
      before.deidentified && flow.deidentified,
      before.confidence === 'low' && flow.confidence !== 'low' ? flow.path : before.path,
      stronger(before.confidence, flow.confidence),
    );
  }
  return flows.sort((a, b) => a.offset - b.offset);
}

const sinks: FlowSink[] = ['log.info', 'log.warn', 'client.post'].map((callee) => ({
  kind: 'log',
  callee,
  region: 'unknown',
}));

const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];

/** A taint of `categories` read at `at`, masked or not. */
function taintOf(
  categories: readonly CategoryKey[],
  at: number,
  label: string,
  confidence: Confidence,
  masked: boolean,
): Taint {
  const t = source(categories, at, label, confidence);
  return masked ? step(t, at, 'masked', { deidentified: true }) : t;
}

function found(next: () => number, count: number, spread: number): Found[] {
  const flows: Found[] = [];
  for (let i = 0; i < count; i++) {
    // Mostly in text order, some out of it (a helper's sink, a nested call's).
    const offset = next() < 0.8 ? i * 3 + Math.floor(next() * 4) : Math.floor(next() * spread);
    const categories = CATEGORIES.filter(() => next() < 0.4);
    const sink = sinks[Math.floor(next() * sinks.length)] as FlowSink;
    const confidence = CONFIDENCES[Math.floor(next() * CONFIDENCES.length)] as Confidence;
    flows.push({
      offset,
      sink,
      t: taintOf(categories, offset, `step ${String(i)}`, confidence, next() < 0.5),
    });
  }
  return flows;
}

describe('FoundFlows (found.ts)', () => {
  it('keeps one flow per offset and callee, merged, in text order, as the map it replaces', () => {
    const next = random(7);
    for (const [count, spread] of [
      [0, 1],
      [1, 1],
      [5, 4],
      [40, 10],
      [300, 900],
      [2000, 6000],
      [2000, 30],
    ] as const) {
      const flows = found(next, count, spread);
      const out = new FoundFlows();
      for (const { offset, sink, t } of flows) out.reached(offset, sink, t, offset, 'argument');
      assert.deepEqual(JSON.stringify(out.inOrder()), JSON.stringify(reference(flows.map(flowOfFound))));
    }
  });
  it('drops flows without categories and merges two callees at one offset apart', () => {
    const [info, warn] = sinks as [FlowSink, FlowSink];
    const out = new FoundFlows();
    const at = (offset: number, sink: FlowSink, categories: CategoryKey[], deidentified: boolean): void => {
      out.reached(
        offset,
        sink,
        taintOf(categories, offset, 'read', 'medium', deidentified),
        offset,
        'argument',
      );
    };
    at(9, info, ['credit'], true);
    at(4, warn, [], false);
    at(9, warn, ['contact'], false);
    at(9, info, ['contact'], true);
    at(2, info, ['health'], false);
    at(9, info, ['credit'], false);
    assert.deepEqual(
      out.inOrder().map((f) => [f.offset, f.sink.callee, f.categories.join(), f.deidentified]),
      [
        [2, 'log.info', 'health', false],
        [9, 'log.info', 'contact,credit', false],
        [9, 'log.warn', 'contact', false],
      ],
    );
  });
  it('cuts a path as stepsOf does, and a path through a helper as joinSteps does', () => {
    const [info] = sinks as [FlowSink];
    for (let length = 1; length <= 12; length++)
      for (let tailLength = 0; tailLength <= 10; tailLength++) {
        let t = source(['contact'], 0, 'read', 'high');
        for (let i = 1; i < length; i++) t = step(t, i, `step ${String(i)}`);
        const tail = Array.from({ length: tailLength }, (_, i) => stepAt(100 + i, `inside ${String(i)}`));
        const helper = flowOf(200, info, ['name'], false, tail, 'high');
        const out = new FoundFlows();
        out.reached(50, info, t, 50, 'argument');
        out.through(helper, t, 60, 'passed to send');
        const [reached, through] = out.inOrder();
        assert.deepEqual(
          JSON.stringify(reached?.path),
          JSON.stringify(stepsOf(t.path, stepAt(50, 'argument'))),
        );
        assert.deepEqual(
          JSON.stringify(through?.path),
          JSON.stringify(joinSteps(t.path, stepAt(60, 'passed to send'), tail)),
        );
      }
  });
});
