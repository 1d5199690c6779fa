// A memo for pure text functions that the language layer calls again and again on the same strings (each reader of a
// question tokenizes and folds the sentence anew). Cleared when full rather than kept in order: the strings of one
// question and the home's names fit well within the limit, and clearing costs nothing.
/** Every memo made here, so the bench can forget them all at once. */
const memos: Array<Map<string, unknown>> = [];

/** Forgets every remembered result (the bench does before each question, so a repeat costs what a new one does). */
export function forgetRecentResults(): void {
  for (const kept of memos) kept.clear();
}

export function rememberRecent<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const kept = new Map<string, T>();
  memos.push(kept);
  return (text: string): T => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = compute(text);
    if (kept.size >= limit) kept.clear();
    kept.set(text, value);
    return value;
  };
}
