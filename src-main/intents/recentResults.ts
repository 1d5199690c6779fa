// A memo for pure text functions that the language layer calls again and again on the same strings (each reader of a
// question tokenizes and folds the sentence anew). Cleared when full rather than kept in order: the strings of one
// question and the home's names fit well within the limit, and clearing costs nothing.
import { forgetNameSearches } from '../graph/recentNameSearches';

/** How to forget every memo made here, so the bench can forget them all at once. */
const forgetters: Array<() => void> = [];

/**
 * Forgets every remembered result (the bench does before each question, so a repeat costs what a new one does), the
 * name resolver's kept searches too (graph/recentNameSearches.ts).
 */
export function forgetRecentResults(): void {
  for (const forget of forgetters) forget();
  forgetNameSearches();
}

export function rememberRecent<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const kept = new Map<string, T>();
  forgetters.push(() => kept.clear());
  return (text: string): T => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = compute(text);
    if (kept.size >= limit) kept.clear();
    kept.set(text, value);
    return value;
  };
}

/**
 * The same for a text function of an object as well (a home snapshot): a result is remembered per object, so a new
 * snapshot never gets an old one's. `compute` must give the same result for the same object and text.
 */
export function rememberRecentOf<O extends object, T>(limit: number): (owner: O, text: string, compute: () => T) => T {
  let kept = new WeakMap<O, Map<string, T>>();
  forgetters.push(() => {
    kept = new WeakMap();
  });
  return (owner: O, text: string, compute: () => T): T => {
    const ofOwner = kept.get(owner) ?? new Map<string, T>();
    kept.set(owner, ofOwner);
    if (ofOwner.has(text)) return ofOwner.get(text) as T;
    const value = compute();
    if (ofOwner.size >= limit) ofOwner.clear();
    ofOwner.set(text, value);
    return value;
  };
}
