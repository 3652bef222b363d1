/**
 * The flows a walk finds, kept as plain values in one list until the walk ends, and made into
 * flows then (`inOrder`). A flow found early in a walk was its own objects (the flow, its path
 * list, a step per place it went through) held to the end: they outlived the young collections
 * that fall inside the walk and were copied by each, then promoted. Kept as values, the steps the
 * walk made die young with the values that carried them, and the flows are made at the end, where
 * the caller holds them (on the Go benchmark's file, 2,085 flows, the analysis alone promoted
 * 0.83 MB instead of 1.23).
 */
import type { CategoryKey } from '../law/schema.js';
import type { Confidence } from '../types.js';
import { MAX_STEPS, stepAt, stronger, unionOf, type Path, type Taint } from './taint.js';
import type { Flow, FlowSink, FlowStep } from './types.js';

/**
 * A flow as the walks make it: by `new` rather than from an object literal, which V8 may
 * pretenure (taint.ts). Its fields in the order the reports' JSON has always shown them.
 */
export class FoundFlow implements Flow {
  constructor(
    readonly offset: number,
    readonly sink: FlowSink,
    readonly categories: readonly CategoryKey[],
    readonly deidentified: boolean,
    readonly path: readonly FlowStep[],
    readonly confidence: Confidence,
  ) {}
}

/**
 * An empty list whose elements V8 holds as objects from the start. A list made by `[]` starts
 * holding small integers, and the optimised `push` of a function that met such a list checks the
 * value is one: the first object pushed onto the next walk's fresh list (a flow, a spare frame,
 * an unknown return) undid the function's optimised code and had it compiled again ("not a Smi"
 * in emit, popFrame, summaryOf and fn under `--trace-deopt`), inside every analysis's first calls.
 * A list's elements kind never narrows back, so one object in and out leaves it general.
 */
export function objectList<T>(): T[] {
  const list: unknown[] = [null];
  list.pop();
  return list as T[];
}

/*
 * One flow in the list: its sink's offset, the sink, its categories, whether it is de-identified,
 * its confidence, its number of steps, then each step's offset and label, the last step first.
 */
const OFFSET = 0;
const SINK = 1;
const CATEGORIES = 2;
const DEIDENTIFIED = 3;
const CONFIDENCE = 4;
const STEPS = 5;
const HEAD = 6;

const NO_STEPS: readonly FlowStep[] = [];

/**
 * Slots in each chunk of the list. A chunk is made at its size and filled: one list grown by
 * `push` was copied at every growth, and the copies made while the walk went on were promoted
 * (1.09 MB promoted an analysis on the Go benchmark's file instead of 0.83).
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

/** The flows found by one walk, in the order found. */
export class FoundFlows {
  readonly #chunks = objectList<unknown[]>();
  /** Slots written. */
  #size = 0;

  /**
   * A sink at `offset` reached by `t`: its path `t`'s then the sink's step (`at`, `label`), as
   * stepsOf makes it.
   */
  reached(offset: number, sink: FlowSink, t: Taint, at: number, label: string): void {
    const { categories, deidentified, confidence, path } = t;
    this.#add(offset, sink, categories, deidentified, confidence, path, at, label, NO_STEPS, MAX_STEPS + 1);
  }

  /**
   * A helper's flow `h` reached by `t` passed to the helper at `at` (the step `label`): `t`'s path,
   * the call's step, then `h`'s path, as joinSteps makes it.
   */
  through(h: Flow, t: Taint, at: number, label: string): void {
    const { categories, confidence, path } = t;
    const deidentified = t.deidentified || h.deidentified;
    this.#add(h.offset, h.sink, categories, deidentified, confidence, path, at, label, h.path, MAX_STEPS);
  }

