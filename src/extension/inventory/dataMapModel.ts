/**
 * The "Data map" as plain data: the workspace's flows grouped category → sink (kind, recipient,
 * where it is) → the places in the code, the shape of `pilens scan --flows --format markdown`'s
 * map. No `vscode` here, so the grouping is unit-tested without an editor. Names only: sink
 * kinds, callees, vendors and hosts, never a value.
 */
import type { SinkKind } from '../../core/flow/kinds.js';
import { classFor } from '../../core/law/categories.js';
import type { CategoryKey, LegalClass } from '../../core/law/schema.js';
import { compareReportedFlows, type ReportedFlow } from '../../core/report/flows.js';

/** The flows of one workspace file, with the URI the tree opens. */
export interface DataMapFile {
  readonly uri: string;
  readonly flows?: readonly ReportedFlow[];
}

/** One place in the code where a category reaches a sink. */
export interface DataMapPlace {
  readonly uri: string;
  readonly flow: ReportedFlow;
}

/** A sink a category reaches: its kind and recipient (vendor, host, else the callee). */
export interface DataMapSink {
  readonly kind: SinkKind;
  readonly recipient: string;
  /** `true` abroad, `false` mainland China, `null` unknown. */
  readonly crossBorder: boolean | null;
  /** Sorted by file, then position. */
  readonly places: readonly DataMapPlace[];
  /** How many of the places carry it masked or hashed (still PI). */
  readonly masked: number;
}

export interface DataMapCategory {
  readonly category: CategoryKey;
  /** The catalogue's class (`null` for a flag such as `minor_u14`). */
  readonly class: LegalClass | null;
  readonly flowCount: number;
  readonly sinks: readonly DataMapSink[];
}

/** Where a flow goes, as the data map names it: the vendor, else the host, else the callee. */
export function recipientOf(flow: ReportedFlow): string {
  return flow.sink.vendor ?? flow.sink.target ?? flow.sink.callee;
}

interface SinkEntry {
  readonly sink: Omit<DataMapSink, 'masked'>;
  readonly places: DataMapPlace[];
}

const CLASS_ORDER: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, null: 3 };
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Categories by class (A first) then key; inside each, sinks abroad first, then by kind and
 * recipient; places by file and position. A flow carrying two categories appears under both.
 */
export function groupDataMap(files: Iterable<DataMapFile>): DataMapCategory[] {
  const byCategory = new Map<CategoryKey, Map<string, SinkEntry>>();
  for (const file of files)
    for (const flow of file.flows ?? [])
      for (const category of flow.categories) {
        let sinks = byCategory.get(category);
        if (sinks === undefined) byCategory.set(category, (sinks = new Map<string, SinkEntry>()));
        const recipient = recipientOf(flow);
        const key = `${flow.sink.kind}\u0000${recipient}\u0000${String(flow.crossBorder)}`;
        let entry = sinks.get(key);
        if (entry === undefined) {
          const places: DataMapPlace[] = [];
          entry = {
            sink: { kind: flow.sink.kind, recipient, crossBorder: flow.crossBorder, places },
            places,
          };
          sinks.set(key, entry);
        }
        entry.places.push({ uri: file.uri, flow });
      }
  const categories: DataMapCategory[] = [];
  for (const [category, sinks] of byCategory) {
    const list = [...sinks.values()].map(({ sink, places }) => {
      places.sort((a, b) => compareReportedFlows(a.flow, b.flow));
      return { ...sink, places, masked: places.filter((p) => p.flow.deidentified).length };
    });
    list.sort(
      (a, b) =>
        Number(b.crossBorder === true) - Number(a.crossBorder === true) ||
        compareText(a.kind, b.kind) ||
        compareText(a.recipient, b.recipient),
    );
    categories.push({
      category,
      class: classFor(category),
      flowCount: list.reduce((n, s) => n + s.places.length, 0),
      sinks: list,
    });
  }
  return categories.sort(
    (a, b) =>
      (CLASS_ORDER[String(a.class)] ?? 3) - (CLASS_ORDER[String(b.class)] ?? 3) ||
      compareText(a.category, b.category),
  );
}
