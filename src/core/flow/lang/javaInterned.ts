/**
 * One string per distinct name and dotted callee of a Java lowering (javaLowerExpr.ts). A file
 * names the same few receivers and calls the same few methods over and over (`log`, `member`,
 * `log.info`): slicing and concatenating each use afresh made a new string per node, which the
 * lowered form then kept alive (the garbage collector copying it) and the walk hashed again in
 * every scope and callee lookup. The same string object is hashed once.
 */
import * as lezerModule from './lezer.js';

const { joinCallee } = lezerModule;

/** Candidates kept per (length, first, last character): past this, names are sliced, not kept. */
const MAX_BUCKET = 16;

/** The strings of one lowering, each made once. */
export class InternedNames {
  readonly #names = new Map<number, string[]>();
  readonly #joined = new Map<string, Map<string, string>>();
  readonly #called = new Map<string, string>();

  /** `text.slice(from, to)`, compared in place with the names already seen before it is sliced. */
  name(text: string, from: number, to: number): string {
    const length = to - from;
    if (length <= 0) return '';
    const key = length * 65536 + (text.charCodeAt(from) & 0xff) * 256 + (text.charCodeAt(to - 1) & 0xff);
    let bucket = this.#names.get(key);
    if (bucket === undefined) this.#names.set(key, (bucket = []));
    for (const known of bucket) if (text.startsWith(known, from)) return known;
    const made = text.slice(from, to);
    if (bucket.length < MAX_BUCKET) bucket.push(made);
    return made;
  }

  /** `joinCallee(left, name)`: `left.name`, or `name` after `this` or nothing. */
  joined(left: string, name: string): string {
    let byName = this.#joined.get(left);
    if (byName === undefined) this.#joined.set(left, (byName = new Map<string, string>()));
    let made = byName.get(name);
    if (made === undefined) byName.set(name, (made = joinCallee(left, name)));
    return made;
  }

  /** A call's callee text as a receiver of another: `callee()`. */
  called(callee: string): string {
    let made = this.#called.get(callee);
    if (made === undefined) this.#called.set(callee, (made = `${callee}()`));
    return made;
  }
}
