// The side-by-side view of a sync conflict compares field by field: nested content flattens to dotted paths
// ("content.state.power") so a change deep in a device's state shows as one row, not as two whole JSON blobs.

export interface ConflictFieldRow {
  field: string;
  /** Display text of the value; null when that side has no such field. */
  mine: string | null;
  theirs: string | null;
}

/** The fields that differ between our version and the server's, in a stable order (name first, then by path). */
export function conflictFieldDiff(mine: Record<string, unknown> | null, theirs: Record<string, unknown> | null): ConflictFieldRow[] {
  const a = flatten(mine ?? {});
  const b = flatten(theirs ?? {});
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort(byField);
  return fields.filter((f) => a.get(f) !== b.get(f)).map((field) => ({ field, mine: a.get(field) ?? null, theirs: b.get(field) ?? null }));
}

function byField(x: string, y: string): number {
  if (x === 'name' || y === 'name') return x === y ? 0 : x === 'name' ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Leaves as display strings; an empty object adds nothing; arrays stay whole (an element-wise list diff reads worse). */
function flatten(value: Record<string, unknown>, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, path, out);
    else out.set(path, typeof v === 'string' ? v : JSON.stringify(v));
  }
  return out;
}