  /**
   * A flow at `offset` reaching `sink`, its path `path` then the step (`at`, `label`) then `tail`,
   * the whole kept to `cap` steps, its head and its last ones (stepsOf and joinSteps cap so).
   * Nothing when it carries no category.
   */
  #add(
    offset: number,
    sink: FlowSink,
    categories: readonly CategoryKey[],
    deidentified: boolean,
    confidence: Confidence,
    path: Path,
    at: number,
    label: string,
    tail: readonly FlowStep[],
    cap: number,
  ): void {
    if (categories.length === 0) return;
    const whole = path.length + 1 + tail.length;
    const count = Math.min(whole, cap);
    this.#put(offset);
    this.#put(sink);
    this.#put(categories);
    this.#put(deidentified);
    this.#put(confidence);
    this.#put(count);
    // When cut, the path's first step stands first: written last, the list running backwards.
    let left = whole > cap ? count - 1 : count;
    for (let j = tail.length - 1; j >= 0 && left > 0; j--, left--) {
      const st = tail[j] as FlowStep;
      this.#put(st.offset);
      this.#put(st.label);
    }
    if (left > 0) {
      this.#put(at);
      this.#put(label);
      left--;
    }
    for (let node: Path | undefined = path; node !== undefined && left > 0; node = node.prev, left--) {
      this.#put(node.step.offset);
      this.#put(node.step.label);
    }
    if (whole > cap) {
      this.#put(path.first.offset);
      this.#put(path.first.label);
    }
  }

  #put(value: unknown): void {
    const i = this.#size++ & (CHUNK - 1);
    if (i === 0) this.#chunks.push(new Array<unknown>(CHUNK));
    (this.#chunks[this.#chunks.length - 1] as unknown[])[i] = value;
  }

  /** The value in slot `slot`. */
  #at(slot: number): unknown {
    return (this.#chunks[slot >> CHUNK_BITS] as unknown[])[slot & (CHUNK - 1)];
  }

  /**
   * The flows in text order, one per sink call: the flows found at one offset and callee are one
   * flow, the first found with the categories of all added up, de-identified only when every one
   * was, with the strongest confidence of them (and the path of the first not of low confidence);
   * flows at one offset keep the order they were first found in.
   */
  inOrder(): Flow[] {
    const starts: number[] = [];
    for (let i = 0; i < this.#size; i += HEAD + 2 * (this.#at(i + STEPS) as number)) starts.push(i);
    // Stable (flows at one offset keep the order found); the walk finds them nearly in text order,
    // and mostly in it.
    if (!this.#inOrder(starts)) starts.sort((a, b) => this.#offset(a) - this.#offset(b));
    const flows = objectList<Flow>();
    for (let i = 0; i < starts.length;) {
      // Flows i..end share an offset; most offsets have one flow.
      const offset = this.#offset(starts[i] as number);
      let end = i + 1;
      while (end < starts.length && this.#offset(starts[end] as number) === offset) end++;
      for (let j = i; j < end; j++) {
        const first = starts[j] as number;
        // A flow merged into one before it is set to -1.
        if (first < 0) continue;
        const sink = this.#at(first + SINK) as FlowSink;
        let categories = this.#at(first + CATEGORIES) as readonly CategoryKey[];
        let deidentified = this.#at(first + DEIDENTIFIED) as boolean;
        let confidence = this.#at(first + CONFIDENCE) as Confidence;
        let path = first;
        for (let k = j + 1; k < end; k++) {
          const other = starts[k] as number;
          if (other < 0 || (this.#at(other + SINK) as FlowSink).callee !== sink.callee) continue;
          categories = unionOf(categories, this.#at(other + CATEGORIES) as readonly CategoryKey[]);
          deidentified &&= this.#at(other + DEIDENTIFIED) as boolean;
          // A low flow's path gives way to a stronger one's: the path starts at what makes it a
          // normal flow (between medium and high the first path stays).
          const its = this.#at(other + CONFIDENCE) as Confidence;
          if (confidence === 'low' && its !== 'low') path = other;
          confidence = stronger(confidence, its);
          starts[k] = -1;
        }
        flows.push(new FoundFlow(offset, sink, categories, deidentified, this.#steps(path), confidence));
      }
      i = end;
    }
    return flows;
  }

  #offset(start: number): number {
    return this.#at(start + OFFSET) as number;
  }

  #inOrder(starts: readonly number[]): boolean {
    for (let i = 1; i < starts.length; i++)
      if (this.#offset(starts[i] as number) < this.#offset(starts[i - 1] as number)) return false;
    return true;
  }

  /** The steps of the flow at `start`, first to last. */
  #steps(start: number): FlowStep[] {
    const count = this.#at(start + STEPS) as number;
    const steps = new Array<FlowStep>(count);
    for (let k = 0, at = start + HEAD; k < count; k++, at += 2)
      steps[count - 1 - k] = stepAt(this.#at(at) as number, this.#at(at + 1) as string);
    return steps;
  }
}
