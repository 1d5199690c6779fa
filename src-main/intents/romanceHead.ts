// "Cámara del portón" is a camera, not a gate: a Spanish, Portuguese, Italian or French name says its head noun first
// and what it belongs to after "de"/"del"/"da"/"di"/"du". Read from its end, the name's last kind word ("portón") is the
// qualifier's. A kind said before the first such word wins over one said only after it, when it is a specific kind
// (a broad "sensor" of "Sensor de la puerta" still yields) and no kind phrase runs across the "de" ("bomba de calor",
// "détecteur de fumée" stay what they are).
const OF = new Set(['de', 'del', 'dels', 'da', 'do', 'das', 'dos', 'di', 'della', 'dello', 'delle', 'dei', 'degli', 'du', 'des']);

/** The index of the first "of" word after the first word of a name, or -1. */
export function firstOfWord(keys: readonly string[]): number {
  for (let i = 1; i < keys.length - 1; i++) if (OF.has(keys[i] ?? '')) return i;
  return -1;
}

/**
 * The specific kind said before a name's "of", when the kind read from its end (found at word `fromEndStart`) lies
 * wholly after it; undefined when the name keeps the kind read from its end ("Relevador de la bomba" has no kind word
 * before its "de", so it stays what it was).
 */
export function headBeforeOf<K>(keys: readonly string[], fromEndStart: number, lookup: (phrase: string) => K | undefined, isSpecific: (kind: K) => boolean, longest: number): K | undefined {
  const of = firstOfWord(keys);
  if (of < 0 || fromEndStart <= of) return undefined;
  for (let end = of; end > 0; end--) {
    for (let len = Math.min(longest, end); len >= 1; len--) {
      const kind = lookup(keys.slice(end - len, end).join(' '));
      if (kind !== undefined) return isSpecific(kind) ? kind : undefined;
    }
  }
  return undefined;
}
