/** Pretty JSON for people: two-space indent; `undefined` and unserialisable values say so instead of throwing. */
export function formatJson(value: unknown): string {
  if (value === undefined) return '(none)';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
