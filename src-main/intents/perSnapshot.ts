// Work that depends only on one object (a home snapshot, an entity) is done once per object and kept for as long as
// the object lives: a home of 20,000 devices is asked many times between changes, and a changed home is a new
// snapshot. One helper instead of a hand-written WeakMap in each file, so a cache says only what it builds.

/** `build(owner)` once per owner; later calls with the same owner get the kept result. `build` must be pure. */
export function perSnapshot<O extends object, T>(build: (owner: O) => T): (owner: O) => T {
  const kept = new WeakMap<O, T>();
  return (owner: O): T => {
    if (kept.has(owner)) return kept.get(owner) as T;
    const value = build(owner);
    kept.set(owner, value);
    return value;
  };
}
