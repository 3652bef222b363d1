/**
 * A data flow: personal information going from where it is read to a sink. Offsets are
 * 0-based into the text; the reports turn them into 1-based lines and columns.
 */
import type { CategoryKey } from '../law/schema.js';
import type { Confidence } from '../types.js';
import type { SinkKind } from './kinds.js';
import type { Region } from './sinks.js';

/** One step of a flow: where it happened and what happened, in names only (never values). */
export interface FlowStep {
  readonly offset: number;
  readonly label: string;
}

/** The sink a flow reaches. */
export interface FlowSink {
  readonly kind: SinkKind;
  /** The callee as written, dotted (`logger.info`, `axios.post`). */
  readonly callee: string;
  /** The destination host, when a URL literal is in the call. */
  readonly target?: string;
  readonly vendor?: string;
  /** Where the destination is: from the host, else from the vendor. */
  readonly region: Region;
}

/** Personal information reaching a sink. */
export interface Flow {
  /** Offset of the sink call. */
  readonly offset: number;
  readonly sink: FlowSink;
  /** Categories that reach the sink, sorted. */
  readonly categories: readonly CategoryKey[];
  /**
   * Everything reaching the sink was masked or hashed on the way: still PI (PIPL Art. 73(3)),
   * reported at a lower level.
   */
  readonly deidentified: boolean;
  /** From the source to the sink argument; the last step is the sink. */
  readonly path: readonly FlowStep[];
  /**
   * The strongest confidence the scan's classifier gave what reaches the sink. `low` when all of
   * it is keys to a person or order numbers (`userId`, `orderNo`): a recipient can link them to
   * the person, so it is a flow, reported at the lower level.
   */
  readonly confidence: Confidence;
}
