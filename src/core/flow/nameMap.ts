/**
 * A scope's bindings by name (scope.ts): a function's scope holds a handful of names, read and
 * written at every name the walk meets, and a Map per scope hashed each of them and made a
 * backing table per scope. While a scope holds at most SMALL names they sit in one array, names
 * and values alternating, compared by identity first (the lowerings intern a file's names); past
 * that (a file's or a class's own scope) they move to a Map, so a large scope costs no scan.
 *
 * A map is cleared and used again for the next scope (scope.ts keeps spare frames): its array is
 * made once at its full size and only its count goes back to zero, where a map per scope made an
 * array per scope and a larger one as it grew (`push` past two slots took nineteen).
 */

/** Names held in the array before a Map takes them. */
const SMALL = 8;

/** Names to values, in a short array while few and a Map once many. */
export class NameMap<V> {
  /** Names at even slots, each followed by its value; undefined until the first name. */
  #slots: (string | V | undefined)[] | undefined = undefined;
  /** Slots in use in `#slots` (twice the names). */
  #used = 0;
  #map: Map<string, V> | undefined = undefined;

  /** The value of `name`, or undefined when it has none here. */
  get(name: string): V | undefined {
    const map = this.#map;
    if (map !== undefined) return map.get(name);
    const slots = this.#slots;
    if (slots === undefined) return undefined;
    const used = this.#used;
    for (let i = 0; i < used; i += 2) if (slots[i] === name) return slots[i + 1] as V;
    return undefined;
  }

  has(name: string): boolean {
    const map = this.#map;
    if (map !== undefined) return map.has(name);
    const slots = this.#slots;
    if (slots === undefined) return false;
    const used = this.#used;
    for (let i = 0; i < used; i += 2) if (slots[i] === name) return true;
    return false;
  }

  set(name: string, value: V): void {
    const map = this.#map;
    if (map !== undefined) {
      map.set(name, value);
      return;
    }
    const slots = (this.#slots ??= new Array<string | V | undefined>(2 * SMALL));
    const used = this.#used;
    for (let i = 0; i < used; i += 2)
      if (slots[i] === name) {
        slots[i + 1] = value;
        return;
      }
    if (used < 2 * SMALL) {
      slots[used] = name;
      slots[used + 1] = value;
      this.#used = used + 2;
      return;
    }
    const many = new Map<string, V>();
    for (let i = 0; i < used; i += 2) many.set(slots[i] as string, slots[i + 1] as V);
    many.set(name, value);
    this.#map = many;
    this.#clearSlots();
  }

  /** Forgets every name, keeping the array for the next scope (a Map, rare, is dropped). */
  clear(): void {
    this.#map = undefined;
    this.#clearSlots();
  }

  /** Empties the array's used slots: a value left in it would be kept alive by a spare frame. */
  #clearSlots(): void {
    const slots = this.#slots;
    if (slots !== undefined) for (let i = 0; i < this.#used; i++) slots[i] = undefined;
    this.#used = 0;
  }
}
