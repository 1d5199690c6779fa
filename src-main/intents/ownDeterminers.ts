// "apaga a luz", "abre a porta", "como limpa o filtro": "apaga", "abre" and "como" are Spanish and Portuguese alike,
// and "a" after them is Spanish "to" but a Portuguese article. A determiner only one of the languages here has ("o",
// "a", "os" are Portuguese; "el", "los" Spanish) shows which language the rest of the sentence is in, as its own words do.
import { FRAME_LEXICONS } from './frameLexicons';

const FRAMES = FRAME_LEXICONS as Record<string, { determiners?: string[] }>;
const OWNED: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const languagesOf = new Map<string, Set<string>>();
  for (const [language, frame] of Object.entries(FRAMES)) {
    for (const word of frame.determiners ?? []) languagesOf.set(word, (languagesOf.get(word) ?? new Set()).add(language));
  }
  const owned = new Map<string, Set<string>>();
  for (const [word, languages] of languagesOf) {
    if (languages.size !== 1) continue;
    const [language] = [...languages];
    if (language) owned.set(language, (owned.get(language) ?? new Set()).add(word));
  }
  return owned;
})();

const OWNER: ReadonlyMap<string, string> = new Map([...OWNED].flatMap(([language, words]) => [...words].map((w) => [w, language] as const)));

/** How many of `words` are determiners of `language` and of no other language the frames read. */
export function ownDeterminerCount(language: string, words: readonly string[]): number {
  const own = OWNED.get(language);
  return own ? words.filter((w) => own.has(w)).length : 0;
}

/** True when `word` is a determiner of one other language only: no word of `language`, whatever it means there. */
export function otherLanguagesDeterminer(language: string, word: string): boolean {
  const owner = OWNER.get(word);
  return owner !== undefined && owner !== language;
}
