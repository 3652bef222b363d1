/**
 * The state of one walk over the language-neutral form: nested scopes of variables and the
 * taint each holds (`null`: known, carries nothing), what member reads have shown a variable
 * to hold (`req.getPhone()` makes `req` a record with contact details), the hosts of URL
 * literals held in variables, and the flows found so far.
 */
import type { CategoryKey } from '../law/schema.js';
import type { ClientTable } from './clients.js';
import type { FlowOut, HelperSink, Summary } from './helpers.js';
import type { Fn, Stmt } from './ir.js';
import * as nameMapModule from './nameMap.js';
import type { CalleeFacts } from './walkCall.js';
import type { FlowLanguage } from './sinks.js';
import type { NameReader, RecordTypes } from './sources.js';
import { asRecord, merge, source, step, type Taint } from './taint.js';

/** What a value stored into a variable makes of it: a record holding the value. */
const RECORD = { record: true } as const;
import type { Flow } from './types.js';

/**
 * A body being walked, inside the bodies holding it. Every field is always present (undefined
 * where it does not apply): one object shape, made without a spread per block.
 */
export interface Container {
  readonly body: readonly Stmt[];
  readonly up: Container | undefined;
  /**
   * The file's top-level functions, on the top container of a walk one declaration at a time
   * (walkStream.ts), whose table fills as it lowers: looked up instead of `helpers`.
   */
  readonly top: TopFunctions | undefined;
  /**
   * Whether a call can reach the body's named functions by name: every body a statement opens
   * (a function's, a block's, a class's), but not a lambda's nor any body inside one.
   */
  readonly named: boolean;
  /** The body's own named functions by name, read the first time a call looks in it. */
  helpers: ReadonlyMap<string, Fn | null> | undefined;
}

/** Top-level functions by name (null: defined twice), as a streamed walk knows them. */
export interface TopFunctions {
  get(name: string): Fn | null | undefined;
}

/**
 * A body being walked, made by `new` rather than from an object literal: V8 may pretenure a
 * literal's objects (taint.ts), and a walk makes one of these per block.
 */
export class Body implements Container {
  helpers: ReadonlyMap<string, Fn | null> | undefined = undefined;
  constructor(
    readonly body: readonly Stmt[],
    readonly up: Container | undefined,
    readonly top: TopFunctions | undefined,
    readonly named: boolean,
  ) {}
}

// Copied once: under a CommonJS transform (tsx, the benchmarks) every use of an imported binding
// is a getter call (see walk.ts).
const { NameMap } = nameMapModule;
type NameMap<V> = nameMapModule.NameMap<V>;

/**
 * One scope, made by `new` (see Body), its bindings in NameMaps (nameMap.ts). Most scopes observe
 * nothing and declare no type: those are made on first use. A scope left goes to the walk's spare
 * frames, emptied, and is the next scope entered (pushFrame, popFrame): a walk enters a scope per
 * function and per summary, and made its maps' arrays afresh for each.
 */
class Frame {
  readonly vars = new NameMap<Taint | null>();
  observed: NameMap<Taint> | undefined = undefined;
  /** The declared types of the scope's variables (`Person p`), by simple name. */
  types: NameMap<string> | undefined = undefined;

  clear(): void {
    this.vars.clear();
    this.observed?.clear();
    this.types?.clear();
  }
}

/**
 * One walk's state. A helper's summary is walked in the same state (walk.ts summaryOf): while it
 * is, `summary` collects what the parameters reach and `floor` hides the caller's scopes.
 */
