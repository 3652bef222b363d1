/**
 * A scope's bindings by name (scope.ts): a function's scope holds a handful of names, read and
 * written at every name the walk meets, and a Map per scope hashed each of them and made a
 * backing table per scope. While a scope holds at most SMALL names they sit in one array, names
 * and values alternating, compared by identity first (the lowerings intern a file's names); past
 * that (a file's or a class's own scope) they move to a Map, so a large scope costs no scan.
 */

/** Names held in the array before a Map takes them. */
const SMALL = 8;

/** Names to values, in a short array while few and a Map once many. */
export class NameMap<V> {
  /** Names at even slots, each followed by its value; undefined until the first name. */
  #slots: (string | V)[] | undefined = undefined;
  #map: Map<string, V> | undefined = undefined;

  /** The value of `name`, or undefined when it has none here. */
  get(name: string): V | undefined {
    const slots = this.#slots;
    if (slots !== undefined) {
      for (let i = 0; i < slots.length; i += 2) if (slots[i] === name) return slots[i + 1] as V;
      return undefined;
    }
    return this.#map?.get(name);
  }

  has(name: string): boolean {
    const slots = this.#slots;
    if (slots !== undefined) {
      for (let i = 0; i < slots.length; i += 2) if (slots[i] === name) return true;
      return false;
    }
    return this.#map?.has(name) === true;
  }

  set(name: string, value: V): void {
    const map = this.#map;
    if (map !== undefined) {
      map.set(name, value);
      return;
    }
    const slots = this.#slots;
    if (slots === undefined) {
      this.#slots = [name, value];
      return;
    }
    for (let i = 0; i < slots.length; i += 2)
      if (slots[i] === name) {
        slots[i + 1] = value;
        return;
      }
    if (slots.length < 2 * SMALL) {
      slots.push(name, value);
      return;
    }
    const many = new Map<string, V>();
    for (let i = 0; i < slots.length; i += 2) many.set(slots[i] as string, slots[i + 1] as V);
    many.set(name, value);
    this.#map = many;
    this.#slots = undefined;
  }
}
