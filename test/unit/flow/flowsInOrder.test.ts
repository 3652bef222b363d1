import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { CategoryKey } from '../../../src/core/law/schema.js';
import { emit, flowOf, flowsInOrder, type FlowOut } from '../../../src/core/flow/helpers.js';
import { stepAt, stronger, unionOf } from '../../../src/core/flow/taint.js';
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

/** One flow per sink call as emit kept them before: a map by offset and callee, merged as found. */
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

function found(next: () => number, count: number, spread: number): Flow[] {
  const flows: Flow[] = [];
  for (let i = 0; i < count; i++) {
    // Mostly in text order, some out of it (a helper's sink, a nested call's).
    const offset = next() < 0.8 ? i * 3 + Math.floor(next() * 4) : Math.floor(next() * spread);
    const categories = CATEGORIES.filter(() => next() < 0.4);
    const sink = sinks[Math.floor(next() * sinks.length)] as FlowSink;
    const confidence = CONFIDENCES[Math.floor(next() * CONFIDENCES.length)] as Confidence;
    flows.push(
      flowOf(offset, sink, categories, next() < 0.5, [stepAt(offset, `step ${String(i)}`)], confidence),
    );
  }
  return flows;
}

describe('flowsInOrder (helpers.ts)', () => {
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
      const out: FlowOut = { flows: [] };
      for (const flow of flows) emit(out, flow, undefined);
      assert.deepEqual(JSON.stringify(flowsInOrder(out)), JSON.stringify(reference(flows)));
    }
  });
  it('drops flows without categories and merges two callees at one offset apart', () => {
    const [info, warn] = sinks as [FlowSink, FlowSink];
    const out: FlowOut = { flows: [] };
    const at = (offset: number, sink: FlowSink, categories: CategoryKey[], deidentified: boolean): void => {
      emit(out, flowOf(offset, sink, categories, deidentified, [], 'medium'), undefined);
    };
    at(9, info, ['credit'], true);
    at(4, warn, [], false);
    at(9, warn, ['contact'], false);
    at(9, info, ['contact'], true);
    at(2, info, ['health'], false);
    at(9, info, ['credit'], false);
    assert.deepEqual(
      flowsInOrder(out).map((f) => [f.offset, f.sink.callee, f.categories.join(), f.deidentified]),
      [
        [2, 'log.info', 'health', false],
        [9, 'log.info', 'contact,credit', false],
        [9, 'log.warn', 'contact', false],
      ],
    );
  });
});