export interface WalkState extends FlowOut {
  summary: HelperSink[] | undefined;
  /** The first frame the walk sees: the summarised helper's own while a summary is walked. */
  floor: number;
  readonly language: FlowLanguage;
  readonly read: NameReader;
  readonly types: RecordTypes;
  readonly frames: Frame[];
  /** Frames left, emptied, for the next scopes entered. */
  readonly spare: Frame[];
  readonly hosts: Map<string, string>;
  /** The host of each URL literal met, null for none (walkCall.ts literalHost). */
  readonly literalHosts: Map<string, string | null>;
  readonly flows: Flow[];
  /** What the functions being walked return, innermost last. */
  readonly returns: (Taint | undefined)[];
  /**
   * The bodies being walked now, innermost first, each with its named functions: a call finds
   * the helper nearest to it.
   */
  readonly within: { at: Container | undefined };
  readonly summaries: Map<Fn, Summary | 'pending'>;
  /**
   * What each summarised helper returns, walked with its parameters bound to probes (null: no
   * PI): its own sources' categories, and the parameters whose values it passes on (walkCall.ts).
   */
  readonly returned: Map<Fn, Taint | null>;
  /** Feign and Retrofit clients declared in the file, and the variables holding them. */
  readonly clients: ClientTable;
  /** What is known of each callee met so far (walkCall.ts). */
  readonly callees: Map<string, CalleeFacts>;
  readonly labels: Labels;
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

/** A fresh state with the file's own scope. */
export function newState(
  language: FlowLanguage,
  read: NameReader,
  types: RecordTypes,
  clients: ClientTable,
): WalkState {
  return {
    language,
    read,
    types,
    frames: [new Frame()],
    spare: objectList(),
    hosts: new Map(),
    literalHosts: new Map(),
    flows: objectList(),
    returns: objectList(),
    within: { at: undefined },
    summaries: new Map(),
    returned: new Map(),
    clients,
    callees: new Map(),
    labels: new Labels(),
    summary: undefined,
    floor: 0,
  };
}

/** Enters a scope: a spare frame, else a new one. */
export function pushFrame(s: WalkState): void {
  s.frames.push(s.spare.pop() ?? new Frame());
}

/** Leaves the innermost scope: its frame is emptied and kept for the next. */
export function popFrame(s: WalkState): void {
  const frame = s.frames.pop();
  if (frame === undefined) return;
  frame.clear();
  s.spare.push(frame);
}

/** Notes the declared type of a variable of the current scope (`Person p`, `p: Person`). */
export function declareType(s: WalkState, name: string, type: string): void {
  const frame = s.frames[s.frames.length - 1];
  if (frame !== undefined) (frame.types ??= new NameMap<string>()).set(name, type);
}

/**
 * The declared type of the variable `name` in the scope that holds it; `undefined` when it has
 * none there (an inner untyped `p` hides an outer `Person p`).
 */
export function typeOf(s: WalkState, name: string): string | undefined {
  for (let i = s.frames.length - 1; i >= s.floor; i--) {
    const frame = s.frames[i];
    if (frame?.vars.has(name) === true) return frame.types?.get(name);
  }
  return undefined;
}

/** A variable's taint: `undefined` when unknown, `null` when known to carry nothing. */
export function lookup(s: WalkState, name: string): Taint | null | undefined {
  for (let i = s.frames.length - 1; i >= s.floor; i--) {
    const hit = s.frames[i]?.vars.get(name);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** What member reads showed the variable to hold, as a record. */
export function observedOf(s: WalkState, name: string): Taint | undefined {
  for (let i = s.frames.length - 1; i >= s.floor; i--) {
    const hit = s.frames[i]?.observed?.get(name);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Records that a member of variable `name` read as PI: the variable is a record holding it. */
export function observe(s: WalkState, name: string, t: Taint): void {
  const frame = s.frames[s.frames.length - 1];
  if (frame === undefined || lookup(s, name) === undefined) return;
  const observed = (frame.observed ??= new NameMap<Taint>());
  const before = observed.get(name);
  const after = merge(before, t) ?? t;
  // The same member read again (`user.phone` twice) changes nothing: no new record.
  if (
    before?.record === true &&
    after.categories === before.categories &&
    after.deidentified === before.deidentified &&
    after.params === before.params
  )
    return;
  observed.set(name, asRecord(after));
}

export function define(s: WalkState, name: string, t: Taint | null): void {
  s.frames[s.frames.length - 1]?.vars.set(name, t);
}

export function assign(s: WalkState, name: string, t: Taint | null): void {
  for (let i = s.frames.length - 1; i >= s.floor; i--) {
    const vars = s.frames[i]?.vars;
    if (vars?.has(name) === true) {
      vars.set(name, t);
      return;
    }
  }
  define(s, name, t);
}

/** One-category lists, one per category: every source read by name holds one (bounded by the categories). */
const SINGLE = new Map<CategoryKey, readonly CategoryKey[]>();
function single(category: CategoryKey): readonly CategoryKey[] {
  let list = SINGLE.get(category);
  if (list === undefined) SINGLE.set(category, (list = [category]));
  return list;
}

/** A name read as a source, or nothing. */
export function named(
  s: WalkState,
  name: string,
  owner: string | undefined,
  at: number,
  label = name,
): Taint | undefined {
  const r = s.read(name, owner);
  return r === undefined ? undefined : source(single(r.category), at, label, r.confidence);
}

/** A member read as a source (`user.phone`), labelled `labelOwner.name`; the label is only written for a source. */
export function namedMember(
  s: WalkState,
  name: string,
  owner: string | undefined,
  at: number,
  labelOwner: string | undefined,
): Taint | undefined {
  const r = s.read(name, owner);
  if (r === undefined) return undefined;
  return source(single(r.category), at, labelOf(s.labels.member, labelOwner ?? '…', name, '.'), r.confidence);
}

/**
 * The label `a` + `between` + `b`, one string per distinct label in a walk: a file reads the same
 * members of the same variables over and over (`member.mobile` in every method), and each label
 * built afresh was two strings kept with the flows to the end of the walk.
 */
export function labelOf(
  made: Map<string, Map<string, string>>,
  a: string,
  b: string,
  between: string,
): string {
  let byB = made.get(a);
  if (byB === undefined) made.set(a, (byB = new Map<string, string>()));
  let label = byB.get(b);
  if (label === undefined) byB.set(b, (label = `${a}${between}${b}`));
  return label;
}

/** The labels a walk has made, by template (labelOf). */
export class Labels {
  /** `owner.member`. */
  readonly member = new Map<string, Map<string, string>>();
  /** `name: Type`. */
  readonly typed = new Map<string, Map<string, string>>();
  /** `assigned to name`, by name. */
  readonly assigned = new Map<string, string>();
}

/** A variable of a record type declared in the text (`acc Account`): its categories as a record. */
export function typed(s: WalkState, type: string | undefined, at: number, name: string): Taint | undefined {
  const record = type !== undefined ? s.types.get(type) : undefined;
  if (record === undefined || record.categories.length === 0) return undefined;
  return source(
    record.categories,
    at,
    labelOf(s.labels.typed, name, type ?? '', ': '),
    record.confidence,
    true,
  );
}

/** A value stored into variable `recv` (`dto.phone = x`, `map.put("phone", x)`): it now holds it. */
export function storeInto(s: WalkState, recv: string, t: Taint, at: number, label: string): void {
  const held = step(t, at, label, RECORD);
  assign(s, recv, merge(lookup(s, recv) ?? undefined, held) ?? null);
}

/**
 * `recv.prop` where `recv` is declared with a record type of the file: the field as the scan read
 * it in the record's declaration (sources.ts RecordTypes), labelled `owner.prop`.
 */
export function fieldMember(
  s: WalkState,
  prop: string,
  type: string,
  at: number,
  owner: string | undefined,
): Taint | undefined {
  const r = s.types.field(type, prop);
  if (r === undefined) return undefined;
  return source(single(r.category), at, labelOf(s.labels.member, owner ?? '…', prop, '.'), r.confidence);
}

/** The categories that make a record a person's: how to reach them, or who they are. */
const IDENTIFYING: readonly CategoryKey[] = ['contact', 'id_number'];

/**
 * `name` of a record type of the file whose fields reach a person (`record QuoteRequest(String
 * name, String idNumber, …)`, a dataclass `Resume` with a phone): the person's name, whatever
 * the type is called. A type holding no contact detail or ID number (`Product`, `Hotel` with no
 * flagged phone) keeps `name` as what it names.
 */
export function personName(
  s: WalkState,
  prop: string,
  type: string,
  at: number,
  owner: string | undefined,
): Taint | undefined {
  if (prop !== 'name' && prop !== 'Name') return undefined;
  const categories = s.types.get(type)?.categories;
  if (categories === undefined || !categories.some((c) => IDENTIFYING.includes(c))) return undefined;
  // As sure as a flagged member: the record's contact or ID number says whose name it is.
  return source(single('name'), at, labelOf(s.labels.member, owner ?? '…', prop, '.'), 'medium');
}
