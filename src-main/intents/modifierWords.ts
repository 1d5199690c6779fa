// "MOA Blue heating element", "lighting track adapter": in a description or model an -ing kind word followed by
// another noun only says what that noun does (English puts the head last); it is no evidence the device is of that
// kind. A two-word kind phrase it is part of ("floor heating mat", "heating cable" if the lexicon had it) still counts.
import { tokenize } from './normalizeText';

/** The part without its -ing kind words that only modify the next word. */
export function withoutModifierUse(part: string, isKindPhrase: (phrase: string) => boolean): string {
  const words = tokenize(part).map((t) => t.key);
  const kept = words.filter((word, i) => {
    const next = words[i + 1];
    if (!next || !/\p{L}{3,}ing$/u.test(word) || !isKindPhrase(word)) return true;
    const prev = words[i - 1];
    return isKindPhrase(`${word} ${next}`) || (prev !== undefined && isKindPhrase(`${prev} ${word}`)) || !/^\p{L}{3,}$/u.test(next);
  });
  return kept.join(' ');
}
