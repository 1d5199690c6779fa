// Danish names typed without æ, ø, å: "sovevaerelse", "kokken", "badevaerelset", "aaben". Phones and foreign
// keyboards spell æ/ø/å as ae/oe/aa or drop the mark (a, o). A word that is no name of the home but spells one of its
// names that way (a name holding æ or ø; å already folds to "a" in keys) is read as that name, with a definite suffix
// ("-et", "-en", "-ne") dropped. Only names with those letters are looked up, so English words are never respelled.
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import { keyOf } from '../normalizeText';
import { ownWordsOf, VERB_SECOND_LEXICON } from './verbSecondLexicon';

/** Danish definite endings, longest first ("lamperne", "dørene", "stuen", "soveværelset"). */
export const DEFINITE: readonly string[] = ['erne', 'ene', 'ne', 'en', 'et', 'n', 't'];
const AMBIGUOUS = '';
const DANISH = VERB_SECOND_LEXICON['da'];
const DANISH_WORDS: ReadonlySet<string> = DANISH ? ownWordsOf(DANISH) : new Set();

/** Each name word with æ/ø of the home, under its spellings without them ("ae"/"oe" and "a"/"o"). */
const foldedNames = perSnapshot((snapshot: HomeSnapshot): Map<string, string> => {
  const folded = new Map<string, string>();
  for (const key of snapshot.phrases.keys()) {
    for (const word of key.split(' ')) {
      if (!/[æø]/.test(word)) continue;
      for (const spelled of [word.replace(/æ/g, 'ae').replace(/ø/g, 'oe'), word.replace(/æ/g, 'a').replace(/ø/g, 'o')]) {
        const known = folded.get(spelled);
        folded.set(spelled, known === undefined || known === word ? word : AMBIGUOUS);
      }
    }
  }
  return folded;
});

/** The home's name word a typed word spells without æ/ø/å, or undefined. */
export function danishNameSpelled(typed: string, snapshot: HomeSnapshot): string | undefined {
  const folded = foldedNames(snapshot);
  if (folded.size === 0 || typed.length < 4) return undefined;
  const word = keyOf(typed.toLowerCase());
  // "taendt" is the state word, never the name word "tænd" with a suffix.
  if (snapshot.phrases.has(word) || /[æø]/.test(word) || DANISH_WORDS.has(typed.toLowerCase())) return undefined;
  for (const plain of new Set([word, word.replace(/aa/g, 'a')])) {
    const whole = folded.get(plain);
    if (whole) return whole;
    for (const suffix of DEFINITE) {
      const stem = plain.endsWith(suffix) ? plain.slice(0, -suffix.length) : '';
      const named = stem.length >= 3 ? folded.get(stem) : undefined;
      if (named) return named;
    }
  }
  return undefined;
}

/** The sentence with each name typed without æ/ø/å written as the home writes it (unchanged when there is none). */
export function withDanishNames(said: string, snapshot: HomeSnapshot): string {
  if (foldedNames(snapshot).size === 0) return said;
  return said.replace(/\p{L}+/gu, (word) => danishNameSpelled(word, snapshot) ?? word);
}

/**
 * "stuen", "køkkenet", "soveværelset": a room or zone said in its definite form is the home's place of that
 * exact name ("Stue"), even where the home's texts also use the definite form as a loose word of several places.
 */
export function danishDefiniteName(word: string, snapshot: HomeSnapshot): string | undefined {
  if (word.length < 4 || namesExactly(word, snapshot)) return undefined;
  for (const suffix of DEFINITE) {
    const stem = word.endsWith(suffix) ? word.slice(0, -suffix.length) : '';
    if (stem.length >= 3 && namesExactly(stem, snapshot)) return stem;
  }
  return undefined;
}

const PLACE_TYPES: ReadonlySet<string> = new Set(['room', 'zone', 'home']);

/** True when a room, zone or home is named exactly `word`. */
function namesExactly(word: string, snapshot: HomeSnapshot): boolean {
  return anythingNamed(word, snapshot, PLACE_TYPES);
}

/** True when something of the home (of `types`, if given) is named exactly `word` ("den" is then a name, not "it"). */
export function anythingNamed(word: string, snapshot: HomeSnapshot, types?: ReadonlySet<string>): boolean {
  const key = keyOf(word);
  return (snapshot.phrases.get(key) ?? []).some((e) => (!types || types.has(e.entity_type)) && keyOf(e.name.toLowerCase()) === key);
}
